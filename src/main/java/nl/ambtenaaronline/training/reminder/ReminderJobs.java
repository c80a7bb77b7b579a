package nl.ambtenaaronline.training.reminder;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The two reminder jobs, each run by one node at a time (ShedLock): the daily planning on
 * working days, and the send job every minute (which itself keeps to office hours and the
 * throttle).
 */
@Component
class ReminderJobs {

	private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

	private final ReminderService reminders;

	private final ReminderRuntime runtime;

	ReminderJobs(ReminderService reminders, ReminderRuntime runtime) {
		this.reminders = reminders;
		this.runtime = runtime;
	}

	@Scheduled(cron = "${app.reminder.plan-cron:0 30 7 * * MON-FRI}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "reminder-plan", lockAtMostFor = "PT2H")
	void plan() {
		if (!runtime.scheduledJobsActive()
				|| !ReminderPlanner.workingDay(LocalDate.now(runtime.clock().withZone(TimeConfiguration.ZONE)))) {
			return;
		}
		int written = TransientRetry.call("reminder planning", () -> SystemAuthentication.call(reminders::planToday));
		log.info("Reminder planning: {} reminders written to the outbox", written);
	}

	@Scheduled(cron = "${app.reminder.send-cron:0 * * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "reminder-send", lockAtMostFor = "PT10M")
	void send() {
		if (!runtime.scheduledJobsActive()) {
			return;
		}
		ReminderService.SendResult result = TransientRetry.call("reminder sending",
				() -> SystemAuthentication.call(reminders::sendDue));
		if (result.sent() + result.shown() + result.retried() + result.failed() > 0) {
			log.info("Reminders: {} sent, {} to the sent-mail view, {} to retry, {} failed", result.sent(),
					result.shown(), result.retried(), result.failed());
		}
	}

}

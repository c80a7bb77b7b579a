package nl.ambtenaaronline.training.demo;

import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reminders for the demo city: brings the assignments up to date, plans today's reminders
 * and hands them over at once, so the administrator's "sent mail" (no SMTP in the demo)
 * and the learners' "Mijn training" show them. Idempotent: a restart adds only what a new
 * day brings.
 */
@Component
@Profile("demo")
@Order(30)
class DemoReminders implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReminders.class);

	private final AssignmentService assignments;

	private final ReminderService reminders;

	DemoReminders(AssignmentService assignments, ReminderService reminders) {
		this.assignments = assignments;
		this.reminders = reminders;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			assignments.reconcileAll();
			int written = reminders.planToday();
			int shown = 0;
			int batch;
			do {
				batch = reminders.sendDue().shown();
				shown += batch;
			}
			while (batch > 0 && !reminders.smtpConfigured());
			log.info("Demo reminders: {} planned, {} in the sent-mail view", written, shown);
		});
	}

}

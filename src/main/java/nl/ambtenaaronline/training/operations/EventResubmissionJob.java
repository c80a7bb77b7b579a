package nl.ambtenaaronline.training.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits incomplete event publications shortly after start-up and then every
 * {@code app.events.resubmit-interval}, on one node at a time (ShedLock), each at most
 * {@code app.events.max-attempts} times. (Spring Modulith's own republishing on restart
 * is off: it runs on every node and without a bound.)
 */
@Component
class EventResubmissionJob {

	private static final Logger log = LoggerFactory.getLogger(EventResubmissionJob.class);

	private final EventPublicationService events;

	private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

	EventResubmissionJob(EventPublicationService events) {
		this.events = events;
	}

	@Scheduled(initialDelayString = "${app.events.resubmit-initial-delay:30s}",
			fixedDelayString = "${app.events.resubmit-interval:5m}")
	@SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
	void resubmit() {
		// the first run after a start also takes what a stopped node left half-way
		boolean afterStart = !started.getAndSet(true);
		SystemAuthentication.run(() -> events.resubmitIncomplete(afterStart));
		long left = events.incompleteCount();
		if (left > 0) {
			log.info("Event publications still incomplete: {} (of which {} with their attempts used up)", left,
					events.exhaustedCount());
		}
	}

}

package nl.ambtenaaronline.training.integration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;

/**
 * The xAPI outbox's triggers: a completed course becomes a statement after its commit
 * (from the event publication registry, so nothing is lost on a crash), and one node at a
 * time (ShedLock {@code xapi-send}) sends the due statements. Both do nothing while
 * {@code app.integration.xapi.enabled} is off.
 */
@Component
class XapiJobs {

	private final XapiService xapi;

	XapiJobs(XapiService xapi) {
		this.xapi = xapi;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CoursePassed passed) {
		if (xapi.enabled()) {
			TransientRetry.run("xAPI on CoursePassed", () -> SystemAuthentication.run(() -> xapi.record(passed)));
		}
	}

	@Scheduled(fixedDelayString = "${app.integration.xapi.send-interval:PT1M}")
	@SchedulerLock(name = "xapi-send", lockAtMostFor = "PT10M")
	void send() {
		if (xapi.enabled()) {
			// full batches one after the other, at most 100 per run; a failed batch is
			// not due again until its pause has passed, so a refusing LRS ends the run
			SystemAuthentication.run(() -> {
				for (int round = 0; round < 100 && xapi.sendDue() == xapi.batchSize(); round++) {
					// next batch
				}
			});
		}
	}

}

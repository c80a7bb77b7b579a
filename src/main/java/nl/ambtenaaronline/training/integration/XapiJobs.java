package nl.ambtenaaronline.training.integration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.ambtenaaronline.training.shared.SystemAuthentication;

/**
 * Sends the due statements of the xAPI outbox, one node at a time (ShedLock
 * {@code xapi-send}); does nothing while {@code app.integration.xapi.enabled} is off. The
 * statements are put in the outbox by {@link XapiListeners}.
 */
@Component
class XapiJobs {

	private final XapiService xapi;

	XapiJobs(XapiService xapi) {
		this.xapi = xapi;
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

package nl.ambtenaaronline.training.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily retention run, performed by one node only, as the system. */
@Component
class RetentionJob {

	private final PrivacyService privacy;

	RetentionJob(PrivacyService privacy) {
		this.privacy = privacy;
	}

	@Scheduled(cron = "${app.privacy.retention-cron:0 45 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT2H")
	void daily() {
		TransientRetry.run("retention", () -> SystemAuthentication.run(privacy::applyRetention));
	}

}

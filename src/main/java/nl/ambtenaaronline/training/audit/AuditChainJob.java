package nl.ambtenaaronline.training.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the audit hash chain every night on one node; a break is stored and shown to
 * administrators and auditors on every page ({@link AuditChainNotices}); an intact
 * chain's head is anchored ({@link AuditAnchors}).
 */
@Component
class AuditChainJob {

	private static final Logger log = LoggerFactory.getLogger(AuditChainJob.class);

	private final AuditService audit;

	private final AuditAnchors anchors;

	AuditChainJob(AuditService audit, AuditAnchors anchors) {
		this.audit = audit;
		this.anchors = anchors;
	}

	@Scheduled(cron = "${app.audit.chain-check-cron:0 45 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT2H")
	ChainCheck nightly() {
		ChainCheck check = TransientRetry.call("audit chain check",
				() -> SystemAuthentication.call(() -> audit.checkChain(StoredChainCheck.SCHEDULED)));
		if (check.intact()) {
			log.info("Audit chain intact: {} events checked", check.checked());
			// the day's head, anchored with the key and written to the log
			anchors.anchorHead();
		}
		else {
			log.error("Audit chain broken at event {}: {}", check.brokenAt(), check.problem());
		}
		return check;
	}

}

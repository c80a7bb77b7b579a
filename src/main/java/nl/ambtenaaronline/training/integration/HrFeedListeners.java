package nl.ambtenaaronline.training.integration;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.ambtenaaronline.training.assignment.AssignmentExempted;
import nl.ambtenaaronline.training.certificate.CertificateIssued;
import nl.ambtenaaronline.training.certificate.CertificateRevoked;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;

/**
 * Feeds the completion feed from the events of learning, certificate and assignment,
 * after their commit, asynchronously, from Spring Modulith's event publication registry:
 * the feed never runs in (and so never breaks) the transaction of the act it reports. An
 * event lost to a crash is delivered again, and the feed keeps each once (by its key); an
 * event of a person the roster does not know is skipped and counted
 * ({@link HrFeedService#append}); a passing database failure is tried again at once, in a
 * new transaction, and what still fails stays incomplete in the registry (resubmitted,
 * then listed on the administrator's page of stalled events).
 */
@Component
class HrFeedListeners {

	private final HrFeedService feed;

	HrFeedListeners(HrFeedService feed) {
		this.feed = feed;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CoursePassed passed) {
		append("completion:" + passed.completionId(), FeedEventKind.COMPLETED, passed.employeeId(), passed.courseId(),
				passed.courseVersion(), Long.toString(passed.completionId()), passed.passedAt());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CertificateIssued issued) {
		Long superseded = issued.supersededCertificateId();
		String supersededNumber = issued.supersededNumber();
		if (superseded != null && supersededNumber != null) {
			append("certificate-superseded:" + superseded, FeedEventKind.CERTIFICATE_SUPERSEDED, issued.employeeId(),
					issued.courseId(), issued.courseVersion(), supersededNumber, issued.issuedAt());
		}
		append("certificate-issued:" + issued.certificateId(), FeedEventKind.CERTIFICATE_ISSUED, issued.employeeId(),
				issued.courseId(), issued.courseVersion(), issued.number(), issued.issuedAt());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CertificateRevoked revoked) {
		append("certificate-revoked:" + revoked.certificateId(), FeedEventKind.CERTIFICATE_REVOKED,
				revoked.employeeId(), revoked.courseId(), revoked.courseVersion(), revoked.number(),
				revoked.revokedAt());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AssignmentExempted exempted) {
		append("exempted:" + exempted.assignmentId(), FeedEventKind.EXEMPTED, exempted.employeeId(),
				exempted.courseId(), "", Long.toString(exempted.assignmentId()), exempted.exemptedAt());
	}

	private void append(String key, FeedEventKind kind, long employeeId, String courseId, String courseVersion,
			String reference, Instant at) {
		TransientRetry.run("HR feed " + key, () -> SystemAuthentication
			.run(() -> feed.append(key, kind, employeeId, courseId, courseVersion, reference, at)));
	}

}

package nl.ambtenaaronline.training.integration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.ambtenaaronline.training.assignment.AssignmentExempted;
import nl.ambtenaaronline.training.certificate.CertificateIssued;
import nl.ambtenaaronline.training.certificate.CertificateRevoked;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

/**
 * Feeds the completion feed from the events of learning, certificate and assignment,
 * after their commit, from Spring Modulith's event publication registry: an event lost to
 * a crash is delivered again at the next start, and the feed keeps each once (by its
 * key).
 */
@Component
class HrFeedListeners {

	private final HrFeedService feed;

	HrFeedListeners(HrFeedService feed) {
		this.feed = feed;
	}

	@EventListener
	void on(CoursePassed passed) {
		append("completion:" + passed.completionId(), FeedEventKind.COMPLETED, passed.employeeId(), passed.courseId(),
				passed.courseVersion(), Long.toString(passed.completionId()), passed.passedAt());
	}

	@EventListener
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

	@EventListener
	void on(CertificateRevoked revoked) {
		append("certificate-revoked:" + revoked.certificateId(), FeedEventKind.CERTIFICATE_REVOKED,
				revoked.employeeId(), revoked.courseId(), revoked.courseVersion(), revoked.number(),
				revoked.revokedAt());
	}

	@EventListener
	void on(AssignmentExempted exempted) {
		append("exempted:" + exempted.assignmentId(), FeedEventKind.EXEMPTED, exempted.employeeId(),
				exempted.courseId(), "", Long.toString(exempted.assignmentId()), exempted.exemptedAt());
	}

	private void append(String key, FeedEventKind kind, long employeeId, String courseId, String courseVersion,
			String reference, java.time.Instant at) {
		SystemAuthentication.run(() -> feed.append(key, kind, employeeId, courseId, courseVersion, reference, at));
	}

}

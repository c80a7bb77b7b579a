package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate when a course is passed. Runs after the completion committed,
 * asynchronously, from Spring Modulith's event publication registry: a crash before the
 * certificate is stored leaves the publication incomplete, and it is delivered again at
 * the next start. Issuing is idempotent per completion, so a second delivery changes
 * nothing.
 */
@Component
class CertificateIssuer {

	private final CertificateService certificates;

	CertificateIssuer(CertificateService certificates) {
		this.certificates = certificates;
	}

	@ApplicationModuleListener
	void on(CoursePassed passed) {
		SystemAuthentication.run(() -> certificates.issue(passed.employeeId(), passed.courseId(),
				passed.courseVersion(), passed.completionId(), passed.passedAt()));
	}

}

package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Issues the certificate when a course is passed. Runs after the completion committed,
 * asynchronously, from Spring Modulith's event publication registry: a crash before the
 * certificate is stored leaves the publication incomplete, and it is delivered again at
 * the next start. Issuing is idempotent per completion, so a second delivery changes
 * nothing; a passing database failure (deadlock, lock timeout) is tried again at once, in
 * a new transaction.
 */
@Component
class CertificateIssuer {

	private final CertificateService certificates;

	CertificateIssuer(CertificateService certificates) {
		this.certificates = certificates;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CoursePassed passed) {
		TransientRetry.run("certificate on CoursePassed",
				() -> SystemAuthentication.run(() -> certificates.issue(passed.employeeId(), passed.courseId(),
						passed.courseVersion(), passed.completionId(), passed.passedAt(), passed.delta())));
	}

}

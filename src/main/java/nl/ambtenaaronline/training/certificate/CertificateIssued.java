package nl.ambtenaaronline.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that issued a certificate: listen with
 * {@code @ApplicationModuleListener} to react after the commit.
 *
 * @param supersededCertificateId the holder's certificate of the same course that was
 * current until now and is replaced by this one, if there was one
 */
public record CertificateIssued(long certificateId, long employeeId, String courseId, String courseVersion,
		String number, LocalDate validUntil, Instant issuedAt, @Nullable Long supersededCertificateId,
		@Nullable String supersededNumber) {
}

package nl.ambtenaaronline.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

import nl.ambtenaaronline.training.content.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An issued certificate with its derived status.
 *
 * @param holderName the holder's full name as printed on the certificate
 * @param validUntil the first day it is no longer valid ("geldig tot")
 * @param revokedAt when it was revoked, if it was
 * @param revocationReason why; only for HR, administrators and auditors, otherwise null
 * @param verifications how often it was verified publicly
 */
public record CertificateSummary(long id, long employeeId, String number, String verificationCode, String courseId,
		String courseVersion, LocalizedText courseTitle, String holderName, LocalDate completedOn, LocalDate validUntil,
		Instant issuedAt, CertificateStatus status, @Nullable Instant revokedAt, @Nullable String revocationReason,
		long verifications, boolean carriedOver) {

	/** The file name of its PDF. */
	public String fileName() {
		return "certificaat-" + number + ".pdf";
	}

}

package nl.ambtenaaronline.training.certificate;

import java.time.Instant;

/**
 * Published in the transaction that revoked a certificate (without the reason, which
 * stays internal): listen with {@code @ApplicationModuleListener} to react after the
 * commit.
 */
public record CertificateRevoked(long certificateId, long employeeId, String courseId, String courseVersion,
		String number, Instant revokedAt) {
}

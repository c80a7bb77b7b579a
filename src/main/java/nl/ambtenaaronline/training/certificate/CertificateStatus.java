package nl.ambtenaaronline.training.certificate;

import java.time.Clock;
import java.time.LocalDate;

import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * The status of a certificate, derived and never stored, with the precedence REVOKED &gt;
 * SUPERSEDED &gt; EXPIRED &gt; VALID.
 */
public enum CertificateStatus {

	VALID, EXPIRED, SUPERSEDED, REVOKED;

	/**
	 * The status on the day the clock shows in Europe/Amsterdam.
	 * @param validUntil the first day on which the certificate is no longer valid
	 * ("geldig tot"): it is valid up to the last moment of the day before
	 * @param superseded whether a later certificate exists for the same person and course
	 * @param revoked whether HR revoked it
	 */
	public static CertificateStatus derive(Clock clock, LocalDate validUntil, boolean superseded, boolean revoked) {
		if (revoked) {
			return REVOKED;
		}
		if (superseded) {
			return SUPERSEDED;
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		return today.isBefore(validUntil) ? VALID : EXPIRED;
	}

	/**
	 * Whether a certificate with this status may be downloaded as a PDF: a valid one, and
	 * an expired one (its PDF says the end date, which has passed); never a revoked or
	 * superseded one, whose PDF would look valid.
	 */
	public boolean downloadable() {
		return this == VALID || this == EXPIRED;
	}

	/** Whether a verifier hears "valid": only VALID is. */
	public boolean valid() {
		return this == VALID;
	}

}

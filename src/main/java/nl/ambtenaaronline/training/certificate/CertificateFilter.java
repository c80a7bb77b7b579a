package nl.ambtenaaronline.training.certificate;

import org.jspecify.annotations.Nullable;

/**
 * What the certificate register shows: a text in the number, holder or course, and
 * optionally one training and one status (derived on the day of the query).
 */
public record CertificateFilter(String text, @Nullable String courseId, @Nullable CertificateStatus status) {

	/** Certificates whose number, holder or course contains the text. */
	public static CertificateFilter text(String text) {
		return new CertificateFilter(text, null, null);
	}

}

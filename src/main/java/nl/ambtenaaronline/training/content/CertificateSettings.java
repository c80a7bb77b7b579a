package nl.ambtenaaronline.training.content;

/**
 * The certificate of a course.
 *
 * @param validityMonths how long a certificate is valid, in months
 * @param publicVerification whether anyone may verify a certificate by its code
 */
public record CertificateSettings(int validityMonths, boolean publicVerification) {

}

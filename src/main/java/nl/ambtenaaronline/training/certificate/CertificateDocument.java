package nl.ambtenaaronline.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

import nl.ambtenaaronline.training.content.LocalizedText;

/**
 * Everything printed on a certificate, as stored at issue; the same values always give
 * the same PDF, byte for byte.
 *
 * @param number the certificate number, e.g. {@code SM-2026-000123}
 * @param verificationCode the code for public verification
 * @param holderName the holder's full name as captured at issue
 * @param courseTitle the course title in Dutch and English
 * @param courseVersion the course version the course was completed on
 * @param completedOn the completion date (Europe/Amsterdam)
 * @param validUntil the first day the certificate is no longer valid
 * @param cityName the city that issues it
 * @param verifyUrl the public verify address with the code, also in the QR code
 * @param verifyFormUrl the public verify address without the code
 * @param issuedAt when it was issued: the PDF's creation and modification date
 */
record CertificateDocument(String number, String verificationCode, String holderName, LocalizedText courseTitle,
		String courseVersion, LocalDate completedOn, LocalDate validUntil, String cityName, String verifyUrl,
		String verifyFormUrl, Instant issuedAt, boolean carriedOver) {
}

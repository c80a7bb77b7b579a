package nl.ambtenaaronline.training.security.secondfactor;

import org.springframework.modulith.NamedInterface;

/**
 * A new authenticator-app enrolment.
 *
 * @param secret the secret in Base32, in groups of four for typing it in by hand
 * @param uri the {@code otpauth://} address in the QR code
 * @param qrCode the QR code as an SVG data address
 */
@NamedInterface("second-factor")
public record TotpEnrolment(String secret, String uri, String qrCode) {
}

package nl.ambtenaaronline.training.security.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords after RFC 6238 as authenticator apps make them:
 * HMAC-SHA1, 30-second steps, 6 digits. A code is accepted for the current step and one
 * step either side (clock drift), and only for a step later than the last one used, so a
 * code cannot be used twice.
 */
public final class Totp {

	public static final Duration STEP = Duration.ofSeconds(30);

	public static final int DIGITS = 6;

	/** Steps accepted before and after the current one. */
	public static final int WINDOW = 1;

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP,
			DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private Totp() {
	}

	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	public static String code(byte[] secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(
					new SecretKeySpec(secret, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The step the code belongs to, if it is one of the accepted steps around {@code now}
	 * and later than {@code lastUsedStep}.
	 */
	public static OptionalLong match(byte[] secret, String code, Instant now, long lastUsedStep) {
		String clean = code.replace(" ", "").strip();
		if (clean.length() != DIGITS || !clean.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					clean.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The {@code otpauth://} address an authenticator app reads from the QR code. */
	public static String uri(String issuer, String account, String base32Secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

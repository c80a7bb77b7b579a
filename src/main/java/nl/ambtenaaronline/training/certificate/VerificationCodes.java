package nl.ambtenaaronline.training.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 80 random bits in Crockford's base32 (digits and capitals without
 * I, L, O and U), 16 characters in four groups, e.g. {@code 7KQ2-M9XD-4TRA-0BWE}. What a
 * person types is forgiving: lower case, spaces, missing dashes, O for 0 and I or L for
 * 1.
 */
final class VerificationCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 16;

	static final int BITS = LENGTH * 5;

	private VerificationCodes() {
	}

	/** A new code from the given source of randomness (80 bits). */
	static String generate(SecureRandom random) {
		byte[] bytes = new byte[BITS / 8];
		random.nextBytes(bytes);
		StringBuilder code = new StringBuilder(LENGTH);
		int buffer = 0;
		int bits = 0;
		for (byte value : bytes) {
			buffer = (buffer << 8) | (value & 0xff);
			bits += 8;
			while (bits >= 5) {
				code.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		return group(code.toString());
	}

	/**
	 * The code in its stored form (groups of four), or empty when the text cannot be a
	 * code.
	 */
	static Optional<String> normalize(String text) {
		if (text.length() > 64) {
			return Optional.empty();
		}
		StringBuilder plain = new StringBuilder(LENGTH);
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '-' || c == ' ' || c == '\t') {
				continue;
			}
			char mapped = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(mapped) < 0) {
				return Optional.empty();
			}
			plain.append(mapped);
		}
		return plain.length() == LENGTH ? Optional.of(group(plain.toString())) : Optional.empty();
	}

	private static String group(String plain) {
		StringBuilder grouped = new StringBuilder(LENGTH + LENGTH / 4);
		for (int i = 0; i < plain.length(); i += 4) {
			if (i > 0) {
				grouped.append('-');
			}
			grouped.append(plain, i, i + 4);
		}
		return grouped.toString();
	}

}

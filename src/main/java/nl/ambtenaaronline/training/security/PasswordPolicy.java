package nl.ambtenaaronline.training.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules after NIST SP 800-63B: length over complexity, no composition rules, no
 * forced rotation; refuse the obvious (too short, too long, the user name, common
 * passwords).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("welkom123456", "wachtwoord12", "wachtwoord123", "password1234",
			"123456789012", "qwertyuiopas", "amsterdam123", "amsterdam2026", "welkomwelkom", "passwordpassword",
			"000000000000", "111111111111", "letmein12345", "iloveyou1234", "administrator");

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, if any. */
	static Optional<String> check(String password, String username) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(username.toLowerCase(Locale.ROOT)) && !username.isBlank()) {
			return Optional.of("password.contains-username");
		}
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("password.too-common");
		}
		return Optional.empty();
	}

}

package nl.ambtenaaronline.training.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-time set-up token: valid until a moment, used at most once, withdrawn after too
 * many wrong attempts. Only its SHA-256 is kept; comparison is in constant time.
 */
final class SetupToken {

	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	enum Check {

		ACCEPTED, WRONG, EXPIRED, USED, WITHDRAWN

	}

	private final byte[] hash;

	private final Instant validUntil;

	private final int maxAttempts;

	private final AtomicInteger wrongAttempts = new AtomicInteger();

	private final AtomicBoolean used = new AtomicBoolean();

	private SetupToken(String secret, Instant validUntil, int maxAttempts) {
		this.hash = sha256(normalise(secret));
		this.validUntil = validUntil;
		this.maxAttempts = maxAttempts;
	}

	static SetupToken of(String secret, Instant validUntil, int maxAttempts) {
		return new SetupToken(secret, validUntil, maxAttempts);
	}

	/** Five groups of five characters without look-alikes: about 122 bits. */
	static String newSecret(SecureRandom random) {
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 25; i++) {
			if (i > 0 && i % 5 == 0) {
				secret.append('-');
			}
			secret.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return secret.toString();
	}

	Instant validUntil() {
		return validUntil;
	}

	/** Whether the token could still be accepted at {@code now}. */
	boolean usable(Instant now) {
		return !used.get() && wrongAttempts.get() < maxAttempts && now.isBefore(validUntil);
	}

	/**
	 * Checks a presented token; an accepted one is used up at once, so a second request
	 * with the same token (on this node) is refused even while the first is running.
	 */
	Check check(String presented, Instant now) {
		if (used.get()) {
			return Check.USED;
		}
		if (wrongAttempts.get() >= maxAttempts) {
			return Check.WITHDRAWN;
		}
		if (!now.isBefore(validUntil)) {
			return Check.EXPIRED;
		}
		if (!MessageDigest.isEqual(hash, sha256(normalise(presented)))) {
			return wrongAttempts.incrementAndGet() >= maxAttempts ? Check.WITHDRAWN : Check.WRONG;
		}
		return used.compareAndSet(false, true) ? Check.ACCEPTED : Check.USED;
	}

	/** Gives an accepted token back when nothing was created (e.g. a name was taken). */
	void release() {
		used.set(false);
	}

	private static String normalise(String secret) {
		return secret.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package nl.ambtenaaronline.training.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.shared.AppProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins in the database, per account name and per client address (both
 * stored only as SHA-256 hashes), and locks a key for a growing time once it passes its
 * limit. Counts commit in their own transaction, whatever the login does.
 */
@Component
class LoginThrottle {

	enum Kind {

		ACCOUNT, ADDRESS,

		/** Second-factor codes, per account. */
		TOTP

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AppProperties.Login settings;

	LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
			AppProperties properties) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.settings = properties.login();
	}

	boolean isLocked(Kind kind, String key) {
		List<OffsetDateTime> lockedUntil = jdbc.queryForList(
				"select locked_until from login_throttle where kind = ? and key_hash = ? and locked_until is not null",
				OffsetDateTime.class, kind.name(), hash(key));
		return !lockedUntil.isEmpty() && lockedUntil.getFirst().toInstant().isAfter(clock.instant());
	}

	void recordFailure(Kind kind, String key) {
		int limit = kind == Kind.ADDRESS ? settings.maxFailuresPerAddress() : settings.maxFailures();
		transactions.executeWithoutResult(status -> {
			String hash = hash(key);
			Instant now = clock.instant();
			List<Integer> current = jdbc.queryForList(
					"select failures from login_throttle where kind = ? and key_hash = ? for update", Integer.class,
					kind.name(), hash);
			int failures = current.isEmpty() ? 1 : current.getFirst() + 1;
			OffsetDateTime lockedUntil = failures >= limit
					? now.plus(lockFor(failures - limit)).atOffset(ZoneOffset.UTC) : null;
			if (current.isEmpty()) {
				jdbc.update(
						"insert into login_throttle (kind, key_hash, failures, locked_until, last_failure_at) values (?, ?, ?, ?, ?)",
						kind.name(), hash, failures, lockedUntil, now.atOffset(ZoneOffset.UTC));
			}
			else {
				jdbc.update(
						"update login_throttle set failures = ?, locked_until = ?, last_failure_at = ? where kind = ? and key_hash = ?",
						failures, lockedUntil, now.atOffset(ZoneOffset.UTC), kind.name(), hash);
			}
		});
	}

	void reset(Kind kind, String key) {
		transactions.executeWithoutResult(status -> jdbc
			.update("delete from login_throttle where kind = ? and key_hash = ?", kind.name(), hash(key)));
	}

	/**
	 * The first lock lasts the configured time and doubles with every further failure.
	 */
	Duration lockFor(int failuresPastLimit) {
		Duration lock = settings.lockDuration().multipliedBy(1L << Math.min(failuresPastLimit, 20));
		return lock.compareTo(settings.maxLockDuration()) > 0 ? settings.maxLockDuration() : lock;
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(key.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

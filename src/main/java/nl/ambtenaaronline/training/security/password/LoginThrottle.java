package nl.ambtenaaronline.training.security.password;

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
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-in attempts in the database, per account name, per client address, per
 * second factor and per password change (keys stored only as SHA-256 hashes), and locks a
 * key for a growing time once it passes its limit.
 * <p>
 * An attempt is counted <em>before</em> its secret is checked ({@link #acquire}), under a
 * row lock and committed in its own transaction, so that parallel requests cannot all
 * pass the check while none has been counted yet: exactly the limit of attempts is tried.
 * A correct secret takes its own count back ({@link #release}). Failures decay: one is
 * forgotten for every {@code app.login.failure-decay} (default 1 hour) since the last, so
 * an occasional wrong password never adds up to a lock. While a key is locked, attempts
 * are refused without being counted, so nobody can extend a lock by trying; after it, the
 * correct secret passes.
 */
@Component
public class LoginThrottle {

	public enum Kind {

		ACCOUNT, ADDRESS,

		/** Second-factor codes, per account. */
		TOTP,

		/** The current password on the change-password screen, per account. */
		PWCHANGE

	}

	/**
	 * One counted attempt.
	 *
	 * @param allowed whether the secret may be checked (the key was not locked)
	 * @param lockedNow whether this attempt started a lock (it reached the limit)
	 */
	public record Attempt(boolean allowed, boolean lockedNow) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LoginProperties settings;

	public LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
			LoginProperties properties) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.settings = properties;
	}

	public boolean isLocked(Kind kind, String key) {
		List<OffsetDateTime> lockedUntil = jdbc.queryForList(
				"select locked_until from login_throttle where kind = ? and key_hash = ? and locked_until is not null",
				OffsetDateTime.class, kind.name(), hash(key));
		return !lockedUntil.isEmpty() && lockedUntil.getFirst().toInstant().isAfter(clock.instant());
	}

	/**
	 * Counts an attempt before its secret is checked; refused (and not counted) while the
	 * key is locked.
	 */
	public Attempt acquire(Kind kind, String key) {
		String hash = hash(key);
		ensureRow(kind, hash);
		int limit = limit(kind);
		Attempt attempt = transactions.execute(status -> {
			Instant now = clock.instant();
			Map<String, Object> row = jdbc.queryForMap(
					"select failures, locked_until, last_failure_at from login_throttle where kind = ? and key_hash = ? for update",
					kind.name(), hash);
			Instant lockedUntil = instant(row.get("locked_until"));
			if (lockedUntil != null && lockedUntil.isAfter(now)) {
				return new Attempt(false, false);
			}
			Instant last = instant(row.get("last_failure_at"));
			int failures = decayed(((Number) row.get("failures")).intValue(), last == null ? now : last, now) + 1;
			OffsetDateTime lock = failures >= limit ? now.plus(lockFor(failures - limit)).atOffset(ZoneOffset.UTC)
					: null;
			jdbc.update(
					"update login_throttle set failures = ?, locked_until = ?, last_failure_at = ? where kind = ? and key_hash = ?",
					failures, lock, now.atOffset(ZoneOffset.UTC), kind.name(), hash);
			return new Attempt(true, lock != null);
		});
		return attempt == null ? new Attempt(false, false) : attempt;
	}

	/**
	 * The secret of an {@linkplain #acquire acquired} attempt was right: its count is
	 * taken back, and a lock that only this attempt started ends.
	 */
	public void release(Kind kind, String key) {
		int limit = limit(kind);
		transactions.executeWithoutResult(status -> jdbc
			.update("update login_throttle set failures = case when failures > 0 then failures - 1 else 0 end, "
					+ "locked_until = case when failures - 1 >= ? then locked_until else null end where kind = ? and key_hash = ?",
					limit, kind.name(), hash(key)));
	}

	public void reset(Kind kind, String key) {
		transactions.executeWithoutResult(status -> jdbc
			.update("delete from login_throttle where kind = ? and key_hash = ?", kind.name(), hash(key)));
	}

	/**
	 * The first lock lasts the configured time and doubles with every further failure.
	 */
	public Duration lockFor(int failuresPastLimit) {
		Duration lock = settings.lockDuration().multipliedBy(1L << Math.min(failuresPastLimit, 20));
		return lock.compareTo(settings.maxLockDuration()) > 0 ? settings.maxLockDuration() : lock;
	}

	/** One failure is forgotten for every decay period since the last one. */
	public int decayed(int failures, Instant lastFailure, Instant now) {
		long periods = Duration.between(lastFailure, now).toMillis() / Math.max(1, settings.failureDecay().toMillis());
		return (int) Math.max(0, failures - Math.min(periods, Integer.MAX_VALUE));
	}

	private int limit(Kind kind) {
		return kind == Kind.ADDRESS ? settings.maxFailuresPerAddress() : settings.maxFailures();
	}

	/**
	 * The row of a key, created in a transaction of its own: when two requests create it
	 * at once, one insert fails and the other's row is used (PostgreSQL ends a
	 * transaction on a failed statement, so the insert cannot share the counting
	 * transaction).
	 */
	private void ensureRow(Kind kind, String hash) {
		Integer existing = jdbc.queryForObject("select count(*) from login_throttle where kind = ? and key_hash = ?",
				Integer.class, kind.name(), hash);
		if (existing != null && existing > 0) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> jdbc.update(
					"insert into login_throttle (kind, key_hash, failures, locked_until, last_failure_at) values (?, ?, 0, null, ?)",
					kind.name(), hash, clock.instant().atOffset(ZoneOffset.UTC)));
		}
		catch (DataIntegrityViolationException ex) {
			// created by a parallel attempt
		}
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		return null;
	}

	public static String hash(String key) {
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

package nl.ambtenaaronline.training.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifications per client address in a fixed window (default 30 per minute), counted in
 * the database, so that all nodes together allow the limit once (not once per node). The
 * address is stored only as a SHA-256 digest and only for its window: an expired window
 * is deleted, so the application forgets who verified.
 * <p>
 * Counting is one row update under the row's lock, which both H2 and PostgreSQL
 * serialise: two nodes counting the same address at once each see the other's hit.
 */
@Component
class VerifyRateLimiter {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final CertificateProperties.Verify properties;

	private final Clock clock;

	private final AtomicInteger calls = new AtomicInteger();

	VerifyRateLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			CertificateProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties.verify();
		this.clock = clock;
	}

	/** Counts one verification from the address; false when it is over the limit. */
	boolean tryAcquire(String address) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (calls.incrementAndGet() % 256 == 0) {
			forgetOld(now);
		}
		String hash = hash(address);
		ensureRow(hash, now);
		Integer hits = transactions.execute(status -> {
			OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
			OffsetDateTime expired = expiredAt(now);
			int updated = jdbc.update(
					"update verify_rate_window set " + "hits = case when window_start <= ? then 1 else hits + 1 end, "
							+ "window_start = case when window_start <= ? then ? else window_start end "
							+ "where address_hash = ?",
					expired, expired, at, hash);
			if (updated == 0) {
				return 1;
			}
			return jdbc.queryForObject("select hits from verify_rate_window where address_hash = ?", Integer.class,
					hash);
		});
		return hits != null && hits <= properties.maxPerAddress();
	}

	/** Seconds until the address may verify again. */
	long retryAfterSeconds(String address) {
		List<OffsetDateTime> start = jdbc.queryForList(
				"select window_start from verify_rate_window where address_hash = ?", OffsetDateTime.class,
				hash(address));
		if (start.isEmpty()) {
			return 0;
		}
		long left = start.getFirst().toInstant().plus(properties.window()).toEpochMilli() - clock.millis();
		return Math.max(1, (left + 999) / 1000);
	}

	/** How many addresses are remembered now (for tests: none after the window). */
	int remembered() {
		forgetOld(clock.instant().truncatedTo(ChronoUnit.MICROS));
		Integer count = jdbc.queryForObject("select count(*) from verify_rate_window", Integer.class);
		return count == null ? 0 : count;
	}

	private void forgetOld(Instant now) {
		transactions.executeWithoutResult(
				status -> jdbc.update("delete from verify_rate_window where window_start <= ?", expiredAt(now)));
	}

	private OffsetDateTime expiredAt(Instant now) {
		return now.minus(properties.window()).atOffset(ZoneOffset.UTC);
	}

	/**
	 * The row of an address, created in a transaction of its own: when two nodes create
	 * it at once, one insert fails and the other's row is counted (PostgreSQL ends a
	 * transaction on a failed statement, so the insert cannot share the counting
	 * transaction).
	 */
	private void ensureRow(String hash, Instant now) {
		Integer existing = jdbc.queryForObject("select count(*) from verify_rate_window where address_hash = ?",
				Integer.class, hash);
		if (existing != null && existing > 0) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> jdbc.update(
					"insert into verify_rate_window (address_hash, window_start, hits) values (?, ?, 0)", hash,
					now.atOffset(ZoneOffset.UTC)));
		}
		catch (DataIntegrityViolationException ex) {
			// created by a parallel verification, perhaps on another node
		}
	}

	static String hash(String address) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package nl.ambtenaaronline.training.security.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which sessions no longer count: every session of an account that signed in before the
 * account's sessions were revoked ({@code account.sessions_revoked_at}). Revoked when a
 * role is taken away, the password or the second factor is reset, or the person leaves;
 * the session revocation filter ends such a session at its next request. The moment is
 * kept in the database, so a revocation on one node ends the sessions on every node; each
 * node reads it at most every {@link #FRESH} per account (at once on the node that
 * revoked).
 */
@Component
public class SessionRevocations {

	/** How long a node trusts what it read about an account. */
	public static final Duration FRESH = Duration.ofSeconds(5);

	private record Read(@Nullable Instant revokedAt, long atNanos) {
	}

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	private final Map<Long, Read> reads = new ConcurrentHashMap<>();

	public SessionRevocations(JdbcTemplate jdbc, AuditService audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Ends every session of the account that signed in before now (at their next
	 * request); audited as {@code session.revoked} with the reason. Call in the
	 * transaction of the change.
	 */
	public void revoke(long accountId, String reason) {
		OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
		jdbc.update("update account set sessions_revoked_at = ? where id = ?", now, accountId);
		reads.remove(accountId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					reads.remove(accountId);
				}
			});
		}
		audit.record("session.revoked", "account:" + accountId, AuditResult.SUCCESS, "reason=" + reason);
	}

	/** Whether this sign-in happened before its account's sessions were revoked. */
	public boolean revoked(AccountPrincipal principal) {
		Instant revokedAt = revokedAt(principal.accountId());
		return revokedAt != null && principal.signedInAt().isBefore(revokedAt);
	}

	private @Nullable Instant revokedAt(long accountId) {
		long now = System.nanoTime();
		Read read = reads.get(accountId);
		if (read == null || now - read.atNanos() > FRESH.toNanos()) {
			List<OffsetDateTime> found = jdbc.query("select sessions_revoked_at from account where id = ?",
					(rs, row) -> rs.getObject(1, OffsetDateTime.class), accountId);
			Instant revokedAt = found.isEmpty() || found.getFirst() == null ? null : found.getFirst().toInstant();
			read = new Read(revokedAt, now);
			reads.put(accountId, read);
		}
		return read.revokedAt();
	}

}

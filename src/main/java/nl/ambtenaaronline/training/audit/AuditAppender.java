package nl.ambtenaaronline.training.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the hash chain. The chain head's row lock serialises every append
 * across transactions and nodes, and it is held until the transaction ends; so the events
 * of a transaction are appended together just before it commits. The head lock is then
 * the last lock any transaction takes: a transaction that holds it waits for nothing
 * else, so it cannot be part of a deadlock, and it is held for the shortest time. Readers
 * of the trail in the same transaction call {@link #flush()} first.
 */
@Component
class AuditAppender {

	/** One event as recorded, waiting for its place in the chain. */
	record Pending(String actor, String action, String subject, AuditResult result, String origin, String details) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditAppender(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Appends the event when the current transaction commits (at once without one). */
	void add(Pending event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			append(List.of(event));
			return;
		}
		batch().events.add(event);
	}

	/** Appends the events recorded so far in the current transaction now. */
	void flush() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
				if (synchronization instanceof Batch batch && batch.owner == this) {
					batch.appendAll();
				}
			}
		}
	}

	private Batch batch() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch batch && batch.owner == this) {
				return batch;
			}
		}
		Batch batch = new Batch(this);
		TransactionSynchronizationManager.registerSynchronization(batch);
		return batch;
	}

	private void append(List<Pending> events) {
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		long id = ((Number) head.get("last_seq")).longValue();
		String previous = (String) head.get("last_hash");
		for (Pending event : events) {
			id++;
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			String digest = AuditHash.personalDigest(event.actor(), event.subject(), event.origin(), event.details());
			String hash = AuditHash.of(previous, id, now, event.action(), event.result(), digest);
			jdbc.update(
					"insert into audit_event (id, occurred_at, actor, action, subject, result, origin, details, prev_hash, hash, personal_digest) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					id, now.atOffset(ZoneOffset.UTC), event.actor(), event.action(), event.subject(),
					event.result().name(), event.origin(), event.details(), previous, hash, digest);
			previous = hash;
		}
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", id, previous);
	}

	/** The events of one transaction, appended just before it commits. */
	private static final class Batch implements TransactionSynchronization {

		private final AuditAppender owner;

		private final List<Pending> events = new ArrayList<>();

		Batch(AuditAppender owner) {
			this.owner = owner;
		}

		void appendAll() {
			if (!events.isEmpty()) {
				List<Pending> now = List.copyOf(events);
				events.clear();
				owner.append(now);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			appendAll();
		}

		@Override
		public int getOrder() {
			// after other work that runs before the commit, so the head lock comes last
			return LOWEST_PRECEDENCE;
		}

	}

}

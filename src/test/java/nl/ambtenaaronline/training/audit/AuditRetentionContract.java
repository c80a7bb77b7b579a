package nl.ambtenaaronline.training.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention of the audit trail erases the personal fields of events past the period, one
 * day after it and not one day before, and the hash chain still verifies from the first
 * event. Each test runs in a transaction that is rolled back. Run on H2 by
 * {@link AuditRetentionTest} and on PostgreSQL by {@link PostgresAuditRetentionTest}.
 */
@Transactional
abstract class AuditRetentionContract {

	static final Period PERIOD = Period.ofMonths(84);

	@Autowired
	AuditRetention rule;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void eventsOneDayPastThePeriodLoseTheirPersonalFieldsAndTheChainStillVerifies() {
		Instant now = clock.instant();
		Instant periodStart = now.atZone(TimeConfiguration.ZONE).minus(PERIOD).toInstant();
		long old = append(periodStart.minus(1, ChronoUnit.DAYS), "employee:900001", "score=80");
		long young = append(periodStart.plus(1, ChronoUnit.DAYS), "employee:900002", "score=90");

		RetentionRule.Erasure erasure = rule.apply(PERIOD, now);

		assertThat(rule.kind()).isEqualTo(RetentionKind.AUDIT);
		assertThat(erasure.records()).isEqualTo(1);
		assertThat(erasure.employeeIds()).containsExactly(900001L);
		Map<String, Object> erased = row(old);
		assertThat(erased).containsEntry("ACTOR", "")
			.containsEntry("SUBJECT", "")
			.containsEntry("ORIGIN", "")
			.containsEntry("DETAILS", "")
			.containsEntry("ACTION", "test.retention");
		assertThat(erased.get("ERASED_AT")).isNotNull();
		Map<String, Object> kept = row(young);
		assertThat(kept).containsEntry("SUBJECT", "employee:900002").containsEntry("DETAILS", "score=90");
		assertThat(kept.get("ERASED_AT")).isNull();
		assertThat(SystemAuthentication.call(audit::verifyChain).intact()).isTrue();

		assertThat(rule.apply(PERIOD, now).records()).as("a second run erases nothing more").isZero();
	}

	@Test
	void contentWrittenIntoAnErasedEventBreaksTheChain() {
		Instant now = clock.instant();
		long old = append(now.minus(3650, ChronoUnit.DAYS), "employee:900003", "");
		append(now, "employee:900004", "");
		rule.apply(PERIOD, now);
		jdbc.update("update audit_event set subject = 'employee:1' where id = ?", old);

		ChainCheck check = SystemAuthentication.call(audit::verifyChain);

		assertThat(check.intact()).isFalse();
		assertThat(check.brokenAt()).isEqualTo(old);
		assertThat(check.problem()).isEqualTo("audit.chain.altered");
	}

	@Test
	void anEventMarkedErasedWithoutRetentionKeepsNoValidDigestAndBreaksTheChain() {
		long recent = append(clock.instant(), "employee:900005", "details");
		jdbc.update("update audit_event set erased_at = occurred_at, details = 'other' where id = ?", recent);

		ChainCheck check = SystemAuthentication.call(audit::verifyChain);

		assertThat(check.intact()).isFalse();
		assertThat(check.brokenAt()).isEqualTo(recent);
	}

	/** Appends an event as the audit service does, with a chosen time. */
	private long append(Instant at, String subject, String details) {
		Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		long id = ((Number) head.get("LAST_SEQ")).longValue() + 1;
		String previous = (String) head.get("LAST_HASH");
		String digest = AuditHash.personalDigest("system", subject, "-", details);
		String hash = AuditHash.of(previous, id, occurredAt, "test.retention", AuditResult.SUCCESS, digest);
		jdbc.update(
				"insert into audit_event (id, occurred_at, actor, action, subject, result, origin, details, prev_hash, hash, personal_digest) values (?, ?, 'system', 'test.retention', ?, 'SUCCESS', '-', ?, ?, ?, ?)",
				id, occurredAt.atOffset(ZoneOffset.UTC), subject, details, previous, hash, digest);
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", id, hash);
		return id;
	}

	private Map<String, Object> row(long id) {
		return jdbc.queryForMap("select * from audit_event where id = ?", id);
	}

}

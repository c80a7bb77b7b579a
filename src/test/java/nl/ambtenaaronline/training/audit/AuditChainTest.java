package nl.ambtenaaronline.training.audit;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain proves the audit trail unbroken and catches an edited or deleted row.
 * Each test tampers inside a transaction that is rolled back afterwards.
 */
@IntegrationTest
@Transactional
class AuditChainTest {

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUntouchedChainIsIntact() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:1");
			audit.record("test.event", "employee:2", AuditResult.DENIED, "why");
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isTrue();
			assertThat(check.checked()).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void anEditedRowBreaksTheChainAtThatRow() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:3");
			long id = lastId();
			audit.record("test.event", "employee:4");
			jdbc.update("update audit_event set subject = 'employee:999' where id = ?", id);
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAt()).isEqualTo(id);
			assertThat(check.problem()).isEqualTo("audit.chain.altered");
		});
	}

	@Test
	void aDeletedRowInTheMiddleIsDetected() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:5");
			long id = lastId();
			audit.record("test.event", "employee:6");
			jdbc.update("delete from audit_event where id = ?", id);
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAt()).isEqualTo(id + 1);
			assertThat(check.problem()).isEqualTo("audit.chain.missing");
		});
	}

	@Test
	void aDeletedLastRowIsDetected() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:7");
			jdbc.update("delete from audit_event where id = ?", lastId());
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.problem()).isEqualTo("audit.chain.tail");
		});
	}

	@Test
	void aRowRewrittenWithAFreshHashStillBreaksTheLinkOfTheNext() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:8");
			long id = lastId();
			audit.record("test.event", "employee:9");
			AuditEntry original = audit.search(new AuditFilter(null, null, "employee:8"), 0, 1).getFirst();
			String digest = AuditHash.personalDigest(original.actor(), "employee:1000", original.origin(),
					original.details());
			String forged = AuditHash.of(original.previousHash(), id, original.occurredAt(), original.action(),
					original.result(), digest);
			jdbc.update("update audit_event set subject = 'employee:1000', personal_digest = ?, hash = ? where id = ?",
					digest, forged, id);
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAt()).isEqualTo(id + 1);
			assertThat(check.problem()).isEqualTo("audit.chain.link");
		});
	}

	@Test
	void eventsRecordTheActorByIdAndNeverByName() {
		SystemAuthentication.run(() -> audit.record("test.actor", "employee:10"));
		AuditEntry entry = SystemAuthentication
			.call(() -> audit.search(new AuditFilter("test.actor", null, null), 0, 1).getFirst());
		assertThat(entry.actor()).isEqualTo("system");
	}

	/**
	 * The id of the last event in the trail, the ones recorded in this transaction
	 * included.
	 */
	private long lastId() {
		audit.flush();
		Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
		return id == null ? 0 : id;
	}

}

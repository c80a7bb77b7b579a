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

	@Autowired
	AuditAnchors anchors;

	@Test
	void anErasedMarkerOnAnEventYoungerThanTheAuditRetentionBreaksTheChain() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:11", AuditResult.SUCCESS, "yesterday's event");
			long id = lastId();
			audit.record("test.event", "employee:12");
			// blanking the personal fields and setting the marker, as retention would
			jdbc.update(
					"update audit_event set actor = '', subject = '', origin = '', details = '', erased_at = occurred_at where id = ?",
					id);
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAt()).isEqualTo(id);
			assertThat(check.problem()).isEqualTo("audit.chain.erased-early");
		});
	}

	@Test
	void aChainRecomputedByWhoeverCanWriteTheDatabaseIsCaughtByTheKeyedAnchor() {
		SystemAuthentication.run(() -> {
			audit.record("test.event", "employee:13");
			long id = lastId();
			audit.record("test.event", "employee:14");
			assertThat(anchors.anchorHead()).isPresent();
			audit.record("test.event", "employee:15");
			// the whole chain recomputed from the edited event on, head included
			jdbc.update("update audit_event set subject = 'employee:1300' where id = ?", id);
			recomputeFrom(id);
			ChainCheck check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAt()).isEqualTo(id + 1);
			assertThat(check.problem()).isEqualTo("audit.chain.anchor");

			// nor can the anchor be moved to the new hash without the key
			String forgedHead = jdbc.queryForObject("select hash from audit_event where id = ?", String.class, id + 1);
			jdbc.update("update audit_chain_anchor set hash = ? where seq = ?", forgedHead, id + 1);
			assertThat(audit.verifyChain().problem()).isEqualTo("audit.chain.anchor");
		});
	}

	@Test
	void theAnchorIsWrittenToTheExport() {
		SystemAuthentication.run(() -> {
			audit.record("test.anchor-export", "employee:16");
			long id = lastId();
			AuditAnchors.Anchor anchor = anchors.anchorHead().orElseThrow();
			audit.record("test.anchor-export", "employee:17");
			var out = new java.io.ByteArrayOutputStream();
			long rows = audit.export(new AuditFilter("test.anchor-export", null, null), AuditExportFormat.JSON_LINES,
					out);
			assertThat(rows).isEqualTo(2);
			assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"anchor\":" + id)
				.contains(anchor.mac())
				.contains(anchor.hash());
		});
	}

	/** What someone with write access to the database can do: every hash anew. */
	private void recomputeFrom(long from) {
		String previous = jdbc.queryForObject("select prev_hash from audit_event where id = ?", String.class, from);
		for (var row : jdbc.queryForList("select * from audit_event where id >= ? order by id", from)) {
			long id = ((Number) row.get("id")).longValue();
			java.time.Instant at = ((java.time.OffsetDateTime) jdbc
				.queryForObject("select occurred_at from audit_event where id = ?", java.time.OffsetDateTime.class, id))
				.toInstant();
			String digest = AuditHash.personalDigest((String) row.get("actor"), (String) row.get("subject"),
					(String) row.get("origin"), (String) row.get("details"));
			String hash = AuditHash.of(previous, id, at, (String) row.get("action"),
					AuditResult.valueOf((String) row.get("result")), digest);
			jdbc.update("update audit_event set prev_hash = ?, personal_digest = ?, hash = ? where id = ?", previous,
					digest, hash, id);
			previous = hash;
		}
		jdbc.update("update audit_chain_head set last_hash = ? where id = 1", previous);
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

package nl.ambtenaaronline.training.audit;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The daily chain check stores what it finds, the export streams exactly the filtered
 * events with their hash fields, and the filter narrows by date and result. Every test
 * runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class AuditAccountabilityTest {

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The job itself, without the ShedLock proxy: the lock provider works on its own
	 * connection and transaction, which commits the tampering of the test (seen: the row
	 * stayed changed after the rollback).
	 */
	AuditChainJob job;

	@Autowired
	AuditAnchors anchors;

	@BeforeEach
	void job() {
		job = new AuditChainJob(audit, anchors);
	}

	@Test
	void theDailyJobAnchorsTheHeadOfAnIntactChainWithTheKey() {
		SystemAuthentication.run(() -> audit.record("test.anchor", "employee:23"));
		ChainCheck check = job.nightly();
		assertThat(check.intact()).isTrue();
		long head = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
		AuditAnchors.Anchor anchor = anchors.all().getLast();
		// the check itself is the last event; the head anchored is the chain as checked
		assertThat(anchor.seq()).isBetween(check.checked(), head);
		assertThat(anchor.mac()).isEqualTo(anchors.mac(anchor.seq(), anchor.hash(), anchor.anchoredAt()));
		assertThat(SystemAuthentication.call(audit::verifyChain).intact()).isTrue();
	}

	@Test
	void theDailyJobFindsATamperedRowAndStoresTheBreak() {
		SystemAuthentication.run(() -> audit.record("test.nightly", "employee:21"));
		long id = lastId();
		SystemAuthentication.run(() -> audit.record("test.nightly", "employee:22"));
		jdbc.update("update audit_event set details = 'rewritten' where id = ?", id);

		ChainCheck check = job.nightly();

		assertThat(check.intact()).isFalse();
		assertThat(check.brokenAt()).isEqualTo(id);
		StoredChainCheck stored = SystemAuthentication.call(audit::lastChainCheck).orElseThrow();
		assertThat(stored.trigger()).isEqualTo(StoredChainCheck.SCHEDULED);
		assertThat(stored.result()).isEqualTo(check);
		AuditEntry event = SystemAuthentication
			.call(() -> audit.search(new AuditFilter("audit.chain-checked", null, null), 0, 1).getFirst());
		assertThat(event.result()).isEqualTo(AuditResult.FAILED);
		assertThat(event.details()).contains("trigger=scheduled", "broken-at=" + id, "audit.chain.altered");
	}

	@Test
	void anIntactChainIsStoredAsIntactByTheDailyJob() {
		SystemAuthentication.run(() -> audit.record("test.nightly", "employee:23"));
		assertThat(job.nightly().intact()).isTrue();
		assertThat(SystemAuthentication.call(audit::lastChainCheck).orElseThrow().result().intact()).isTrue();
	}

	@Test
	@WithUserDetails("auditor")
	void jsonLinesExportHoldsExactlyTheFilteredEventsWithTheirHashesAndIsAudited() throws Exception {
		SystemAuthentication.run(() -> {
			audit.record("test.export-a", "employee:31");
			audit.record("test.export-a", "employee:32", AuditResult.DENIED, "quote \" and\nnewline");
			audit.record("test.export-b", "employee:33");
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long rows = audit.export(new AuditFilter("test.export-a", null, null), AuditExportFormat.JSON_LINES, out);

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(rows).isEqualTo(2);
		assertThat(lines).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode first = json.readTree(lines.get(0));
		JsonNode second = json.readTree(lines.get(1));
		assertThat(first.get("subject").asString()).isEqualTo("employee:31");
		assertThat(second.get("details").asString()).isEqualTo("quote \" and\nnewline");
		assertThat(second.get("result").asString()).isEqualTo("DENIED");
		assertThat(second.get("previousHash").asString()).isEqualTo(first.get("hash").asString());
		assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong() + 1);
		AuditEntry stored = audit.search(new AuditFilter(null, null, "employee:32"), 0, 1).getFirst();
		assertThat(second.get("hash").asString()).isEqualTo(stored.hash());

		AuditEntry exported = audit.search(new AuditFilter("audit.exported", null, null), 0, 1).getFirst();
		assertThat(exported.details()).isEqualTo("format=jsonl;rows=2;filter=action=test.export-a");
		assertThat(exported.actor()).startsWith("account:");
	}

	@Test
	@WithUserDetails("beheerder")
	void csvExportHasABomSemicolonsAndNeutralisedFormulas() throws Exception {
		SystemAuthentication.run(() -> audit.record("test.csv", "employee:41", AuditResult.SUCCESS, "=HYPERLINK(1)"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		audit.export(new AuditFilter("test.csv", null, null), AuditExportFormat.CSV, out);

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFid;occurredAt;actor");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(records).hasSize(1);
		assertThat(records.getFirst().get("details")).isEqualTo("'=HYPERLINK(1)");
		assertThat(records.getFirst().get("subject")).isEqualTo("employee:41");
	}

	@Test
	@WithUserDetails("hr")
	void hrMayNotExportTheAuditLog() {
		assertThatThrownBy(
				() -> audit.export(AuditFilter.none(), AuditExportFormat.JSON_LINES, new ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("auditor")
	void theFilterNarrowsByDateRangeAndResult() {
		SystemAuthentication.run(() -> {
			audit.record("test.range", "employee:51", AuditResult.DENIED, "");
			audit.record("test.range", "employee:52");
		});
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		assertThat(audit.count(new AuditFilter("test.range", null, null, today, today, null))).isEqualTo(2);
		assertThat(audit.count(new AuditFilter("test.range", null, null, today, today, AuditResult.DENIED)))
			.isEqualTo(1);
		assertThat(audit.count(new AuditFilter("test.range", null, null, today.plusDays(1), null, null))).isZero();
		assertThat(audit.count(new AuditFilter("test.range", null, null, null, today.minusDays(1), null))).isZero();
	}

	@Test
	@WithUserDetails("auditor")
	void aReferenceMatchesOnlyThatWholeReferenceWhileOtherTextStillSearchesForAPart() {
		SystemAuthentication.run(() -> {
			audit.record("test.reference", "employee:3");
			audit.record("test.reference", "employee:31");
			audit.record("test.reference", "employee:38");
			audit.record("test.reference", "certificate:5 employee:3");
			audit.record("test.reference", "certificate:5 employee:39");
			audit.record("test.reference", "certificate:53 employee:4");
		});
		audit.flush();
		assertThat(audit.search(new AuditFilter("test.reference", null, "employee:3"), 0, 100))
			.extracting(AuditEntry::subject)
			.containsExactlyInAnyOrder("employee:3", "certificate:5 employee:3");
		assertThat(audit.search(new AuditFilter("test.reference", null, " Certificate:5 "), 0, 100))
			.extracting(AuditEntry::subject)
			.containsExactlyInAnyOrder("certificate:5 employee:3", "certificate:5 employee:39");
		// free text still searches for a part
		assertThat(audit.count(new AuditFilter("test.reference", null, "employee"))).isEqualTo(6);
		assertThat(audit.count(new AuditFilter("test.reference", null, "5 employee:3"))).isEqualTo(2);
		// the actor too: the auditor's account:N is found exactly, account:N1 is not
		audit.record("test.actor", "employee:99");
		audit.flush();
		String actor = audit.search(new AuditFilter("test.actor", null, "employee:99"), 0, 1).getFirst().actor();
		assertThat(actor).matches("account:[0-9]+");
		assertThat(audit.count(new AuditFilter("test.actor", actor, null))).isOne();
		assertThat(audit.count(new AuditFilter("test.actor", actor + "1", null))).isZero();
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

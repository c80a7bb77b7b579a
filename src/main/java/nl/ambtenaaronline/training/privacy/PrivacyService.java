package nl.ambtenaaronline.training.privacy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SpreadsheetCells;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.SignedIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Privacy's public face: the employee's own copy of their data, the retention periods,
 * the retention run with its destruction record, and that record for administrators and
 * auditors.
 */
@Service
public class PrivacyService {

	private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

	private final List<PersonalDataSource> sources;

	private final List<RetentionRule> rules;

	private final SettingsService settings;

	private final AccountService accounts;

	private final EmployeeService employees;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	/**
	 * A transaction of its own, never joining the caller's: for the preview's rollback.
	 */
	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	PrivacyService(List<PersonalDataSource> sources, List<RetentionRule> rules, SettingsService settings,
			AccountService accounts, EmployeeService employees, AuditService audit, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.sources = List.copyOf(sources);
		this.rules = List.copyOf(rules);
		this.settings = settings;
		this.accounts = accounts;
		this.employees = employees;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Everything the system holds about the signed-in employee, from every feature;
	 * audited as a download.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public MyData myData() {
		long employeeId = SignedIn.requireEmployeeId();
		List<PersonalDataSection> sections = new ArrayList<>();
		for (PersonalDataSource source : sources) {
			sections.addAll(source.exportFor(employeeId));
		}
		String number = employees.signedIn().map(EmployeeSummary::employeeNumber).orElse("");
		audit.record("privacy.my-data.downloaded", "employee:" + employeeId, AuditResult.SUCCESS,
				sections.size() + " sections");
		return new MyData(number, clock.instant().truncatedTo(ChronoUnit.SECONDS), sections);
	}

	/** The retention period of every kind, in months, as set now. */
	@PermitAll
	public Map<RetentionKind, Integer> retentionMonths() {
		Map<RetentionKind, Integer> months = new EnumMap<>(RetentionKind.class);
		for (RetentionKind kind : RetentionKind.values()) {
			months.put(kind, settings.integer(RetentionSettings.key(kind)));
		}
		return months;
	}

	/** The privacy contact from the settings; may be empty. */
	@PermitAll
	public String contact() {
		return settings.text(RetentionSettings.CONTACT);
	}

	/**
	 * Runs every retention rule with its kind's period, each in a transaction of its own
	 * together with its destruction record; a failing rule is logged and audited and the
	 * others still run.
	 * @return the destruction records written (rules that erased nothing write none)
	 */
	@RolesAllowed(Roles.ADMIN)
	public List<DestructionRecord> applyRetention() {
		Instant now = clock.instant();
		Map<RetentionKind, Integer> months = retentionMonths();
		List<DestructionRecord> written = new ArrayList<>();
		for (RetentionRule rule : rules) {
			int period = months.get(rule.kind());
			try {
				DestructionRecord record = transactions.execute(status -> {
					RetentionRule.Erasure erasure = rule.apply(Period.ofMonths(period), now);
					return erasure.records() == 0 ? null : write(rule, period, erasure, now);
				});
				if (record != null) {
					written.add(record);
				}
			}
			catch (RuntimeException ex) {
				log.error("Retention rule {} failed", rule.name(), ex);
				transactions.executeWithoutResult(status -> audit.record("retention.applied",
						"retention:" + rule.name(), AuditResult.FAILED, ex.getClass().getSimpleName()));
			}
		}
		log.info("Retention run: {} destruction records", written.size());
		return written;
	}

	/**
	 * What applying the retention periods now would erase, rule by rule, without erasing
	 * anything: each rule runs in a transaction that is rolled back. Rules that would
	 * erase nothing are left out.
	 */
	@RolesAllowed(Roles.ADMIN)
	public List<RetentionPreview> previewRetention() {
		return preview(retentionMonths());
	}

	/**
	 * What the next run would erase with some periods changed ({@code proposed}, in
	 * months, over the current ones), before they are saved; as
	 * {@link #previewRetention()}, nothing is erased.
	 */
	@RolesAllowed(Roles.ADMIN)
	public List<RetentionPreview> previewRetention(Map<RetentionKind, Integer> proposed) {
		Map<RetentionKind, Integer> months = retentionMonths();
		months.putAll(proposed);
		return preview(months);
	}

	private List<RetentionPreview> preview(Map<RetentionKind, Integer> months) {
		Instant now = clock.instant();
		List<RetentionPreview> preview = new ArrayList<>();
		for (RetentionRule rule : rules) {
			int period = months.get(rule.kind());
			RetentionRule.Erasure erasure = ownTransaction.execute(status -> {
				status.setRollbackOnly();
				return rule.apply(Period.ofMonths(period), now);
			});
			if (erasure != null && erasure.records() > 0) {
				preview.add(new RetentionPreview(rule.kind(), rule.name(), period, erasure.records(),
						erasure.employeeIds().size()));
			}
		}
		return preview;
	}

	/** An administrator runs the retention rules now instead of waiting for the night. */
	@RolesAllowed(Roles.ADMIN)
	public List<DestructionRecord> runRetentionNow() {
		transactions.executeWithoutResult(status -> audit.record("retention.run-now", "retention:all"));
		return applyRetention();
	}

	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<DestructionRecord> destructionRecords(int offset, int limit) {
		List<DestructionRecord> records = jdbc.query(
				"select * from destruction_record order by performed_at desc, id desc limit ? offset ?", this::record,
				limit, offset);
		return withNumbers(records);
	}

	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long countDestructionRecords() {
		Long count = jdbc.queryForObject("select count(*) from destruction_record", Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * The whole destruction record as CSV (UTF-8 with BOM, semicolons, one row per
	 * record); cells that a spreadsheet would read as a formula are neutralised. Audited.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public byte[] destructionRecordsCsv() {
		List<DestructionRecord> records = withNumbers(
				jdbc.query("select * from destruction_record order by performed_at, id", this::record));
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			csv.printRecord("id", "performed_at", "kind", "rule", "period_months", "records", "performed_by",
					"employee_numbers");
			for (DestructionRecord record : records) {
				csv.printRecord(record.id(), record.performedAt().atZone(TimeConfiguration.ZONE).toOffsetDateTime(),
						record.kind().name(), SpreadsheetCells.text(record.rule()), record.periodMonths(),
						record.records(), SpreadsheetCells.text(record.performedBy()),
						SpreadsheetCells.text(String.join(" ", record.employeeNumbers())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit.record("privacy.destruction-records.exported", "destruction-record:all", AuditResult.SUCCESS,
				records.size() + " records");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private DestructionRecord write(RetentionRule rule, int period, RetentionRule.Erasure erasure, Instant now) {
		String by = accounts.current().map(user -> "account:" + user.accountId()).orElse("system");
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"insert into destruction_record (kind, rule_name, records, period_months, performed_at, performed_by) values (?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setString(1, rule.kind().name());
			statement.setString(2, rule.name());
			statement.setInt(3, erasure.records());
			statement.setInt(4, period);
			statement.setObject(5, at.atOffset(ZoneOffset.UTC));
			statement.setString(6, by);
			return statement;
		}, key);
		long id = key.getKeyAs(Number.class).longValue();
		List<String> numbers = numbersOf(erasure.employeeIds());
		for (String number : numbers) {
			jdbc.update("insert into destruction_record_employee (record_id, employee_number) values (?, ?)", id,
					number);
		}
		audit.record("retention.applied", "destruction-record:" + id, AuditResult.SUCCESS, rule.kind().name() + " "
				+ rule.name() + " records=" + erasure.records() + " employees=" + numbers.size());
		return new DestructionRecord(id, rule.kind(), rule.name(), erasure.records(), period, at, by, numbers);
	}

	private List<String> numbersOf(Collection<Long> employeeIds) {
		Set<String> numbers = new TreeSet<>();
		Map<Long, String> known = new HashMap<>();
		employees.findAllById(employeeIds).forEach(employee -> known.put(employee.id(), employee.employeeNumber()));
		for (long id : employeeIds) {
			numbers.add(known.getOrDefault(id, "#" + id));
		}
		return List.copyOf(numbers);
	}

	private List<DestructionRecord> withNumbers(List<DestructionRecord> records) {
		if (records.isEmpty()) {
			return records;
		}
		Map<Long, List<String>> numbers = new HashMap<>();
		for (int from = 0; from < records.size(); from += 500) {
			List<Long> ids = records.subList(from, Math.min(records.size(), from + 500))
				.stream()
				.map(DestructionRecord::id)
				.toList();
			String in = String.join(",", ids.stream().map(id -> "?").toList());
			jdbc.query("select record_id, employee_number from destruction_record_employee where record_id in (" + in
					+ ") order by employee_number", (ResultSet rs) -> {
						numbers.computeIfAbsent(rs.getLong("record_id"), id -> new ArrayList<>())
							.add(rs.getString("employee_number"));
					}, ids.toArray());
		}
		return records.stream()
			.map(record -> new DestructionRecord(record.id(), record.kind(), record.rule(), record.records(),
					record.periodMonths(), record.performedAt(), record.performedBy(),
					numbers.getOrDefault(record.id(), List.of())))
			.toList();
	}

	private DestructionRecord record(ResultSet rs, int row) throws SQLException {
		return new DestructionRecord(rs.getLong("id"), RetentionKind.valueOf(rs.getString("kind")),
				rs.getString("rule_name"), rs.getInt("records"), rs.getInt("period_months"),
				rs.getObject("performed_at", OffsetDateTime.class).toInstant(), rs.getString("performed_by"),
				List.of());
	}

}

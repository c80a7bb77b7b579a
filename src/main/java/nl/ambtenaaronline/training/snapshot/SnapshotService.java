package nl.ambtenaaronline.training.snapshot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.StatusAsOf;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance snapshots "as of a date". HR and administrators freeze the figures of a day;
 * HR, administrators and auditors list, download and verify them. A snapshot is inserted
 * once and never changed (this service has no update or delete); creating, downloading
 * and verifying are audited.
 */
@Service
public class SnapshotService {

	private final JdbcTemplate jdbc;

	private final AssignmentService assignments;

	private final EmployeeService employees;

	private final ContentService contents;

	private final AccountService accounts;

	private final AuditService audit;

	private final SnapshotDocuments documents;

	private final Clock clock;

	SnapshotService(JdbcTemplate jdbc, AssignmentService assignments, EmployeeService employees,
			ContentService contents, AccountService accounts, AuditService audit, SnapshotDocuments documents,
			Clock clock) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.employees = employees;
		this.contents = contents;
		this.accounts = accounts;
		this.audit = audit;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Freezes the figures of a course at the end of a day that is today or earlier.
	 * @throws SnapshotException {@code snapshot.future} for a day still to come,
	 * {@code snapshot.unknown-course} for a course that does not exist
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public SnapshotSummary create(String courseId, LocalDate asOf) {
		Course course = contents.current(courseId).orElseThrow(() -> new SnapshotException("snapshot.unknown-course"));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (asOf.isAfter(LocalDate.ofInstant(now, TimeConfiguration.ZONE))) {
			throw new SnapshotException("snapshot.future");
		}
		Snapshot snapshot = compute(courseId, course.version().toString(), asOf, now);
		String digest = snapshot.digest();
		String actor = accounts.current().map(user -> "account:" + user.accountId()).orElse("system");
		jdbc.update(
				"insert into compliance_snapshot (course_id, course_version, as_of, recorded_by, counted, excluded, digest, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				courseId, snapshot.courseVersion(), asOf, utc(now), snapshot.counted(), snapshot.excluded(), digest,
				actor, utc(now));
		long id = jdbc.queryForObject("select max(id) from compliance_snapshot where digest = ? and created_at = ?",
				Long.class, digest, utc(now));
		jdbc.batchUpdate(
				"insert into compliance_snapshot_person (snapshot_id, employee_id, employee_number, department_code, department_name, scope, status, due_on, last_completed_on, valid_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				snapshot.people()
					.stream()
					.map(p -> new Object[] { id, p.employeeId(), p.employeeNumber(), p.departmentCode(),
							p.departmentName(), p.scope().name(), p.status().name(), p.dueOn(), p.lastCompletedOn(),
							p.validUntil() })
					.toList());
		jdbc.batchUpdate(
				"insert into compliance_snapshot_total (snapshot_id, department_code, department_name, category, people) values (?, ?, ?, ?, ?)",
				snapshot.totals()
					.stream()
					.map(t -> new Object[] { id, t.departmentCode(), t.departmentName(), t.category(), t.people() })
					.toList());
		audit.record("snapshot.created", "snapshot:" + id, AuditResult.SUCCESS, courseId + " as of " + asOf
				+ " counted=" + snapshot.counted() + " excluded=" + snapshot.excluded() + " sha256=" + digest);
		return summary(id);
	}

	/**
	 * What a snapshot of this day would count, without storing anything: the screen asks
	 * for a confirmation when it would be (nearly) empty and explains why.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public SnapshotPreview preview(String courseId, LocalDate asOf) {
		Course course = contents.current(courseId).orElseThrow(() -> new SnapshotException("snapshot.unknown-course"));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (asOf.isAfter(LocalDate.ofInstant(now, TimeConfiguration.ZONE))) {
			throw new SnapshotException("snapshot.future");
		}
		Snapshot snapshot = compute(courseId, course.version().toString(), asOf, now);
		java.util.Map<SnapshotScope, Long> byScope = new java.util.EnumMap<>(SnapshotScope.class);
		snapshot.people().forEach(person -> byScope.merge(person.scope(), 1L, Long::sum));
		return new SnapshotPreview(snapshot.counted(), snapshot.excluded(), byScope);
	}

	/** Every snapshot, newest first. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<SnapshotSummary> list() {
		return jdbc.query("select * from compliance_snapshot order by id desc", this::summaryOf);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public SnapshotSummary summary(long id) {
		return jdbc.query("select * from compliance_snapshot where id = ?", this::summaryOf, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new SnapshotException("snapshot.not-found"));
	}

	/** The stored totals per department, in department-code and category order. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<SnapshotTotal> totals(long id) {
		return stored(id).totals();
	}

	/** The stored people, in employee-id order. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public List<SnapshotPerson> people(long id) {
		List<SnapshotPerson> people = stored(id).people();
		audit.record("snapshot.people-read", "snapshot:" + id);
		return people;
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public SnapshotFile xlsx(long id) {
		SnapshotSummary summary = summary(id);
		byte[] content = documents.xlsx(summary, stored(id));
		audit.record("snapshot.downloaded", "snapshot:" + id, AuditResult.SUCCESS, "xlsx");
		return new SnapshotFile(fileName(summary, "xlsx"), SnapshotFile.XLSX, content);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public SnapshotFile pdf(long id) {
		SnapshotSummary summary = summary(id);
		byte[] content = documents.pdf(summary, stored(id));
		audit.record("snapshot.downloaded", "snapshot:" + id, AuditResult.SUCCESS, "pdf");
		return new SnapshotFile(fileName(summary, "pdf"), SnapshotFile.PDF, content);
	}

	/**
	 * Checks that the stored rows still give the stored digest, and recomputes the
	 * snapshot from the stored history (with the moment it was taken) to see that it
	 * gives the same figures and digest. Audited with the outcome.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public SnapshotVerification verify(long id) {
		SnapshotSummary summary = summary(id);
		Snapshot stored = stored(id);
		Snapshot recomputed = compute(summary.courseId(), summary.courseVersion(), summary.asOf(),
				summary.recordedBy());
		String recomputedDigest = recomputed.digest();
		SnapshotVerification result = new SnapshotVerification(id, summary.digest(), recomputedDigest,
				stored.digest().equals(summary.digest()), recomputedDigest.equals(summary.digest()),
				stored.differences(recomputed));
		audit.record("snapshot.verified", "snapshot:" + id,
				result.intact() && result.reproduced() ? AuditResult.SUCCESS : AuditResult.FAILED,
				"intact=" + result.intact() + " reproduced=" + result.reproduced() + " differences="
						+ result.differences());
		return result;
	}

	// ---------------------------------------------------------------------------------

	/**
	 * The figures from the stored history: everyone the course had assigned before the
	 * end of the day, their scope and their status, and the totals per department.
	 */
	Snapshot compute(String courseId, String courseVersion, LocalDate asOf, Instant recordedBy) {
		List<EmployeeSummary> everyone = new ArrayList<>();
		long after = 0;
		while (true) {
			List<EmployeeSummary> page = employees.everyone(after, 1000);
			if (page.isEmpty()) {
				break;
			}
			everyone.addAll(page);
			after = page.getLast().id();
		}
		Map<Long, StatusAsOf> statuses = new TreeMap<>();
		assignments.statusesAsOf(courseId, asOf, recordedBy, everyone.stream().map(EmployeeSummary::id).toList())
			.forEach(status -> statuses.put(status.employeeId(), status));
		List<SnapshotPerson> people = new ArrayList<>();
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		Map<String, String> departmentNames = new TreeMap<>();
		for (EmployeeSummary person : everyone) {
			StatusAsOf status = statuses.get(person.id());
			if (status == null || !status.tracked()) {
				continue;
			}
			SnapshotScope scope = scope(person, status, asOf);
			people.add(new SnapshotPerson(person.id(), person.employeeNumber(), person.departmentCode(),
					person.departmentName(), scope, status.status(), status.dueOn(), status.lastCompletedOn(),
					status.validUntil()));
			String category = scope.counted() ? status.status().name() : SnapshotTotal.EXCLUDED + scope.name();
			departmentNames.put(person.departmentCode(), person.departmentName());
			counts.computeIfAbsent(person.departmentCode(), code -> new TreeMap<>()).merge(category, 1, Integer::sum);
		}
		List<SnapshotTotal> totals = new ArrayList<>();
		counts.forEach((code, byCategory) -> byCategory.forEach((category, number) -> totals
			.add(new SnapshotTotal(code, departmentNames.get(code), category, number))));
		return new Snapshot(courseId, courseVersion, asOf, recordedBy, people, totals);
	}

	static SnapshotScope scope(EmployeeSummary person, StatusAsOf status, LocalDate asOf) {
		if (person.startDate().isAfter(asOf)) {
			return SnapshotScope.NOT_YET_EMPLOYED;
		}
		if (person.hasLeft(asOf)) {
			return SnapshotScope.LEFT;
		}
		if (status.status() == AssignmentStatus.EXEMPT) {
			return SnapshotScope.EXEMPT;
		}
		if (status.status() == AssignmentStatus.DEFERRED) {
			return SnapshotScope.DEFERRED;
		}
		if (status.status() == AssignmentStatus.NOT_ASSIGNED) {
			return SnapshotScope.NOT_ASSIGNED;
		}
		return SnapshotScope.COUNTED;
	}

	private Snapshot stored(long id) {
		SnapshotSummary summary = summary(id);
		List<SnapshotPerson> people = jdbc.query(
				"select * from compliance_snapshot_person where snapshot_id = ? order by employee_id",
				(rs, n) -> new SnapshotPerson(rs.getLong("employee_id"), rs.getString("employee_number"),
						rs.getString("department_code"), rs.getString("department_name"),
						SnapshotScope.valueOf(rs.getString("scope")), AssignmentStatus.valueOf(rs.getString("status")),
						rs.getObject("due_on", LocalDate.class), rs.getObject("last_completed_on", LocalDate.class),
						rs.getObject("valid_until", LocalDate.class)),
				id);
		List<SnapshotTotal> totals = jdbc.query(
				"select * from compliance_snapshot_total where snapshot_id = ? order by department_code, category",
				(rs, n) -> new SnapshotTotal(rs.getString("department_code"), rs.getString("department_name"),
						rs.getString("category"), rs.getInt("people")),
				id);
		return new Snapshot(summary.courseId(), summary.courseVersion(), summary.asOf(), summary.recordedBy(), people,
				totals);
	}

	private SnapshotSummary summaryOf(ResultSet rs, int row) throws SQLException {
		return new SnapshotSummary(rs.getLong("id"), rs.getString("course_id"), rs.getString("course_version"),
				rs.getObject("as_of", LocalDate.class), rs.getObject("recorded_by", OffsetDateTime.class).toInstant(),
				rs.getInt("counted"), rs.getInt("excluded"), rs.getString("digest"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static String fileName(SnapshotSummary summary, String extension) {
		return "momentopname-" + summary.courseId() + "-" + summary.asOf() + "-" + summary.id() + "." + extension;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

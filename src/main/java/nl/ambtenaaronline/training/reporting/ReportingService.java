package nl.ambtenaaronline.training.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.learning.LearningHistory;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.SignedIn;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The reports: dashboard figures and the grid from database aggregates on reporting's
 * read model, exports streamed row by row, the drill-down on one person and "Mijn team".
 * HR, administrators and auditors see everyone; a manager only their team, status only.
 * Auditors read everything HR reads and change nothing (this service changes nothing but
 * its own read model).
 */
@Service
public class ReportingService {

	/** How many audit events the drill-down shows. */
	static final int TRAIL_LIMIT = 200;

	private final ReportQueries queries;

	private final ReadModel readModel;

	private final AssignmentService assignments;

	private final LearningRecords learning;

	private final CertificateService certificates;

	private final EmployeeService employees;

	private final ContentService contents;

	private final SettingsService settings;

	private final AccountService accounts;

	private final AuditService audit;

	private final MessageSource messages;

	private final Clock clock;

	ReportingService(ReportQueries queries, ReadModel readModel, AssignmentService assignments,
			LearningRecords learning, CertificateService certificates, EmployeeService employees,
			ContentService contents, SettingsService settings, AccountService accounts, AuditService audit,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.readModel = readModel;
		this.assignments = assignments;
		this.learning = learning;
		this.certificates = certificates;
		this.employees = employees;
		this.contents = contents;
		this.settings = settings;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The courses one can report on. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER })
	public List<Course> courses() {
		return contents.courses();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public List<DepartmentSummary> departments() {
		return employees.departments();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public Dashboard dashboard(ReportFilter filter) {
		return queries.dashboard(everyone(filter));
	}

	/**
	 * Of the filter's people who completed, how many did so online (and got a certificate
	 * of this application); the others completed in a classroom or before it.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public long completedOnline(ReportFilter filter) {
		return queries.completedOnline(everyone(filter));
	}

	/**
	 * Of the filter's people who must finish soon, how many have started (their status is
	 * "Binnenkort afronden", not "Bezig": the deadline comes first).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public long startedDueSoon(ReportFilter filter) {
		return queries.startedDueSoon(everyone(filter));
	}

	/**
	 * Per department code the earliest due date ahead of those not finished, within the
	 * filter.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public Map<String, LocalDate> nextDeadlines(ReportFilter filter) {
		return queries.nextDeadlines(everyone(filter));
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public long count(ReportFilter filter) {
		return queries.count(everyone(filter));
	}

	/** One page of the grid, sorted and paged in the database. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public List<ReportRow> page(ReportFilter filter, List<ReportSort> sort, int offset, int limit) {
		return queries.page(everyone(filter), sort, offset, Math.min(limit, 500));
	}

	/**
	 * The completion trend of the filter's course: per week the share completed, overall
	 * and for the filter's department if it names one, toward the due date most people
	 * have (the other parts of the filter do not apply: a trend of one status says
	 * nothing).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public CompletionTrend completionTrend(ReportFilter filter) {
		known(filter.courseId());
		return trend(filter);
	}

	private CompletionTrend trend(ReportFilter filter) {
		Map<String, String> names = new HashMap<>();
		List<TrendRules.Fact> facts = queries.trendFacts(filter.courseId(), names);
		String department = filter.departmentCode();
		return TrendRules.trend(filter.courseId(), facts, today(), department,
				department == null ? null : names.getOrDefault(department, department));
	}

	/**
	 * Streams the filtered view as CSV: UTF-8 with a byte order mark, comma or semicolon
	 * (Dutch Excel), formula-like cells neutralised. Audited with filter and row count.
	 * @return the number of rows written
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public long exportCsv(ReportFilter filter, List<ReportSort> sort, boolean semicolon, Locale locale,
			OutputStream out) {
		ReportQueries.Scope scope = everyone(filter);
		long rows = ReportExports.csv(out, semicolon ? ';' : ',', messages, locale,
				consumer -> queries.stream(scope, sort, consumer));
		audit.record("report.exported", "report:" + filter.courseId(), AuditResult.SUCCESS,
				"csv rows=" + rows + " " + filter.describe());
		return rows;
	}

	/**
	 * The people of the filter who must act, most urgent first, with their e-mail address
	 * and their manager's, as CSV (semicolon, UTF-8 with a byte order mark): for HR to
	 * reach them another way, e.g. while no mail server is configured or for who has no
	 * address. Without a status in the filter, those of "Actie nodig" (late, expired, at
	 * risk, out of attempts). Only HR and administrators; audited with filter and count.
	 * @return the number of people written
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public long exportContacts(ReportFilter filter, Locale locale, OutputStream out) {
		ReportFilter mustAct = filter.statuses().isEmpty() && !filter.attemptsUsedUp()
				? filter.withStatuses(ReportFilter.ACTION_NEEDED).withAttemptsUsedUp(true) : filter;
		List<ReportRow> rows = new ArrayList<>();
		queries.stream(everyone(mustAct), List.of(ReportSort.byUrgency()), rows::add);
		Map<Long, EmployeeSummary> people = summaries(rows.stream().map(ReportRow::employeeId).toList());
		Map<Long, EmployeeSummary> managers = summaries(
				people.values().stream().map(EmployeeSummary::managerId).filter(Objects::nonNull).distinct().toList());
		long written = ReportExports.contacts(out, messages, locale, rows, id -> {
			EmployeeSummary person = people.get(id);
			EmployeeSummary manager = person == null || person.managerId() == null ? null
					: managers.get(person.managerId());
			return new ReportExports.Contact(person == null ? null : person.email(),
					manager == null ? null : manager.displayName(), manager == null ? null : manager.email());
		});
		audit.record("report.contacts-exported", "report:" + filter.courseId(), AuditResult.SUCCESS,
				"csv rows=" + written + " " + mustAct.describe());
		return written;
	}

	/** The roster's people of these ids, read in chunks. */
	private Map<Long, EmployeeSummary> summaries(List<Long> ids) {
		Map<Long, EmployeeSummary> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			employees.findAllById(ids.subList(from, Math.min(ids.size(), from + 500)))
				.forEach(person -> found.put(person.id(), person));
		}
		return found;
	}

	/**
	 * Streams the filtered view as XLSX (SXSSF: flat memory), with a second sheet of the
	 * completion trend's figures. Audited likewise.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public long exportXlsx(ReportFilter filter, List<ReportSort> sort, Locale locale, OutputStream out) {
		ReportQueries.Scope scope = everyone(filter);
		long rows = ReportExports.xlsx(out, messages, locale, consumer -> queries.stream(scope, sort, consumer),
				trend(filter));
		audit.record("report.exported", "report:" + filter.courseId(), AuditResult.SUCCESS,
				"xlsx rows=" + rows + " " + filter.describe());
		return rows;
	}

	/**
	 * One person's record for HR, administrators and auditors; opening it is audited.
	 * Scores per rule group only for HR and administrators and only when the setting
	 * {@code reporting.show-scores} allows; otherwise passed/failed only.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public Optional<PersonReport> person(long employeeId) {
		Optional<EmployeeSummary> found = employees.findById(employeeId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		audit.record("report.person-opened", "employee:" + employeeId);
		List<AssignmentView> history = assignments.historyOf(employeeId);
		LearningHistory learned = learning.historyOf(employeeId);
		List<CertificateSummary> held = certificates.certificatesOf(employeeId);
		boolean scores = scoresShown();
		if (!scores) {
			learned = new LearningHistory(
					learned.attempts()
						.stream()
						.map(a -> new LearningHistory.Attempt(a.attemptId(), a.courseId(), a.courseVersion(), a.runNo(),
								a.attemptNo(), a.startedAt(), a.submittedAt(), null, a.passed(), Map.of()))
						.toList(),
					learned.scenarios()
						.stream()
						.map(p -> new LearningHistory.ScenarioPlay(p.courseId(), p.runNo(), p.scenarioId(), p.playNo(),
								p.startedAt(), p.finished(), 0, p.passed()))
						.toList());
		}
		Set<String> subjects = new LinkedHashSet<>();
		subjects.add("employee:" + employeeId);
		history.forEach(a -> subjects.add("assignment:" + a.id()));
		learned.attempts().forEach(a -> subjects.add("attempt:" + a.attemptId()));
		held.forEach(c -> {
			subjects.add("certificate:" + c.id());
			subjects.add("certificate:" + c.id() + " employee:" + employeeId);
		});
		return Optional
			.of(new PersonReport(found.get(), history, learned, held, audit.trailOf(subjects, TRAIL_LIMIT), scores));
	}

	/** Whether the signed-in user gets individual scores in the drill-down. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public boolean scoresShown() {
		boolean privileged = accounts.current().map(user -> user.has(Role.HR) || user.has(Role.ADMIN)).orElse(false);
		return privileged && settings.bool(ReportingConfiguration.SHOW_SCORES);
	}

	/**
	 * "Mijn team": the signed-in manager's direct reports (with the setting
	 * {@code reporting.team.include-indirect} everyone below them), status only. Scoped
	 * on the server: nobody outside the team, whatever the caller asks.
	 */
	@RolesAllowed(Roles.MANAGER)
	public List<ReportRow> team(String courseId, List<ReportSort> sort, int offset, int limit) {
		return queries.page(teamScope(courseId), sort, offset, Math.min(limit, 500));
	}

	@RolesAllowed(Roles.MANAGER)
	public long teamCount(String courseId) {
		return queries.count(teamScope(courseId));
	}

	@RolesAllowed(Roles.MANAGER)
	public Dashboard teamDashboard(String courseId) {
		return queries.dashboard(teamScope(courseId));
	}

	/** Re-reads these people into the read model (events, tests). */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public int refresh(Collection<Long> employeeIds) {
		return readModel.refresh(employeeIds);
	}

	/** Rebuilds the read model from the roster (start-up when empty, nightly, tests). */
	@RolesAllowed(Roles.ADMIN)
	public int rebuild() {
		return readModel.rebuild();
	}

	/**
	 * The status of everyone of a course as the SQL derives it (tests compare with Java).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public Map<Long, AssignmentStatus> statusesInDatabase(String courseId) {
		return queries.statuses(courseId, today(), assignments.dueSoonDays(courseId));
	}

	private ReportQueries.Scope everyone(ReportFilter filter) {
		known(filter.courseId());
		return new ReportQueries.Scope(filter, today(), assignments.dueSoonDays(filter.courseId()), null, false);
	}

	private ReportQueries.Scope teamScope(String courseId) {
		known(courseId);
		return new ReportQueries.Scope(ReportFilter.of(courseId), today(), assignments.dueSoonDays(courseId),
				SignedIn.requireEmployeeId(), settings.bool(ReportingConfiguration.TEAM_INDIRECT));
	}

	private void known(String courseId) {
		if (contents.current(courseId).isEmpty()) {
			throw new IllegalArgumentException("reporting.unknown-course");
		}
	}

	/** Today in Europe/Amsterdam, the day every status on the screens is for. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER })
	public LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
	}

	/**
	 * The at-risk ("due soon") window of a course in days: who has not finished within it
	 * counts as at risk.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER })
	public int dueSoonDays(String courseId) {
		return assignments.dueSoonDays(courseId);
	}

}

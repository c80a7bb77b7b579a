package nl.ambtenaaronline.training.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.learning.LearnerState;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.Savepoints;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must do which course by when. Nobody assigns people by hand: the planner decides
 * from the roster, the completions and the settings, on roster changes, on completion, on
 * a new course version and every night. HR can extend, defer, exempt and record a
 * classroom completion; every override is appended and audited.
 */
@Service
public class AssignmentService {

	private final JdbcTemplate jdbc;

	private final EmployeeService employees;

	private final LearningService learning;

	private final ContentService contents;

	private final SettingsService settings;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	private final Savepoints savepoints;

	private final ApplicationEventPublisher events;

	AssignmentService(JdbcTemplate jdbc, EmployeeService employees, LearningService learning, ContentService contents,
			SettingsService settings, AccountService accounts, AuditService audit, Clock clock, Savepoints savepoints,
			ApplicationEventPublisher events) {
		this.savepoints = savepoints;
		this.events = events;
		this.jdbc = jdbc;
		this.employees = employees;
		this.learning = learning;
		this.contents = contents;
		this.settings = settings;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in learner's assignments: per course the open one, else the latest. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public List<AssignmentView> mine() {
		long me = accounts.current()
			.map(CurrentUser::employeeId)
			.orElseThrow(() -> new AccessDeniedException("no user"));
		return current(me);
	}

	/** Someone's assignments per course (open, else latest), for HR and auditors. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AssignmentView> currentOf(long employeeId) {
		return current(employeeId);
	}

	/** Someone's whole assignment history, newest first. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AssignmentView> historyOf(long employeeId) {
		return rows("select * from assignment where employee_id = ? order by id desc", employeeId).stream()
			.map(row -> view(row, today()))
			.toList();
	}

	/** Brings the assignments of these people in line with the rules. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public int reconcile(Collection<Long> employeeIds) {
		if (employeeIds.isEmpty()) {
			return 0;
		}
		LocalDate today = today();
		int changes = 0;
		List<EmployeeSummary> people = employees.findAllById(employeeIds);
		for (Course course : contents.courses()) {
			AssignmentRules rules = rules(course.id());
			Map<Long, LearnerState> states = learning.learnerStates(course.id(),
					people.stream().map(EmployeeSummary::id).toList());
			for (EmployeeSummary person : people) {
				changes += apply(person, course, states.get(person.id()), rules, today);
			}
		}
		published(people.stream().map(EmployeeSummary::id).toList());
		return changes;
	}

	/**
	 * The facts behind the status per person and course (one per course loaded, also
	 * without an assignment), for reports that derive the status in the database. The
	 * chosen assignment is the open one, else the latest, as on every screen.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AssignmentFacts> factsOf(Collection<Long> employeeIds) {
		LocalDate today = today();
		List<AssignmentFacts> facts = new ArrayList<>();
		for (long employeeId : employeeIds) {
			for (Course course : contents.courses()) {
				List<Row> rows = rows(
						"select * from assignment where employee_id = ? and course_id = ? order by id desc", employeeId,
						course.id());
				Row chosen = rows.stream().filter(row -> row.closedOn() == null).findFirst().orElse(null);
				if (chosen == null && !rows.isEmpty()) {
					chosen = rows.getFirst();
				}
				if (chosen == null) {
					facts.add(new AssignmentFacts(employeeId, course.id(), false, null, null, null, false, null, null,
							false, AssignmentStatus.NOT_ASSIGNED));
					continue;
				}
				Derived derived = derive(chosen, today);
				facts.add(new AssignmentFacts(employeeId, course.id(), chosen.closedOn() == null, chosen.reason(),
						derived.due(), derived.deferred(), derived.exempt() != null, derived.lastCompletedOn(),
						derived.validUntil(), derived.started(), derived.status()));
			}
		}
		return facts;
	}

	/** The "due soon" window of a course, in days (a setting per course). */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER })
	public int dueSoonDays(String courseId) {
		return settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.DUE_SOON_DAYS));
	}

	/** Runs the planner for everyone on the roster; what the nightly job does. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public int reconcileAll() {
		int changes = 0;
		RosterFilter everyone = RosterFilter.all();
		long total = employees.count(everyone);
		for (int offset = 0; offset < total; offset += 500) {
			List<Long> ids = employees.find(everyone, offset, 500).stream().map(EmployeeSummary::id).toList();
			changes += reconcile(ids);
		}
		return changes;
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void extend(long assignmentId, LocalDate newDueOn) {
		AssignmentView assignment = openAssignment(assignmentId);
		if (!newDueOn.isAfter(assignment.dueOn())) {
			throw new IllegalArgumentException("assignment.extend-later");
		}
		override(assignmentId, "EXTEND", newDueOn, null, null);
		published(List.of(assignment.employeeId()));
		audit.record("assignment.extended", "assignment:" + assignmentId, AuditResult.SUCCESS,
				assignment.dueOn() + " -> " + newDueOn);
	}

	/**
	 * Defers until a date, e.g. for long leave; no reason is asked (that would be health
	 * data).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void defer(long assignmentId, LocalDate until) {
		AssignmentView assignment = openAssignment(assignmentId);
		if (!until.isAfter(today())) {
			throw new IllegalArgumentException("assignment.defer-future");
		}
		override(assignmentId, "DEFER", until, null, null);
		published(List.of(assignment.employeeId()));
		audit.record("assignment.deferred", "assignment:" + assignmentId, AuditResult.SUCCESS, "until " + until);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void exempt(long assignmentId, String reason) {
		AssignmentView assignment = openAssignment(assignmentId);
		if (reason.isBlank()) {
			throw new IllegalArgumentException("assignment.exempt-reason");
		}
		override(assignmentId, "EXEMPT", null, reason.strip(), null);
		published(List.of(assignment.employeeId()));
		audit.record("assignment.exempted", "assignment:" + assignmentId);
	}

	/** A completion given in a classroom; it counts as completed on that date. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void recordClassroom(long employeeId, String courseId, LocalDate completedOn, String trainer) {
		Course course = contents.current(courseId).orElseThrow(() -> new IllegalArgumentException("unknown course"));
		if (completedOn.isAfter(today())) {
			throw new IllegalArgumentException("assignment.classroom-future");
		}
		if (trainer.isBlank()) {
			throw new IllegalArgumentException("assignment.classroom-trainer");
		}
		jdbc.update(
				"insert into classroom_completion (employee_id, course_id, completed_on, course_version, trainer, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
				employeeId, courseId, completedOn, course.version().toString(), trainer.strip(), actor(), now());
		audit.record("assignment.classroom-completion", "employee:" + employeeId, AuditResult.SUCCESS,
				courseId + " on " + completedOn);
		reconcile(List.of(employeeId));
	}

	// ---------------------------------------------------------------------------------

	record Row(long id, long employeeId, String courseId, AssignmentReason reason, LocalDate assignedOn,
			LocalDate dueOn, @Nullable LocalDate closedOn, @Nullable String closedReason, Instant createdAt) {
	}

	private List<AssignmentView> current(long employeeId) {
		LocalDate today = today();
		List<AssignmentView> views = new ArrayList<>();
		for (Course course : contents.courses()) {
			List<Row> rows = rows("select * from assignment where employee_id = ? and course_id = ? order by id desc",
					employeeId, course.id());
			Optional<Row> chosen = rows.stream().filter(row -> row.closedOn() == null).findFirst();
			if (chosen.isEmpty() && !rows.isEmpty()) {
				chosen = Optional.of(rows.getFirst());
			}
			chosen.ifPresent(row -> views.add(view(row, today)));
		}
		return views;
	}

	private int apply(EmployeeSummary person, Course course, @Nullable LearnerState state, AssignmentRules rules,
			LocalDate today) {
		// one decision at a time per person: a listener and the nightly job may meet here
		savepoints.insertUnlessDuplicate(
				() -> jdbc.update("insert into assignment_lock (employee_id) values (?)", person.id()));
		jdbc.queryForList("select employee_id from assignment_lock where employee_id = ? for update", Long.class,
				person.id());
		Completion last = lastCompletion(person.id(), course.id(), state);
		List<Row> open = rows("select * from assignment where employee_id = ? and course_id = ? and closed_on is null",
				person.id(), course.id());
		Row current = open.isEmpty() ? null : open.getFirst();
		List<AssignmentPlanner.Action> actions = AssignmentPlanner.plan(person.startDate(), person.endDate(),
				current == null ? null : new AssignmentPlanner.Open(current.reason(), current.createdAt()),
				last == null ? null : last.at(), last == null ? null : last.on(), last == null ? null : last.major(),
				course.version().major(), course.certificate().validityMonths(), rules, today);
		for (AssignmentPlanner.Action action : actions) {
			switch (action) {
				case AssignmentPlanner.Close close -> {
					if (current != null) {
						jdbc.update(
								"update assignment set closed_on = ?, closed_reason = ? where id = ? and closed_on is null",
								today, close.reason(), current.id());
						audit.record("assignment.closed", "assignment:" + current.id(), AuditResult.SUCCESS,
								close.reason());
					}
				}
				case AssignmentPlanner.Create create -> {
					jdbc.update(
							"insert into assignment (employee_id, course_id, reason, assigned_on, due_on, created_at) values (?, ?, ?, ?, ?, ?)",
							person.id(), course.id(), create.reason().name(), today, create.dueOn(), now());
					audit.record("assignment.created", "employee:" + person.id(), AuditResult.SUCCESS,
							course.id() + " " + create.reason() + " due " + create.dueOn());
				}
			}
		}
		return actions.size();
	}

	/** The last completion, online or in a classroom. */
	private record Completion(Instant at, LocalDate on, int major) {
	}

	private @Nullable Completion lastCompletion(long employeeId, String courseId, @Nullable LearnerState state) {
		Instant passedAt = state == null ? null : state.lastPassedAt();
		Completion online = passedAt == null ? null : new Completion(passedAt,
				LocalDate.ofInstant(passedAt, TimeConfiguration.ZONE),
				SemanticVersion.tryParse(String.valueOf(state.lastVersion())).map(SemanticVersion::major).orElse(0));
		Completion classroom = jdbc.query(
				"select completed_on, course_version, created_at from classroom_completion where employee_id = ? and course_id = ? order by completed_on desc, id desc",
				(rs, row) -> new Completion(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						rs.getObject("completed_on", LocalDate.class),
						SemanticVersion.tryParse(rs.getString("course_version")).map(SemanticVersion::major).orElse(0)),
				employeeId, courseId)
			.stream()
			.findFirst()
			.orElse(null);
		if (online == null) {
			return classroom;
		}
		if (classroom == null) {
			return online;
		}
		return classroom.at().isAfter(online.at()) ? classroom : online;
	}

	/** Tells listeners (reports) whose assignments may have changed. */
	private void published(List<Long> employeeIds) {
		List<Long> ids = List.copyOf(new HashSet<>(employeeIds));
		for (int from = 0; from < ids.size(); from += AssignmentsChanged.MAX_IDS) {
			events.publishEvent(new AssignmentsChanged(
					Set.copyOf(ids.subList(from, Math.min(ids.size(), from + AssignmentsChanged.MAX_IDS)))));
		}
	}

	/** What the status of one assignment row is derived from, and the status. */
	private record Derived(List<AssignmentView.Override> overrides, LocalDate due, @Nullable LocalDate deferred,
			@Nullable String exempt, @Nullable LocalDate lastCompletedOn, @Nullable LocalDate validUntil,
			boolean started, AssignmentStatus status) {
	}

	private AssignmentView view(Row row, LocalDate today) {
		Derived derived = derive(row, today);
		return new AssignmentView(row.id(), row.employeeId(), row.courseId(), row.reason(), row.assignedOn(),
				derived.due(), row.closedOn(), row.closedReason(), derived.status(), derived.deferred(),
				derived.exempt(), derived.lastCompletedOn(), derived.validUntil(), derived.overrides());
	}

	private Derived derive(Row row, LocalDate today) {
		List<AssignmentView.Override> overrides = jdbc.query(
				"select * from assignment_override where assignment_id = ? order by id",
				(rs, n) -> new AssignmentView.Override(rs.getString("kind"), rs.getObject("until_on", LocalDate.class),
						rs.getString("reason"), rs.getString("created_by"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant()),
				row.id());
		LocalDate due = row.dueOn();
		LocalDate deferred = null;
		String exempt = null;
		for (AssignmentView.Override override : overrides) {
			switch (override.kind()) {
				case "EXTEND" -> due = override.until();
				case "DEFER" -> deferred = override.until();
				case "EXEMPT" -> exempt = override.reason();
				default -> {
				}
			}
		}
		Course course = contents.current(row.courseId()).orElse(null);
		LearnerState state = learning.learnerStates(row.courseId(), List.of(row.employeeId())).get(row.employeeId());
		Completion last = lastCompletion(row.employeeId(), row.courseId(), state);
		LocalDate validUntil = last == null || course == null ? null
				: last.on().plusMonths(course.certificate().validityMonths());
		boolean started = state != null && state.latestRunStartedAt() != null
				&& !LocalDate.ofInstant(state.latestRunStartedAt(), TimeConfiguration.ZONE).isBefore(row.assignedOn());
		AssignmentStatus status = StatusRules.status(row.closedOn() == null, due, exempt != null, deferred,
				last == null ? null : last.on(), validUntil, started, today, rules(row.courseId()).dueSoonDays());
		return new Derived(overrides, due, deferred, exempt, last == null ? null : last.on(), validUntil, started,
				status);
	}

	private AssignmentView openAssignment(long assignmentId) {
		Row row = rows("select * from assignment where id = ?", assignmentId).stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("assignment.not-found"));
		if (row.closedOn() != null) {
			throw new IllegalArgumentException("assignment.closed");
		}
		return view(row, today());
	}

	private void override(long assignmentId, String kind, @Nullable LocalDate until, @Nullable String reason,
			@Nullable String trainer) {
		jdbc.update(
				"insert into assignment_override (assignment_id, kind, until_on, reason, trainer, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
				assignmentId, kind, until, reason, trainer, actor(), now());
	}

	/**
	 * The rules of one course; the go-live date is fixed to today the first time it is
	 * needed.
	 */
	AssignmentRules rules(String courseId) {
		LocalDate today = today();
		String goLiveKey = AssignmentConfiguration.key(courseId, AssignmentConfiguration.GO_LIVE);
		LocalDate goLive = settings.date(goLiveKey).orElseGet(() -> {
			settings.update(goLiveKey, today.toString());
			return today;
		});
		return new AssignmentRules(
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.NEW_HIRE_DAYS)), goLive,
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.ROLLOUT_DAYS)),
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.REFRESHER_MONTHS)),
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.RECERTIFY_DAYS)),
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.DUE_SOON_DAYS)));
	}

	private List<Row> rows(String sql, Object... args) {
		return jdbc.query(sql, this::row, args);
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("course_id"),
				AssignmentReason.valueOf(rs.getString("reason")), rs.getObject("assigned_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getString("closed_reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
	}

	private OffsetDateTime now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private String actor() {
		return accounts.current().map(user -> "account:" + user.accountId()).orElse("system");
	}

}

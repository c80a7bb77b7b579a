package nl.ambtenaaronline.training.assignment;

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
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.learning.LearnerState;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.Savepoints;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.TransientRetry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who must do which course by when. Nobody assigns people by hand: the planner decides
 * from the roster, the completions and the settings, on roster changes, on completion, on
 * a new course version and every night. HR can extend, defer, exempt and record a
 * classroom completion; every override is appended and audited.
 */
@Service
public class AssignmentService {

	/**
	 * The message key of a refused extension, deferral, exemption, extra attempt or
	 * classroom completion for oneself.
	 */
	public static final String OWN_RECORD = "assignment.own-record";

	/** How many days a suggested extension gives. */
	static final int EXTENSION_DAYS = 30;

	private final JdbcTemplate jdbc;

	private final EmployeeService employees;

	private final LearningRecords learning;

	private final ContentService contents;

	private final SettingsService settings;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	private final Savepoints savepoints;

	private final AssignmentRecords records;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	AssignmentService(JdbcTemplate jdbc, EmployeeService employees, LearningRecords learning, ContentService contents,
			SettingsService settings, AccountService accounts, AuditService audit, Clock clock, Savepoints savepoints,
			ApplicationEventPublisher events, TransactionTemplate transactions, AssignmentRecords records) {
		this.records = records;
		this.transactions = transactions;
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
		return records.current(me, today());
	}

	/** Someone's assignments per course (open, else latest), for HR and auditors. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AssignmentView> currentOf(long employeeId) {
		return records.current(employeeId, today());
	}

	/** Someone's whole assignment history, newest first. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AssignmentView> historyOf(long employeeId) {
		return records.rows("select * from assignment where employee_id = ? order by id desc", employeeId)
			.stream()
			.map(row -> records.view(row, today()))
			.toList();
	}

	/**
	 * One page of the open assignments (by id), each with its status as of the given day:
	 * for reminders, which decide on their own clock.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<AssignmentView> openAsOf(LocalDate day, long afterId, int limit) {
		return records
			.rows("select * from assignment where closed_on is null and id > ? order by id limit ?", afterId,
					Math.max(limit, 1))
			.stream()
			.map(row -> records.view(row, day))
			.toList();
	}

	/** The open assignments of these people, each with its status as of the given day. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<AssignmentView> openOfAsOf(Collection<Long> employeeIds, LocalDate day) {
		List<AssignmentView> views = new ArrayList<>();
		for (long employeeId : employeeIds) {
			records.rows("select * from assignment where closed_on is null and employee_id = ? order by id", employeeId)
				.forEach(row -> views.add(records.view(row, day)));
		}
		return views;
	}

	/**
	 * The status of these people for one course as it stood at the end of {@code asOf}
	 * (Europe/Amsterdam), derived from the stored history with the same rules as today's
	 * status: the assignment open on that day, the overrides made by then, the last
	 * completion on or before that day and the run started by then. Only what was
	 * recorded by {@code recordedBy} counts, so the answer never changes afterwards: a
	 * classroom completion dated on or before that day counts when it was recorded by
	 * then; everything else counts from the moment it was recorded. One set of queries
	 * for everyone, not one per person.
	 * @param recordedBy the moment of the database state to use, e.g. when a snapshot was
	 * taken
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<StatusAsOf> statusesAsOf(String courseId, LocalDate asOf, Instant recordedBy,
			Collection<Long> employeeIds) {
		return records.statusesAsOf(courseId, asOf, recordedBy, employeeIds);
	}

	/**
	 * Brings the assignments of these people in line with the rules. One decision at a
	 * time per person: a listener, the nightly run and HR may meet here, so each person's
	 * lock row is taken first, all of them in ascending order before anything else is
	 * written (audit events included), which cannot deadlock.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public int reconcile(Collection<Long> employeeIds) {
		if (employeeIds.isEmpty()) {
			return 0;
		}
		List<Long> ids = employeeIds.stream().distinct().sorted().toList();
		savepoints.lockInOrder("assignment_lock", ids);
		LocalDate today = today();
		int changes = 0;
		List<EmployeeSummary> people = employees.findAllById(ids);
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
				List<AssignmentRecords.Row> rows = records.rows(
						"select * from assignment where employee_id = ? and course_id = ? order by id desc", employeeId,
						course.id());
				AssignmentRecords.Row chosen = rows.stream()
					.filter(row -> row.closedOn() == null)
					.findFirst()
					.orElse(null);
				if (chosen == null && !rows.isEmpty()) {
					chosen = rows.getFirst();
				}
				if (chosen == null) {
					facts.add(new AssignmentFacts(employeeId, course.id(), false, null, null, null, false, null, null,
							false, AssignmentStatus.NOT_ASSIGNED, false));
					continue;
				}
				List<AssignmentView.Override> overrides = records.overridesOf(chosen.id());
				LearnerState state = learning.learnerStates(course.id(), List.of(employeeId)).get(employeeId);
				AssignmentRecords.Completion last = records.lastCompletion(employeeId, course.id(), state);
				AssignmentRecords.Derived derived = AssignmentRecords.derive(chosen.closedOn() == null ? chosen : null,
						overrides, last, course, state, today, rules(course.id()).dueSoonDays());
				facts.add(new AssignmentFacts(employeeId, course.id(), chosen.closedOn() == null, chosen.reason(),
						derived.dueOn() == null ? chosen.dueOn() : derived.dueOn(), derived.deferredUntil(),
						derived.exemptReason() != null, last == null ? null : last.on(), derived.validUntil(),
						derived.started(), derived.status(), last != null && last.online()));
			}
		}
		return facts;
	}

	/**
	 * The "due soon" window of a course, in days (a setting per course); learners see
	 * from when their repeat is due.
	 */
	@RolesAllowed({ Roles.EMPLOYEE, Roles.HR, Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER })
	public int dueSoonDays(String courseId) {
		return records.dueSoonDays(courseId);
	}

	/**
	 * Runs the planner for everyone on the roster; what the nightly job does. Each block
	 * of people is a transaction of its own (short locks; what is done stays done), run
	 * again after a passing database failure.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public int reconcileAll() {
		int changes = 0;
		RosterFilter everyone = RosterFilter.all();
		long total = employees.count(everyone);
		for (int offset = 0; offset < total; offset += 500) {
			List<Long> ids = employees.find(everyone, offset, 500).stream().map(EmployeeSummary::id).toList();
			Integer changed = TransientRetry.call("assignments of everyone, block at " + offset,
					() -> transactions.execute(status -> reconcile(ids)));
			changes += changed == null ? 0 : changed;
		}
		return changes;
	}

	/**
	 * Moves the due date of an open assignment to a later day in the future, for a reason
	 * from the fixed list (with a note for {@link OverrideReason#OTHER}); the reason code
	 * goes into the audit log, the note stays with the override.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void extend(long assignmentId, LocalDate newDueOn, OverrideReason reason, String note) {
		AssignmentView assignment = openAssignment(assignmentId);
		notOwnRecord(assignment.employeeId());
		if (!newDueOn.isAfter(today())) {
			throw new IllegalArgumentException("assignment.extend-future");
		}
		if (!newDueOn.isAfter(assignment.dueOn())) {
			throw new IllegalArgumentException("assignment.extend-later");
		}
		String stored = reasoned(reason, note);
		override(assignmentId, "EXTEND", newDueOn, stored, null);
		published(List.of(assignment.employeeId()));
		audit.record("assignment.extended", "assignment:" + assignmentId, AuditResult.SUCCESS,
				assignment.dueOn() + " -> " + newDueOn + " reason=" + reason);
	}

	/**
	 * Defers until a date in the future, e.g. for long leave, for a reason from the fixed
	 * list: never the nature of the leave (that would be health data).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void defer(long assignmentId, LocalDate until, OverrideReason reason, String note) {
		AssignmentView assignment = openAssignment(assignmentId);
		notOwnRecord(assignment.employeeId());
		if (!until.isAfter(today())) {
			throw new IllegalArgumentException("assignment.defer-future");
		}
		String stored = reasoned(reason, note);
		override(assignmentId, "DEFER", until, stored, null);
		published(List.of(assignment.employeeId()));
		audit.record("assignment.deferred", "assignment:" + assignmentId, AuditResult.SUCCESS,
				"until " + until + " reason=" + reason);
	}

	/**
	 * A sensible new due date for an extension: 30 days after today or after the current
	 * due date, whichever is later.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public LocalDate suggestedExtension(LocalDate currentDueOn) {
		LocalDate today = today();
		return (currentDueOn.isAfter(today) ? currentDueOn : today).plusDays(EXTENSION_DAYS);
	}

	/** A sensible date to defer until: three months from today. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public LocalDate suggestedDeferral() {
		return today().plusMonths(3);
	}

	private static String reasoned(OverrideReason reason, String note) {
		String clean = note.strip();
		if (reason == OverrideReason.OTHER && clean.isEmpty()) {
			throw new IllegalArgumentException("assignment.reason-note");
		}
		if (clean.length() > OverrideReason.NOTE_MAX) {
			throw new IllegalArgumentException("assignment.reason-note-long");
		}
		return reason.stored(clean);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void exempt(long assignmentId, String reason) {
		AssignmentView assignment = openAssignment(assignmentId);
		notOwnRecord(assignment.employeeId());
		if (reason.isBlank()) {
			throw new IllegalArgumentException("assignment.exempt-reason");
		}
		override(assignmentId, "EXEMPT", null, reason.strip(), null);
		published(List.of(assignment.employeeId()));
		events.publishEvent(
				new AssignmentExempted(assignmentId, assignment.employeeId(), assignment.courseId(), clock.instant()));
		audit.record("assignment.exempted", "assignment:" + assignmentId);
	}

	/** A completion given in a classroom; it counts as completed on that date. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void recordClassroom(long employeeId, String courseId, LocalDate completedOn, String trainer) {
		Course course = contents.current(courseId).orElseThrow(() -> new IllegalArgumentException("unknown course"));
		notOwnRecord(employeeId);
		if (completedOn.isAfter(today())) {
			throw new IllegalArgumentException("assignment.classroom-future");
		}
		if (trainer.isBlank()) {
			throw new IllegalArgumentException("assignment.classroom-trainer");
		}
		jdbc.update(
				"insert into classroom_completion (employee_id, course_id, completed_on, course_version, trainer, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
				employeeId, courseId, completedOn, course.version().toString(), trainer.strip(), actor(), now());
		// the person's lock before the audit event's: see reconcile
		reconcile(List.of(employeeId));
		audit.record("assignment.classroom-completion", "employee:" + employeeId, AuditResult.SUCCESS,
				courseId + " on " + completedOn);
	}

	/**
	 * Refuses an extension, deferral, exemption or classroom completion for oneself: HR
	 * and administrators would otherwise move or declare done their own duty. A colleague
	 * records it.
	 */
	private void notOwnRecord(long employeeId) {
		if (SignedIn.isMe(employeeId)) {
			throw new IllegalArgumentException(OWN_RECORD);
		}
	}

	// ---------------------------------------------------------------------------------

	private int apply(EmployeeSummary person, Course course, @Nullable LearnerState state, AssignmentRules rules,
			LocalDate today) {
		AssignmentRecords.Completion last = records.lastCompletion(person.id(), course.id(), state);
		List<AssignmentRecords.Row> open = records.rows(
				"select * from assignment where employee_id = ? and course_id = ? and closed_on is null", person.id(),
				course.id());
		AssignmentRecords.Row current = open.isEmpty() ? null : open.getFirst();
		List<AssignmentPlanner.Action> actions = AssignmentPlanner.plan(person.startDate(), person.endDate(),
				current == null ? null : new AssignmentPlanner.Open(current.reason(), current.createdAt()),
				last == null ? null : last.at(), last == null ? null : last.on(), last == null ? null : last.major(),
				course.version().major(),
				course.deltaRecord()
					.filter(delta -> last != null && last.online())
					.map(delta -> delta.from().major())
					.orElse(null),
				course.certificate().validityMonths(), rules, today);
		for (AssignmentPlanner.Action action : actions) {
			switch (action) {
				case AssignmentPlanner.Close close -> {
					if (current != null) {
						jdbc.update(
								"update assignment set closed_on = ?, closed_reason = ?, closed_at = ? where id = ? and closed_on is null",
								today, close.reason(), now(), current.id());
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

	/** Tells listeners (reports) whose assignments may have changed. */
	private void published(List<Long> employeeIds) {
		List<Long> ids = List.copyOf(new HashSet<>(employeeIds));
		for (int from = 0; from < ids.size(); from += AssignmentsChanged.MAX_IDS) {
			events.publishEvent(new AssignmentsChanged(
					Set.copyOf(ids.subList(from, Math.min(ids.size(), from + AssignmentsChanged.MAX_IDS)))));
		}
	}

	private AssignmentView openAssignment(long assignmentId) {
		AssignmentRecords.Row row = records.rows("select * from assignment where id = ?", assignmentId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("assignment.not-found"));
		if (row.closedOn() != null) {
			throw new IllegalArgumentException("assignment.closed");
		}
		return records.view(row, today());
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
		LocalDate goLive = settings.date(goLiveKey)
			.orElseGet(() -> LocalDate.parse(settings.initialise(goLiveKey, today.toString())));
		return new AssignmentRules(
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.NEW_HIRE_DAYS)), goLive,
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.ROLLOUT_DAYS)),
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.REFRESHER_MONTHS)),
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.RECERTIFY_DAYS)),
				settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.DUE_SOON_DAYS)));
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

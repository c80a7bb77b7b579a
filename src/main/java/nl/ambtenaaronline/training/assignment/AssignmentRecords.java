package nl.ambtenaaronline.training.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.learning.LearnerState;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the assignment rows, their overrides and the last completion, and derives the
 * status from them: the one derivation behind every screen, report and reminder. Called
 * inside the transactions of {@link AssignmentService}; checks no access itself.
 */
@Component
class AssignmentRecords {

	private final JdbcTemplate jdbc;

	private final LearningRecords learning;

	private final ContentService contents;

	private final SettingsService settings;

	AssignmentRecords(JdbcTemplate jdbc, LearningRecords learning, ContentService contents, SettingsService settings) {
		this.jdbc = jdbc;
		this.learning = learning;
		this.contents = contents;
		this.settings = settings;
	}

	record Row(long id, long employeeId, String courseId, AssignmentReason reason, LocalDate assignedOn,
			LocalDate dueOn, @Nullable LocalDate closedOn, @Nullable String closedReason, Instant createdAt) {
	}

	/**
	 * The last completion, online or in a classroom.
	 *
	 * @param online whether it was completed online (only that shows the learning path
	 * the delta path rests on)
	 */
	record Completion(Instant at, LocalDate on, int major, boolean online) {
	}

	/**
	 * What the overrides, the last completion and the latest run make of an assignment.
	 */
	record Derived(AssignmentStatus status, @Nullable LocalDate dueOn, @Nullable LocalDate deferredUntil,
			@Nullable String exemptReason, @Nullable LocalDate validUntil, boolean started) {
	}

	/** Someone's assignments per course: the open one, else the latest. */
	List<AssignmentView> current(long employeeId, LocalDate today) {
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

	@Nullable Completion lastCompletion(long employeeId, String courseId, @Nullable LearnerState state) {
		Completion classroom = jdbc.query(
				"select completed_on, course_version, created_at from classroom_completion where employee_id = ? and course_id = ? order by completed_on desc, id desc",
				this::classroom, employeeId, courseId)
			.stream()
			.findFirst()
			.orElse(null);
		return later(online(state), classroom);
	}

	Completion classroom(ResultSet rs, int row) throws SQLException {
		return new Completion(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("completed_on", LocalDate.class),
				SemanticVersion.tryParse(rs.getString("course_version")).map(SemanticVersion::major).orElse(0), false);
	}

	static @Nullable Completion online(@Nullable LearnerState state) {
		Instant passedAt = state == null ? null : state.lastPassedAt();
		return passedAt == null ? null : new Completion(passedAt, LocalDate.ofInstant(passedAt, TimeConfiguration.ZONE),
				SemanticVersion.tryParse(String.valueOf(state.lastVersion())).map(SemanticVersion::major).orElse(0),
				true);
	}

	/** The later of an online and a classroom completion. */
	static @Nullable Completion later(@Nullable Completion online, @Nullable Completion classroom) {
		if (online == null) {
			return classroom;
		}
		if (classroom == null) {
			return online;
		}
		return classroom.at().isAfter(online.at()) ? classroom : online;
	}

	AssignmentView view(Row row, LocalDate today, int dueSoonDays) {
		List<AssignmentView.Override> overrides = jdbc
			.query("select * from assignment_override where assignment_id = ? order by id", this::override, row.id());
		Course course = contents.current(row.courseId()).orElse(null);
		LearnerState state = learning.learnerStates(row.courseId(), List.of(row.employeeId())).get(row.employeeId());
		Completion last = lastCompletion(row.employeeId(), row.courseId(), state);
		Derived derived = derive(row.closedOn() == null ? row : null, overrides, last, course, state, today,
				dueSoonDays);
		return new AssignmentView(row.id(), row.employeeId(), row.courseId(), row.reason(), row.assignedOn(),
				derived.dueOn() == null ? row.dueOn() : derived.dueOn(), row.closedOn(), row.closedReason(),
				derived.status(), derived.deferredUntil(), derived.exemptReason(), last == null ? null : last.on(),
				derived.validUntil(), overrides);
	}

	AssignmentView view(Row row, LocalDate today) {
		return view(row, today, dueSoonDays(row.courseId()));
	}

	/** The "due soon" (at-risk) window of a course, in days (a setting per course). */
	int dueSoonDays(String courseId) {
		return settings.integer(AssignmentConfiguration.key(courseId, AssignmentConfiguration.DUE_SOON_DAYS));
	}

	/**
	 * The one derivation of the status, for today's screens and for a past day alike.
	 * @param open the assignment open on that day, if any
	 * @param overrides its overrides made by then, oldest first
	 */
	static Derived derive(@Nullable Row open, List<AssignmentView.Override> overrides, @Nullable Completion last,
			@Nullable Course course, @Nullable LearnerState state, LocalDate today, int dueSoonDays) {
		LocalDate due = open == null ? null : open.dueOn();
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
		LocalDate validUntil = last == null || course == null ? null
				: last.on().plusMonths(course.certificate().validityMonths());
		boolean started = open != null && state != null && state.latestRunStartedAt() != null
				&& !LocalDate.ofInstant(state.latestRunStartedAt(), TimeConfiguration.ZONE).isBefore(open.assignedOn());
		AssignmentStatus status = StatusRules.status(open != null, due, exempt != null, deferred,
				last == null ? null : last.on(), validUntil, started, today, dueSoonDays);
		return new Derived(status, due, deferred, exempt, validUntil, started);
	}

	/**
	 * The status of these people for one course as it stood at the end of {@code asOf}:
	 * see {@link AssignmentService#statusesAsOf}. One set of queries for everyone, not
	 * one per person.
	 */
	List<StatusAsOf> statusesAsOf(String courseId, LocalDate asOf, Instant recordedBy, Collection<Long> employeeIds) {
		Course course = contents.current(courseId).orElseThrow(() -> new IllegalArgumentException("unknown course"));
		Instant endOfDay = asOf.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
		Instant cutoff = endOfDay.isBefore(recordedBy) ? endOfDay : recordedBy;
		OffsetDateTime cut = cutoff.minusNanos(1000).atOffset(ZoneOffset.UTC);
		OffsetDateTime recorded = recordedBy.atOffset(ZoneOffset.UTC);
		Map<Long, Row> open = new java.util.HashMap<>();
		jdbc.query("""
				select * from assignment where course_id = ? and assigned_on <= ? and created_at <= ?
				and (closed_on is null or closed_on > ? or closed_at > ?) order by id""", (ResultSet rs) -> {
			Row row = row(rs, 0);
			open.put(row.employeeId(), row);
		}, courseId, asOf, cut, asOf, recorded);
		java.util.Set<Long> tracked = new java.util.HashSet<>(
				jdbc.queryForList("select distinct employee_id from assignment where course_id = ? and created_at <= ?",
						Long.class, courseId, cut));
		Map<Long, List<AssignmentView.Override>> overrides = new java.util.HashMap<>();
		jdbc.query("""
				select o.* from assignment_override o join assignment a on a.id = o.assignment_id
				where a.course_id = ? and o.created_at <= ? order by o.id""", (ResultSet rs) -> {
			overrides.computeIfAbsent(rs.getLong("assignment_id"), id -> new ArrayList<>()).add(override(rs, 0));
		}, courseId, cut);
		Map<Long, Completion> classroom = new java.util.HashMap<>();
		jdbc.query("""
				select employee_id, completed_on, course_version, created_at from classroom_completion
				where course_id = ? and completed_on <= ? and created_at <= ? order by completed_on, id""",
				(ResultSet rs) -> {
					classroom.put(rs.getLong("employee_id"), classroom(rs, 0));
				}, courseId, asOf, recorded);
		Map<Long, LearnerState> states = learning.learnerStatesAsOf(courseId, cutoff, recordedBy);
		int dueSoonDays = dueSoonDays(courseId);
		List<StatusAsOf> statuses = new ArrayList<>();
		for (long employeeId : employeeIds) {
			Row row = open.get(employeeId);
			LearnerState state = states.get(employeeId);
			Completion last = later(online(state), classroom.get(employeeId));
			Derived derived = derive(row, row == null ? List.of() : overrides.getOrDefault(row.id(), List.of()), last,
					course, state, asOf, dueSoonDays);
			statuses.add(new StatusAsOf(employeeId, courseId, asOf, tracked.contains(employeeId), derived.status(),
					row == null ? null : row.reason(), derived.dueOn(), last == null ? null : last.on(),
					derived.validUntil()));
		}
		return statuses;
	}

	AssignmentView.Override override(ResultSet rs, int n) throws SQLException {
		return new AssignmentView.Override(rs.getString("kind"), rs.getObject("until_on", LocalDate.class),
				rs.getString("reason"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	List<AssignmentView.Override> overridesOf(long assignmentId) {
		return jdbc.query("select * from assignment_override where assignment_id = ? order by id", this::override,
				assignmentId);
	}

	List<Row> rows(String sql, Object... args) {
		return jdbc.query(sql, this::row, args);
	}

	Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("course_id"),
				AssignmentReason.valueOf(rs.getString("reason")), rs.getObject("assigned_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getString("closed_reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}

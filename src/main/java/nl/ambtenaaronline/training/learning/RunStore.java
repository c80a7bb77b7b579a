package nl.ambtenaaronline.training.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.shared.Savepoints;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL and row mapping of runs (enrolments), lessons read, completions and extra attempts.
 * Callers own the transaction.
 */
@Component
class RunStore {

	private static final String RUN = "select e.*, (select count(*) from completion c where c.enrolment_id = e.id) as done from enrolment e ";

	private static final String COMPLETION = "select c.*, e.refresher, e.delta from completion c join enrolment e on e.id = c.enrolment_id ";

	private final JdbcTemplate jdbc;

	private final Savepoints savepoints;

	RunStore(JdbcTemplate jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	Optional<Run> latest(long employeeId, String courseId) {
		return jdbc
			.query(RUN + "where e.employee_id = ? and e.course_id = ? order by e.run_no desc limit 1", RunStore::run,
					employeeId, courseId)
			.stream()
			.findFirst();
	}

	Run byId(long id) {
		return jdbc.queryForObject(RUN + "where e.id = ?", RunStore::run, id);
	}

	List<Run> allOf(long employeeId) {
		return jdbc.query(RUN + "where e.employee_id = ? order by e.course_id, e.run_no", RunStore::run, employeeId);
	}

	/** Inserts a run; a duplicate (the other window started it a moment ago) is fine. */
	void insert(long employeeId, String courseId, int runNo, String version, boolean refresher, boolean delta,
			OffsetDateTime now) {
		savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into enrolment (employee_id, course_id, run_no, course_version, refresher, delta, started_at) values (?, ?, ?, ?, ?, ?, ?)",
				employeeId, courseId, runNo, version, refresher, delta, now));
	}

	/** Locks the run's row until the transaction ends. */
	void lock(long runId) {
		jdbc.queryForList("select id from enrolment where id = ? for update", Long.class, runId);
	}

	/**
	 * Marks a lesson read; read before keeps the first moment.
	 * @return whether it was new (false: read before in this run)
	 */
	boolean markRead(long runId, String lessonId, OffsetDateTime now) {
		return savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into lesson_read (enrolment_id, lesson_id, read_at) values (?, ?, ?)", runId, lessonId, now));
	}

	Set<String> lessonsRead(long runId) {
		return new HashSet<>(
				jdbc.queryForList("select lesson_id from lesson_read where enrolment_id = ?", String.class, runId));
	}

	int extraAttempts(long employeeId, String courseId, @Nullable Instant since) {
		Integer extra = jdbc.queryForObject(
				"select count(*) from extra_attempt where employee_id = ? and course_id = ? and granted_at >= ?",
				Integer.class, employeeId, courseId, (since == null ? Instant.EPOCH : since).atOffset(ZoneOffset.UTC));
		return extra == null ? 0 : extra;
	}

	void grantExtraAttempt(long employeeId, String courseId, String grantedBy, OffsetDateTime now) {
		jdbc.update("insert into extra_attempt (employee_id, course_id, granted_by, granted_at) values (?, ?, ?, ?)",
				employeeId, courseId, grantedBy, now);
	}

	void insertCompletion(Run run, String guidelineVersion, int score, Instant passedAt, OffsetDateTime now) {
		jdbc.update(
				"insert into completion (enrolment_id, employee_id, course_id, course_version, guideline_version, score_percent, passed_at, acknowledged_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				run.id(), run.employeeId(), run.courseId(), run.version(), guidelineVersion, score,
				passedAt.atOffset(ZoneOffset.UTC), now);
	}

	Optional<CompletionSummary> completionOf(long runId) {
		return jdbc.query(COMPLETION + "where c.enrolment_id = ?", RunStore::completion, runId).stream().findFirst();
	}

	boolean hasCompleted(long employeeId, String courseId) {
		return !jdbc
			.query(COMPLETION + "where c.employee_id = ? and c.course_id = ?", RunStore::completion, employeeId,
					courseId)
			.isEmpty();
	}

	/** Someone's completions, newest first. */
	List<CompletionSummary> completionsOf(long employeeId) {
		return jdbc.query(COMPLETION + "where c.employee_id = ? order by c.passed_at desc", RunStore::completion,
				employeeId);
	}

	/** Latest run start and latest completion per employee, 500 ids per query. */
	Map<Long, LearnerState> learnerStates(String courseId, List<Long> ids) {
		Map<Long, LearnerState> states = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			String in = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
			List<Object> args = new ArrayList<>();
			args.add(courseId);
			args.addAll(chunk);
			args.add(courseId);
			args.addAll(chunk);
			String sql = "select e.employee_id, max(e.started_at), cast(null as timestamp(6) with time zone), cast(null as varchar(40))"
					+ " from enrolment e where e.course_id = ? and e.employee_id in (" + in + ") group by e.employee_id"
					+ " union all select c.employee_id, cast(null as timestamp(6) with time zone), c.passed_at, c.course_version"
					+ " from completion c where c.course_id = ? and c.employee_id in (" + in + ")";
			jdbc.query(sql, (ResultSet rs) -> {
				long employee = rs.getLong(1);
				OffsetDateTime started = rs.getObject(2, OffsetDateTime.class);
				OffsetDateTime passed = rs.getObject(3, OffsetDateTime.class);
				String version = rs.getString(4);
				LearnerState state = states.getOrDefault(employee, new LearnerState(employee, null, null, null));
				if (started != null) {
					state = new LearnerState(employee, started.toInstant(), state.lastPassedAt(), state.lastVersion());
				}
				if (passed != null
						&& (state.lastPassedAt() == null || passed.toInstant().isAfter(state.lastPassedAt()))) {
					state = new LearnerState(employee, state.latestRunStartedAt(), passed.toInstant(), version);
				}
				states.put(employee, state);
			}, args.toArray());
		}
		return states;
	}

	/**
	 * Per employee of the ids whose latest run of the course has no completion: its
	 * failed and passed test attempts and the extra attempts granted since it started,
	 * 500 ids per query.
	 */
	List<LatestRunAttempts> latestRunAttempts(String courseId, List<Long> ids) {
		List<LatestRunAttempts> rows = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			String in = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
			List<Object> args = new ArrayList<>();
			args.add(courseId);
			args.addAll(chunk);
			String sql = """
					select e.employee_id, e.course_version,
					 (select count(*) from assessment_attempt a where a.enrolment_id = e.id
					  and a.submitted_at is not null and a.passed = false) as failed,
					 (select count(*) from assessment_attempt a where a.enrolment_id = e.id and a.passed = true) as passed,
					 (select count(*) from extra_attempt x where x.employee_id = e.employee_id
					  and x.course_id = e.course_id and x.granted_at >= e.started_at) as extra
					from enrolment e
					where e.course_id = ? and e.employee_id in ("""
					+ in + """
							)
							 and e.run_no = (select max(l.run_no) from enrolment l
							  where l.employee_id = e.employee_id and l.course_id = e.course_id)
							 and not exists (select 1 from completion c where c.enrolment_id = e.id)""";
			jdbc.query(sql, (ResultSet rs) -> {
				rows.add(new LatestRunAttempts(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
						rs.getInt(5)));
			}, args.toArray());
		}
		return rows;
	}

	/** The test attempts of someone's latest, unfinished run. */
	record LatestRunAttempts(long employeeId, String version, int failed, int passed, int extra) {
	}

	/** Per employee with any run started at or before {@code before}: the state then. */
	Map<Long, LearnerState> learnerStatesAsOf(String courseId, OffsetDateTime before, OffsetDateTime recordedBy) {
		Map<Long, LearnerState> states = new LinkedHashMap<>();
		jdbc.query("""
				select employee_id, max(started_at) from enrolment where course_id = ? and started_at <= ?
				group by employee_id""", (ResultSet rs) -> {
			long employee = rs.getLong(1);
			states.put(employee,
					new LearnerState(employee, rs.getObject(2, OffsetDateTime.class).toInstant(), null, null));
		}, courseId, before);
		jdbc.query("""
				select employee_id, passed_at, course_version from completion
				where course_id = ? and passed_at <= ? and acknowledged_at <= ? order by passed_at, id""",
				(ResultSet rs) -> {
					long employee = rs.getLong(1);
					LearnerState state = states.getOrDefault(employee, new LearnerState(employee, null, null, null));
					states.put(employee, new LearnerState(employee, state.latestRunStartedAt(),
							rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)));
				}, courseId, before, recordedBy);
		return states;
	}

	private static Run run(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("course_id"), rs.getInt("run_no"),
				rs.getString("course_version"), rs.getBoolean("refresher"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getLong("done") > 0,
				rs.getBoolean("delta"));
	}

	private static CompletionSummary completion(ResultSet rs, int row) throws SQLException {
		return new CompletionSummary(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("course_id"),
				rs.getString("course_version"), rs.getString("guideline_version"), rs.getInt("score_percent"),
				rs.getObject("passed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("refresher"),
				rs.getBoolean("delta"));
	}

}

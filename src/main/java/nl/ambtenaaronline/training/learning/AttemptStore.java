package nl.ambtenaaronline.training.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL and row mapping of assessment attempts and their answers. Callers own the
 * transaction.
 */
@Component
class AttemptStore {

	private final JdbcTemplate jdbc;

	AttemptStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The attempts of a run, oldest first. */
	List<AttemptRow> ofRun(long runId) {
		return jdbc.query("select * from assessment_attempt where enrolment_id = ? order by attempt_no",
				AttemptStore::attempt, runId);
	}

	AttemptRow byId(long attemptId) {
		return jdbc.queryForObject("select * from assessment_attempt where id = ?", AttemptStore::attempt, attemptId);
	}

	/** The attempt, when it belongs to a run of the employee. */
	Optional<AttemptRow> owned(long attemptId, long employeeId) {
		return jdbc.query("""
				select a.* from assessment_attempt a join enrolment e on e.id = a.enrolment_id
				where a.id = ? and e.employee_id = ?""", AttemptStore::attempt, attemptId, employeeId)
			.stream()
			.findFirst();
	}

	/**
	 * What storing an answer needs to know, in one statement that is also the ownership
	 * check: the attempt's draw and whether it was submitted, and its run's course
	 * version; empty when the attempt is not the employee's.
	 */
	Optional<AnswerTarget> answerTarget(long attemptId, long employeeId) {
		return jdbc
			.query("""
					select a.draw, a.submitted_at, a.enrolment_id, e.course_id, e.course_version
					from assessment_attempt a join enrolment e on e.id = a.enrolment_id
					where a.id = ? and e.employee_id = ?""",
					(rs, row) -> new AnswerTarget(List.of(rs.getString("draw").split(",")),
							rs.getObject("submitted_at") != null, rs.getString("course_id"),
							rs.getString("course_version"), rs.getLong("enrolment_id")),
					attemptId, employeeId)
			.stream()
			.findFirst();
	}

	/**
	 * Inserts an answer unless a row with its id is there already (a repeated request),
	 * in one statement and without a savepoint.
	 * @return whether a row went in
	 */
	boolean insertAnswer(UUID answerId, long attemptId, String questionId, Set<Integer> selected, String version,
			OffsetDateTime now) {
		String value = selected.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		return jdbc.update("""
				insert into assessment_answer (id, attempt_id, question_id, selected, course_version, answered_at)
				select ?, ?, ?, ?, ?, ? from (values (1)) one
				where not exists (select 1 from assessment_answer where id = ?)""", answerId, attemptId, questionId,
				value, version, now, answerId) > 0;
	}

	/** The current answers: the latest row per question. */
	List<AttemptRow.Answer> answers(long attemptId) {
		Map<String, AttemptRow.Answer> latest = new LinkedHashMap<>();
		jdbc.query("select question_id, selected from assessment_answer where attempt_id = ? order by answered_at",
				(ResultSet rs) -> {
					String selected = rs.getString("selected");
					Set<Integer> indexes = selected.isEmpty() ? Set.of()
							: Arrays.stream(selected.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
					latest.put(rs.getString("question_id"),
							new AttemptRow.Answer(rs.getString("question_id"), indexes));
				}, attemptId);
		return List.copyOf(latest.values());
	}

	void insert(long runId, int attemptNo, List<String> draw, String optionOrders, OffsetDateTime now) {
		jdbc.update(
				"insert into assessment_attempt (enrolment_id, attempt_no, draw, position, started_at, option_orders) values (?, ?, ?, 0, ?, ?)",
				runId, attemptNo, String.join(",", draw), now, optionOrders);
	}

	void moveTo(long attemptId, int position) {
		jdbc.update("update assessment_attempt set position = ? where id = ?", position, attemptId);
	}

	/** Locks the attempt's row until the transaction ends. */
	void lock(long attemptId) {
		jdbc.queryForList("select id from assessment_attempt where id = ? for update", Long.class, attemptId);
	}

	/**
	 * @return whether this call submitted it (false: submitted before)
	 */
	boolean submit(long attemptId, OffsetDateTime now, int scorePercent, boolean passed) {
		return jdbc.update(
				"update assessment_attempt set submitted_at = ?, score_percent = ?, passed = ? where id = ? and submitted_at is null",
				now, scorePercent, passed, attemptId) > 0;
	}

	/** The attempt's run, course and version: the target of an answer. */
	record AnswerTarget(List<String> draw, boolean submitted, String courseId, String version, long runId) {
	}

	static AttemptRow attempt(ResultSet rs, int row) throws SQLException {
		OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
		Object score = rs.getObject("score_percent");
		Object passed = rs.getObject("passed");
		return new AttemptRow(rs.getLong("id"), rs.getLong("enrolment_id"), rs.getInt("attempt_no"),
				List.of(rs.getString("draw").split(",")), rs.getInt("position"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				submitted == null ? null : submitted.toInstant(), score == null ? null : ((Number) score).intValue(),
				passed == null ? null : (Boolean) passed, rs.getString("group_results"), rs.getString("option_orders"));
	}

}

package nl.ambtenaaronline.training.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ambtenaaronline.training.employee.DepartmentAndStart;
import nl.ambtenaaronline.training.shared.Savepoints;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The analytics facts of answers and scenario choices: written when analytics hears of an
 * answer or choice, carrying their own dimensions (department, new hire, day of the
 * answer) so that the aggregates outlive the individual answers. One row per rule the
 * answer tests; the answer's id makes a second delivery change nothing.
 */
@Component
class AnswerFacts {

	/** Someone who started less than this many days before answering is a new hire. */
	static final int NEW_HIRE_DAYS = 365;

	static final String QUESTION = "QUESTION";

	static final String SCENARIO = "SCENARIO";

	private final JdbcTemplate jdbc;

	private final Savepoints savepoints;

	AnswerFacts(JdbcTemplate jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	/** The facts of one answer or choice, one per rule; nothing without rules. */
	void write(Fact fact, DepartmentAndStart person) {
		if (fact.rules().isEmpty()) {
			return;
		}
		Integer earlier = jdbc.queryForObject(
				"select count(*) from answer_fact where employee_id = ? and source = ? and item_id = ? and "
						+ (fact.stepId() == null ? "step_id is null" : "step_id = ?"),
				Integer.class, fact.stepId() == null ? new Object[] { fact.employeeId(), fact.source(), fact.itemId() }
						: new Object[] { fact.employeeId(), fact.source(), fact.itemId(), fact.stepId() });
		boolean first = earlier == null || earlier == 0;
		boolean newHire = !person.startDate().isBefore(fact.answeredOn().minusDays(NEW_HIRE_DAYS));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < fact.rules().size(); i++) {
			rows.add(new Object[] { fact.courseId(), fact.rules().get(i), fact.source(), fact.itemId(), fact.stepId(),
					fact.choiceIndex(), i, first, fact.correct(), person.departmentCode(), newHire, fact.answeredOn(),
					fact.employeeId(), fact.answerId() });
		}
		// a duplicate is fine: the same answer, delivered again
		savepoints.insertUnlessDuplicate(() -> jdbc.batchUpdate(
				"insert into answer_fact (course_id, rule_id, source, item_id, step_id, choice_index, rule_no, first_answer, correct, department_code, new_hire, answered_on, employee_id, answer_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows));
	}

	/** One answer or choice as a fact to count. */
	record Fact(UUID answerId, long employeeId, String courseId, String source, String itemId, @Nullable String stepId,
			@Nullable Integer choiceIndex, List<String> rules, boolean correct, LocalDate answeredOn) {
	}

	/** First answers per rule, item, department, new hire and month. */
	List<AnswerFactCell> ruleCells(String courseId, LocalDate from, LocalDate to) {
		return jdbc.query(
				"""
						select rule_id, source, item_id, step_id, cast(null as integer) as choice_index, department_code, new_hire,
						  extract(year from answered_on) as y, extract(month from answered_on) as m,
						  count(*) as answers, sum(case when correct then 0 else 1 end) as wrong
						from answer_fact
						where course_id = ? and first_answer = true and answered_on between ? and ?
						group by rule_id, source, item_id, step_id, department_code, new_hire,
						  extract(year from answered_on), extract(month from answered_on)""",
				this::cell, courseId, from, to);
	}

	/** First scenario choices per step, choice, department, new hire and month. */
	List<AnswerFactCell> choiceCells(String courseId, LocalDate from, LocalDate to) {
		return jdbc.query(
				"""
						select cast(null as varchar(40)) as rule_id, source, item_id, step_id, choice_index, department_code, new_hire,
						  extract(year from answered_on) as y, extract(month from answered_on) as m,
						  count(*) as answers, sum(case when correct then 0 else 1 end) as wrong
						from answer_fact
						where course_id = ? and source = 'SCENARIO' and rule_no = 0 and first_answer = true
						  and answered_on between ? and ?
						group by source, item_id, step_id, choice_index, department_code, new_hire,
						  extract(year from answered_on), extract(month from answered_on)""",
				this::cell, courseId, from, to);
	}

	private AnswerFactCell cell(ResultSet rs, int row) throws SQLException {
		Object choice = rs.getObject("choice_index");
		return new AnswerFactCell(rs.getString("rule_id"), rs.getString("source"), rs.getString("item_id"),
				rs.getString("step_id"), choice == null ? null : ((Number) choice).intValue(),
				rs.getString("department_code"), rs.getBoolean("new_hire"),
				YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("answers"), rs.getLong("wrong"));
	}

}

package nl.ambtenaaronline.training.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.ScenarioChoice;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The analytics facts of answers and scenario choices: written with the answer, in the
 * same transaction, carrying their own dimensions (department, new hire, day) so that the
 * aggregates outlive the individual answers. One row per rule the answer tests.
 */
@Component
class AnswerFacts {

	/** Someone who started less than this many days before answering is a new hire. */
	static final int NEW_HIRE_DAYS = 365;

	static final String QUESTION = "QUESTION";

	static final String SCENARIO = "SCENARIO";

	private final JdbcTemplate jdbc;

	private final EmployeeService employees;

	private final Clock clock;

	AnswerFacts(JdbcTemplate jdbc, EmployeeService employees, Clock clock) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.clock = clock;
	}

	void question(long employeeId, String courseId, Question question, boolean correct) {
		write(employeeId, courseId, QUESTION, question.id(), null, null, question.rules(), correct);
	}

	void choice(long employeeId, String courseId, String scenarioId, ScenarioStep step, int choiceIndex) {
		Set<String> rules = new LinkedHashSet<>();
		for (ScenarioChoice choice : step.choices()) {
			rules.addAll(choice.rules());
		}
		boolean best = step.choices().get(choiceIndex).score() == step.bestScore();
		write(employeeId, courseId, SCENARIO, scenarioId, step.id(), choiceIndex, List.copyOf(rules), best);
	}

	private void write(long employeeId, String courseId, String source, String itemId, @Nullable String stepId,
			@Nullable Integer choiceIndex, List<String> rules, boolean correct) {
		EmployeeSummary person = employees.forAccount(employeeId).orElse(null);
		if (person == null || rules.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		Integer earlier = jdbc.queryForObject(
				"select count(*) from answer_fact where employee_id = ? and source = ? and item_id = ? and "
						+ (stepId == null ? "step_id is null" : "step_id = ?"),
				Integer.class, stepId == null ? new Object[] { employeeId, source, itemId }
						: new Object[] { employeeId, source, itemId, stepId });
		boolean first = earlier == null || earlier == 0;
		boolean newHire = !person.startDate().isBefore(today.minusDays(NEW_HIRE_DAYS));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			rows.add(new Object[] { courseId, rules.get(i), source, itemId, stepId, choiceIndex, i, first, correct,
					person.departmentCode(), newHire, today, employeeId });
		}
		jdbc.batchUpdate(
				"insert into answer_fact (course_id, rule_id, source, item_id, step_id, choice_index, rule_no, first_answer, correct, department_code, new_hire, answered_on, employee_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
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

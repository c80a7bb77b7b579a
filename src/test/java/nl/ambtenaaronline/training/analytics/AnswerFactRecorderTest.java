package nl.ambtenaaronline.training.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics writes the facts of learning's answer events itself: department and start
 * date from the roster, rules from the course version, and the same event delivered twice
 * (a retried publication) adds nothing.
 */
@IntegrationTest
class AnswerFactRecorderTest {

	@Autowired
	AnswerFactRecorder listener;

	/**
	 * The listener itself, called synchronously (through the bean, the call is
	 * asynchronous).
	 */
	AnswerFactRecorder recorder;

	@Autowired
	EmployeeService employees;

	@Autowired
	ContentService contents;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void unwrap() {
		recorder = AopTestUtils.getUltimateTargetObject(listener);
	}

	@Test
	void anAnswerDeliveredTwiceGivesOneFactPerRuleWithTheRosterDimensions() {
		long employee = newHire();
		Course course = contents.current("social-media").orElseThrow();
		Question question = course.questions().getFirst();
		AnswerRecorded answer = new AnswerRecorded(UUID.randomUUID(), employee, course.id(),
				course.version().toString(), question.id(), false, Instant.now(), 1, 1);
		recorder.on(answer);
		recorder.on(answer);
		assertThat(jdbc.queryForList("""
				select rule_id, department_code, new_hire, correct, first_answer, employee_id
				from answer_fact where answer_id = ? order by rule_no""", answer.answerId()))
			.hasSize(question.rules().size())
			.allSatisfy(row -> {
				assertThat(row.get("department_code")).isEqualTo("VOR");
				assertThat(row.get("new_hire")).isEqualTo(true);
				assertThat(row.get("correct")).isEqualTo(false);
				assertThat(row.get("first_answer")).isEqualTo(true);
				assertThat(((Number) row.get("employee_id")).longValue()).isEqualTo(employee);
			});
	}

	@Test
	void aSecondChoiceAtTheSameStepIsNotAFirstAnswer() {
		long employee = newHire();
		Course course = contents.current("social-media").orElseThrow();
		Scenario scenario = course.scenarios().getFirst();
		ScenarioStep step = scenario.startStep();
		ScenarioChoiceRecorded first = new ScenarioChoiceRecorded(UUID.randomUUID(), employee, course.id(),
				course.version().toString(), scenario.id(), step.id(), 0, Instant.now(), 1);
		ScenarioChoiceRecorded second = new ScenarioChoiceRecorded(UUID.randomUUID(), employee, course.id(),
				course.version().toString(), scenario.id(), step.id(), 1, Instant.now(), 1);
		recorder.on(first);
		recorder.on(second);
		assertThat(jdbc.queryForList("select distinct first_answer from answer_fact where answer_id = ?", Boolean.class,
				first.answerId()))
			.containsExactly(true);
		assertThat(jdbc.queryForList("select distinct first_answer from answer_fact where answer_id = ?", Boolean.class,
				second.answerId()))
			.containsExactly(false);
		assertThat(jdbc.queryForObject("select count(*) from answer_fact where answer_id = ? and rule_no = 0",
				Integer.class, second.answerId()))
			.isEqualTo(1);
	}

	private long newHire() {
		String number = "AF-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemAuthentication.call(() -> employees.create(new NewEmployee(number, "Test", null, number, null,
				"VOR", null, LocalDate.now(TimeConfiguration.ZONE).minusDays(10), null, WorkerType.EMPLOYEE, null)));
	}

}

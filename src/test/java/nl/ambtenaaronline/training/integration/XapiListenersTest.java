package nl.ambtenaaronline.training.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptSubmitted;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.LessonRead;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;
import nl.ambtenaaronline.training.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's real actions through the services (every lesson read, every scenario
 * choice, every answer, the submission, the pass and the acknowledgement) become
 * statements in the real outbox through {@link XapiListeners}, as when
 * {@code app.integration.xapi.enabled} is on. The shared test context keeps xAPI off (so
 * the listener bean is not there and no other test pays for it): the events the learning
 * services published in this test are recorded and handed to the listener as the event
 * publication registry hands them over.
 */
@IntegrationTest
@RecordApplicationEvents
class XapiListenersTest {

	@Autowired
	Learners learners;

	@Autowired
	XapiService xapi;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	ContentService contents;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	long employee;

	@AfterEach
	void removeStatements() {
		jdbc.update("delete from xapi_statement where employee_id = ?", employee);
	}

	@Test
	void aLearnersLessonsChoicesAnswersSubmissionPassAndAcknowledgementBecomeOneValidStatementEach() throws Exception {
		String learner = learners.create("xapi");
		employee = learners.as(learner, () -> accounts.current().orElseThrow().employeeId());
		Course course = contents.current("social-media").orElseThrow();
		int[] questions = { 0 };
		learners.run(learner, () -> {
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(course.id());
			questions[0] = attempt.questionIds().size();
			Learners.answerAll(assessment, course, attempt, true);
			assertThat(assessment.submit(attempt.attemptId()).passed()).isTrue();
			assessment.acknowledge(course.id());
		});

		List<LessonRead> reads = mine(LessonRead.class, LessonRead::employeeId);
		List<ScenarioChoiceRecorded> choices = mine(ScenarioChoiceRecorded.class, ScenarioChoiceRecorded::employeeId);
		List<AnswerRecorded> answers = mine(AnswerRecorded.class, AnswerRecorded::employeeId);
		List<AttemptSubmitted> submissions = mine(AttemptSubmitted.class, AttemptSubmitted::employeeId);
		List<CoursePassed> passes = mine(CoursePassed.class, CoursePassed::employeeId);
		assertThat(reads).hasSize(course.lessons().size());
		assertThat(choices).hasSizeGreaterThanOrEqualTo(course.scenarios().size());
		assertThat(answers).hasSize(questions[0]);
		assertThat(submissions).singleElement().satisfies(submitted -> assertThat(submitted.passed()).isTrue());
		assertThat(passes).as("published by the acknowledgement").hasSize(1);

		XapiListeners listeners = new XapiListeners(xapi);
		deliver(listeners, reads, choices, answers, submissions, passes);
		assertThat(verbCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("experienced", (long) reads.size(),
				"answered", (long) (choices.size() + answers.size()), "passed", 2L, "completed", 1L));

		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> statements = new ArrayList<>();
		jdbc.queryForList("select statement from xapi_statement where employee_id = ?", String.class, employee)
			.forEach(text -> statements.add(json.readTree(text)));
		String number = "L-" + learner;
		for (JsonNode statement : statements) {
			assertThat(XapiStatementsTest.statementSchema().validate(statement)).as("%s", statement).isEmpty();
			assertThat(statement.get("actor").get("account").get("name").asString()).isEqualTo(number);
			assertThat(statement.get("context").get("revision").asString()).isEqualTo(course.version().toString());
		}
		List<String> objects = statements.stream()
			.map(statement -> statement.get("object").get("id").asString())
			.toList();
		for (Lesson lesson : course.lessons()) {
			assertThat(objects).anyMatch(id -> id.endsWith("/courses/social-media/lessons/" + lesson.id()));
		}
		course.scenarios()
			.forEach(scenario -> assertThat(objects)
				.anyMatch(id -> id.contains("/courses/social-media/scenarios/" + scenario.id() + "/steps/")));
		answers.forEach(answer -> assertThat(objects)
			.anyMatch(id -> id.endsWith("/courses/social-media/questions/" + answer.questionId())));
		assertThat(objects).anyMatch(id -> id.endsWith("/courses/social-media/assessment"));
		assertThat(objects).filteredOn(id -> id.endsWith("/courses/social-media"))
			.as("passed and completed")
			.hasSize(2);

		// the registry delivers again after a crash: nothing is added
		deliver(listeners, reads, choices, answers, submissions, passes);
		assertThat(
				jdbc.queryForObject("select count(*) from xapi_statement where employee_id = ?", Long.class, employee))
			.isEqualTo(statements.size());
	}

	private <T> List<T> mine(Class<T> type, Function<T, Long> employeeOf) {
		return events.stream(type).filter(event -> employeeOf.apply(event) == employee).toList();
	}

	private static void deliver(XapiListeners listeners, List<LessonRead> reads, List<ScenarioChoiceRecorded> choices,
			List<AnswerRecorded> answers, List<AttemptSubmitted> submissions, List<CoursePassed> passes) {
		reads.forEach(listeners::on);
		choices.forEach(listeners::on);
		answers.forEach(listeners::on);
		submissions.forEach(listeners::on);
		passes.forEach(listeners::on);
	}

	private Map<String, Long> verbCounts() {
		return jdbc.queryForList("select verb from xapi_statement where employee_id = ?", String.class, employee)
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}

package nl.ambtenaaronline.training.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path of one assessment answer: who answers comes from the principal, the ownership
 * check and the insert are one statement each, the fact for analytics is an event, and a
 * repeated request (the same answer id) is the same answer.
 */
@IntegrationTest
@RecordApplicationEvents
class AnswerPathTest {

	/** Tables of the learning journey and of accounts; event publications. */
	static final List<String> COUNTED = List.of("assessment_", "enrolment", "completion", "lesson_read", "scenario_",
			"extra_attempt", "account", "insert into event_publication");

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

	@Autowired
	Learners learners;

	Course course;

	@BeforeEach
	void setUp() {
		course = contents.current("social-media").orElseThrow();
	}

	@Test
	void storingOneAnswerTakesAtMostThreeStatementsOwnershipCheckInsertAndEventPublication() throws Exception {
		String me = learners.create("path");
		AttemptView attempt = learners.as(me, () -> {
			Learners.prepareAssessment(learning, course);
			return assessment.openAttempt(course.id());
		});
		String questionId = attempt.questionIds().getFirst();
		Set<Integer> selected = Learners.correct(course.question(questionId).orElseThrow());
		ListenersQuiet.await(jdbc);
		jdbc.execute("set query_statistics true");
		try {
			// signed in before counting: the sign-in reads the account, the answer must
			// not
			Map<String, Long> before = new HashMap<>();
			Map<String, Long> after = learners.as(me, () -> {
				before.putAll(statementCounts());
				assessment.answer(attempt.attemptId(), questionId, selected, UUID.randomUUID());
				return statementCounts();
			});
			Map<String, Long> ran = new HashMap<>();
			after.forEach((sql, count) -> {
				long more = count - before.getOrDefault(sql, 0L);
				String lower = sql.toLowerCase(Locale.ROOT);
				// analytics' listener marks the answer's publication completed on its own
				// thread once the answer is committed, possibly within this window: that
				// is the listener's bookkeeping, not the answer's path (and its column
				// completion_date would otherwise match "completion")
				boolean listenerBookkeeping = lower.startsWith("update event_publication");
				if (more > 0 && !listenerBookkeeping && COUNTED.stream().anyMatch(lower::contains)) {
					ran.put(sql, more);
				}
			});
			assertThat(ran.values().stream().mapToLong(Long::longValue).sum()).as("statements: %s", ran.keySet())
				.isLessThanOrEqualTo(3);
			assertThat(ran.keySet())
				.anyMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("insert into assessment_answer"));
		}
		finally {
			jdbc.execute("set query_statistics false");
		}
	}

	@Test
	void aRepeatedRequestWithTheSameAnswerIdIsStoredPublishedAndCountedOnce() throws Exception {
		String me = learners.create("repeat");
		UUID answerId = UUID.randomUUID();
		String questionId = learners.as(me, () -> {
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(course.id());
			String first = attempt.questionIds().getFirst();
			Set<Integer> selected = Learners.correct(course.question(first).orElseThrow());
			assessment.answer(attempt.attemptId(), first, selected, answerId);
			assessment.answer(attempt.attemptId(), first, selected, answerId);
			return first;
		});
		assertThat(jdbc.queryForObject("select count(*) from assessment_answer where id = ?", Integer.class, answerId))
			.isEqualTo(1);
		List<AnswerRecorded> published = events.stream(AnswerRecorded.class)
			.filter(event -> event.answerId().equals(answerId))
			.toList();
		assertThat(published).hasSize(1);
		assertThat(published.getFirst().questionId()).isEqualTo(questionId);
		assertThat(published.getFirst().correct()).isTrue();
		ListenersQuiet.await(jdbc);
		Question question = course.question(questionId).orElseThrow();
		assertThat(jdbc.queryForObject("select count(*) from answer_fact where answer_id = ?", Integer.class, answerId))
			.as("one fact per rule of the question")
			.isEqualTo(question.rules().size());
	}

	private Map<String, Long> statementCounts() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.query("select sql_statement, execution_count from information_schema.query_statistics",
				(java.sql.ResultSet rs) -> {
					counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
				});
		return counts;
	}

}

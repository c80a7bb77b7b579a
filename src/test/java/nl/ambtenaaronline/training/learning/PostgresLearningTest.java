package nl.ambtenaaronline.training.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database guarantees of the learning journey on PostgreSQL: a repeated answer is one
 * row, two windows get one attempt, and a refused duplicate does not break the learner's
 * transaction.
 */
@PostgresTest
class PostgresLearningTest {

	static final String COURSE = "social-media";

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	LearningRecords records;

	@Autowired
	ContentService contents;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Learners learners;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@BeforeEach
	void setUp() {
		SystemAuthentication.run(() -> {
			if (jdbc.queryForObject("select count(*) from department where code = 'VOR'", Integer.class) == 0) {
				employees.createDepartment("VOR", "Verkeer en Openbare Ruimte");
			}
		});
	}

	@Test
	void someoneWhoFailedEveryAttemptIsOutOfAttemptsUntilHrGrantsOneAndTheReportsKnowIt() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("pg-stuck");
		long employeeId = learners.as(me, () -> {
			Learners.prepareAssessment(learning, course);
			for (int i = 0; i < course.assessment().maxAttempts(); i++) {
				AttemptView attempt = assessment.openAttempt(COURSE);
				Learners.answerAll(assessment, course, attempt, false);
				assessment.submit(attempt.attemptId());
			}
			return accounts.current().orElseThrow().employeeId();
		});
		assertThat(SystemAuthentication.call(() -> records.attemptsUsedUp(COURSE, List.of(employeeId))))
			.containsExactly(employeeId);
		ListenersQuiet.await(jdbc);
		assertThat(usedUpInReports(employeeId)).isTrue();

		SystemAuthentication.run(() -> assessment.grantExtraAttempt(employeeId, COURSE));
		assertThat(SystemAuthentication.call(() -> records.attemptsUsedUp(COURSE, List.of(employeeId)))).isEmpty();
		ListenersQuiet.await(jdbc);
		assertThat(usedUpInReports(employeeId)).isFalse();
	}

	private Boolean usedUpInReports(long employeeId) {
		return jdbc.queryForObject(
				"select attempts_used_up from report_person_course where employee_id = ? and course_id = ?",
				Boolean.class, employeeId, COURSE);
	}

	@Test
	void aRepeatedAnswerIsOneRowAndTwoWindowsGetOneAttempt() throws Exception {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("pg");
		learners.run(me, () -> {
			course.lessons().forEach(lesson -> learning.markLessonRead(COURSE, lesson.id()));
			// reading a lesson twice is refused by the key and the transaction goes on
			learning.markLessonRead(COURSE, course.lessons().getFirst().id());
			course.scenarios().forEach(scenario -> Learners.play(learning, course, scenario, true));
		});
		List<Object> attemptIds = together(2, () -> learners.as(me, () -> assessment.openAttempt(COURSE).attemptId()));
		assertThat(new HashSet<>(attemptIds)).hasSize(1);
		long attemptId = (Long) attemptIds.getFirst();
		AttemptView attempt = learners.as(me, () -> assessment.attempt(attemptId));
		UUID answerId = UUID.randomUUID();
		together(3, () -> learners.as(me, () -> {
			assessment.answer(attemptId, attempt.questionIds().getFirst(), Set.of(0), answerId);
			return null;
		}));
		assertThat(jdbc.queryForObject("select count(*) from assessment_answer where attempt_id = ?", Integer.class,
				attemptId))
			.isEqualTo(1);
	}

	private static List<Object> together(int n, Callable<Object> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Callable<Object>> calls = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				calls.add(call);
			}
			List<Object> results = new ArrayList<>();
			for (Future<Object> future : pool.invokeAll(calls)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}

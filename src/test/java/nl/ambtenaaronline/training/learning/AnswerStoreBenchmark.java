package nl.ambtenaaronline.training.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.employee.EmployeeService;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Time to store one assessment answer through the service (method security, transaction,
 * ownership check, insert), measured call by call. Subclasses pick the database.
 */
abstract class AnswerStoreBenchmark {

	static final int WARM_UP = 300;

	static final int MEASURED = 3000;

	@Autowired
	Learners learners;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	ContentService contents;

	@Autowired
	EmployeeService employees;

	String measure(String database) throws IOException {
		Course course = contents.current("social-media").orElseThrow();
		String me = learners.create("bench-" + database);
		List<Long> nanos = learners.as(me, () -> {
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(course.id());
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < WARM_UP + MEASURED; i++) {
				String questionId = attempt.questionIds().get(i % attempt.questionIds().size());
				Question question = course.question(questionId).orElseThrow();
				int option = i % question.options().size();
				long start = System.nanoTime();
				assessment.answer(attempt.attemptId(), questionId, Set.of(option), UUID.randomUUID());
				long took = System.nanoTime() - start;
				if (i >= WARM_UP) {
					times.add(took);
				}
			}
			return times;
		});
		Collections.sort(nanos);
		String line = String.format(Locale.ROOT,
				"%s: %d answers stored one by one: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", database,
				nanos.size(), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos.getLast() / 1e6);
		Files.createDirectories(Path.of("target/benchmarks"));
		Files.writeString(Path.of("target/benchmarks/answer-store-" + database + ".txt"), line + "\n");
		System.out.println(line);
		return line;
	}

	private static double ms(List<Long> sorted, double quantile) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

}

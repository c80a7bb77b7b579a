package nl.ambtenaaronline.training.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.employee.DepartmentAndStart;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.TransientRetry;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listens to learning's answers and scenario choices (ids only) and writes their facts:
 * the rules from the course version answered on, the department and start date from the
 * roster, the day in Amsterdam time. Runs after the answer's transaction, in one of its
 * own, as the system; a passing database failure is tried again. One person's facts are
 * written one at a time on this node, so that only one answer per item counts as the
 * first.
 */
@Component
class AnswerFactRecorder {

	private static final int STRIPES = 64;

	private final AnswerFacts facts;

	private final ContentService contents;

	private final EmployeeService employees;

	private final TransactionTemplate transactions;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	AnswerFactRecorder(AnswerFacts facts, ContentService contents, EmployeeService employees,
			TransactionTemplate transactions) {
		this.facts = facts;
		this.contents = contents;
		this.employees = employees;
		this.transactions = transactions;
		for (int i = 0; i < STRIPES; i++) {
			stripes[i] = new ReentrantLock();
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AnswerRecorded answer) {
		Optional<Question> question = course(answer.courseId(), answer.courseVersion())
			.flatMap(course -> course.question(answer.questionId()));
		question.ifPresent(q -> write(new AnswerFacts.Fact(answer.answerId(), answer.employeeId(), answer.courseId(),
				AnswerFacts.QUESTION, q.id(), null, null, q.rules(), answer.correct(), day(answer.answeredAt()))));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ScenarioChoiceRecorded choice) {
		Optional<ScenarioStep> step = course(choice.courseId(), choice.courseVersion())
			.flatMap(course -> course.scenario(choice.scenarioId()))
			.flatMap(scenario -> scenario.step(choice.stepId()));
		if (step.isEmpty() || choice.choiceIndex() < 0 || choice.choiceIndex() >= step.get().choices().size()) {
			return;
		}
		Set<String> rules = step.get().rules();
		boolean best = step.get().choices().get(choice.choiceIndex()).score() == step.get().bestScore();
		write(new AnswerFacts.Fact(choice.answerId(), choice.employeeId(), choice.courseId(), AnswerFacts.SCENARIO,
				choice.scenarioId(), choice.stepId(), choice.choiceIndex(), List.copyOf(rules), best,
				day(choice.chosenAt())));
	}

	private void write(AnswerFacts.Fact fact) {
		ReentrantLock lock = stripes[(int) Math.floorMod(fact.employeeId(), (long) STRIPES)];
		lock.lock();
		try {
			TransientRetry.call("answer facts on " + fact.source(), () -> SystemAuthentication.call(() -> {
				transactions.executeWithoutResult(status -> employees.departmentAndStartOf(fact.employeeId())
					.ifPresent((DepartmentAndStart person) -> facts.write(fact, person)));
				return null;
			}));
		}
		finally {
			lock.unlock();
		}
	}

	private Optional<Course> course(String courseId, String version) {
		return SemanticVersion.tryParse(version)
			.flatMap(parsed -> contents.version(courseId, parsed))
			.or(() -> contents.current(courseId));
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, TimeConfiguration.ZONE);
	}

}

package nl.ambtenaaronline.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.ScenarioState;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;

/**
 * Test helper: creates fresh learners, runs work as them, and walks the course through
 * the learning service (best or worst choices, right or wrong answers).
 */
public final class Learners {

	public static final String PASSWORD = "een-lang-wachtwoord";

	private static final AtomicInteger counter = new AtomicInteger();

	private final EmployeeService employees;

	private final AccountService accounts;

	private final AuthenticationProvider provider;

	public Learners(EmployeeService employees, AccountService accounts, AuthenticationProvider provider) {
		this.employees = employees;
		this.accounts = accounts;
		this.provider = provider;
	}

	/** A new employee (department VOR) with an account; returns the user name. */
	public String create(String prefix) {
		String username = prefix + "-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 4);
		SystemAuthentication.run(() -> {
			long employee = employees.create(new NewEmployee("L-" + username, "Test", null, username, null, "VOR", null,
					LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, username, PASSWORD, Set.of());
		});
		return username;
	}

	public <T> T as(String username, Supplier<T> work) {
		String password = username.equals("medewerker") || username.equals("manager") ? "demo-wachtwoord-2026"
				: PASSWORD;
		Authentication authentication = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		SecurityContext previous = SecurityContexts.strategy().getContext();
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContexts.strategy().setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContexts.strategy().setContext(previous);
		}
	}

	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Plays a scenario to its ending with the best (or the worst) choice at every step.
	 */
	public static ScenarioState play(LearningService learning, Course course, Scenario scenario, boolean best) {
		ScenarioState state = learning.scenario(course.id(), scenario.id());
		while (!state.finished()) {
			ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
			state = learning.choose(course.id(), scenario.id(), step.id(), best ? step.bestIndex() : worstIndex(step),
					UUID.randomUUID());
		}
		return state;
	}

	/** Reads every lesson and passes every scenario: the assessment opens. */
	public static void prepareAssessment(LearningService learning, Course course) {
		course.lessons().forEach(lesson -> learning.markLessonRead(course.id(), lesson.id()));
		course.scenarios().forEach(scenario -> play(learning, course, scenario, true));
	}

	/** Answers every question of the attempt right or wrong. */
	public static void answerAll(AssessmentService assessment, Course course, AttemptView attempt, boolean right) {
		for (String id : attempt.questionIds()) {
			Question question = course.question(id).orElseThrow();
			assessment.answer(attempt.attemptId(), id, right ? correct(question) : wrongSelection(question),
					UUID.randomUUID());
		}
	}

	/** The whole course, passed and acknowledged. */
	public static void passCourse(LearningService learning, AssessmentService assessment, Course course) {
		prepareAssessment(learning, course);
		AttemptView attempt = assessment.openAttempt(course.id());
		answerAll(assessment, course, attempt, true);
		assessment.submit(attempt.attemptId());
		assessment.acknowledge(course.id());
	}

	public static Set<Integer> correct(Question question) {
		Set<Integer> right = new HashSet<>();
		List<QuestionOption> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).correct()) {
				right.add(i);
			}
		}
		return right;
	}

	public static Set<Integer> wrongSelection(Question question) {
		List<QuestionOption> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			if (!options.get(i).correct()) {
				return Set.of(i);
			}
		}
		throw new IllegalStateException("no wrong option in " + question.id());
	}

	public static int worstIndex(ScenarioStep step) {
		int worst = 0;
		for (int i = 1; i < step.choices().size(); i++) {
			if (step.choices().get(i).score() < step.choices().get(worst).score()) {
				worst = i;
			}
		}
		return worst;
	}

}

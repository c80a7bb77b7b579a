package nl.ambtenaaronline.training.durability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.Application;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;

/**
 * Started by {@link KillMinus9Durability} inside the production jar (Spring Boot's
 * {@code PropertiesLauncher} with this class on {@code loader.path}): starts the
 * application as in production, signs in one learner through the real authentication
 * provider, opens (or resumes) their assessment attempt and answers questions through
 * {@link LearningService} until it is killed. Standard output is the protocol:
 * <ul>
 * <li>{@code RESUMED <attempt> <position> <question>=<options>;...} once the attempt is
 * open, with the answers the application holds for it;</li>
 * <li>{@code SAVING <uuid> <question> <options>} before and {@code SAVED <uuid>} after
 * {@code answer(...)} returned, that is after the commit the screen would report as
 * "saved".</li>
 * </ul>
 */
public final class AnsweringChild {

	static final String USERNAME = "kill-learner";

	static final String PASSWORD = "een-lang-wachtwoord-voor-kill";

	private AnsweringChild() {
	}

	public static void main(String[] args) throws InterruptedException {
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, args);
		EmployeeService employees = app.getBean(EmployeeService.class);
		AccountService accounts = app.getBean(AccountService.class);
		SystemAuthentication.run(() -> {
			if (employees.findByNumber("KILL-1").isEmpty()) {
				if (employees.departments().stream().noneMatch(department -> department.code().equals("KIL"))) {
					employees.createDepartment("KIL", "Kill -9");
				}
				long employee = employees.create(new NewEmployee("KILL-1", "Kill", null, "Learner", null, "KIL", null,
						LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
				accounts.createAccount(employee, USERNAME, PASSWORD, Set.of());
			}
		});
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(app.getBean(AuthenticationProvider.class)
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USERNAME, PASSWORD)));
		SecurityContexts.strategy().setContext(context);

		LearningService learning = app.getBean(LearningService.class);
		AssessmentService assessment = app.getBean(AssessmentService.class);
		Course course = app.getBean(ContentService.class).current("social-media").orElseThrow();
		Learners.prepareAssessment(learning, course);
		AttemptView attempt = assessment.openAttempt(course.id());
		System.out
			.println("RESUMED " + attempt.attemptId() + " " + attempt.position() + " " + format(attempt.answers()));
		System.out.flush();

		Random random = new Random();
		List<String> questions = attempt.questionIds();
		for (int i = attempt.position();; i++) {
			String question = questions.get(i % questions.size());
			int options = course.question(question).orElseThrow().options().size();
			Set<Integer> selected = Set.of(random.nextInt(options));
			UUID id = UUID.randomUUID();
			System.out.println("SAVING " + id + " " + question + " " + options(selected));
			assessment.answer(attempt.attemptId(), question, selected, id);
			System.out.println("SAVED " + id);
			System.out.flush();
			assessment.moveTo(attempt.attemptId(), (i + 1) % questions.size());
			Thread.sleep(random.nextInt(10));
		}
	}

	static String options(Set<Integer> selected) {
		return new TreeSet<>(selected).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static String format(Map<String, Set<Integer>> answers) {
		return answers.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + options(entry.getValue()))
			.sorted()
			.collect(Collectors.joining(";"));
	}

}

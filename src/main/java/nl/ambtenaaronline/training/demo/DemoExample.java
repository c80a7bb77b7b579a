package nl.ambtenaaronline.training.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.ReloadResult;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.ScenarioState;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Delta recertification in the demo, on the made-up example course "Demo-cursus
 * (verzonnen): wat is er veranderd" ({@link DemoExampleContent}): in a new demo city the
 * login {@value #LOGIN} and {@value #HOLDERS} more people of Dienstverlening pass version
 * 1.0.0 through the services, as themselves (so each holds a valid 1.0.0 certificate);
 * then, at every start, version 2.0.0 with its delta record (two changed rules) is put in
 * the example's folder and the content reloaded, as an editor publishes a new major
 * version. The new major version reaches the assignments through the event registry: the
 * holders get the DELTA assignment ("wat is er veranderd"), everyone else keeps the whole
 * course.
 */
@Component
@Profile("demo")
@Order(40)
class DemoExample implements ApplicationRunner {

	/** The demo login that plays "Wat is er veranderd". */
	static final String LOGIN = "voorbeeld";

	/** People besides the login who hold a 1.0.0 certificate. */
	static final int HOLDERS = 4;

	static final String DEPARTMENT = "DIV";

	private static final Logger log = LoggerFactory.getLogger(DemoExample.class);

	private final Environment environment;

	private final ContentService contents;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final LearningService learning;

	private final AssessmentService assessment;

	private final UserDetailsService users;

	private final Clock clock;

	DemoExample(Environment environment, ContentService contents, EmployeeService employees, AccountService accounts,
			LearningService learning, AssessmentService assessment, UserDetailsService users, Clock clock) {
		this.environment = environment;
		this.contents = contents;
		this.employees = employees;
		this.accounts = accounts;
		this.learning = learning;
		this.assessment = assessment;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		String folder = environment.getProperty(DemoExampleContent.EXTRA_PATH, "");
		if (!environment.getProperty(DemoExampleContent.ENABLED, Boolean.class, false) || folder.isBlank()) {
			return;
		}
		Course first = contents.current(DemoExampleContent.COURSE).orElse(null);
		if (first == null || !first.version().toString().equals(DemoExampleContent.FIRST)) {
			return;
		}
		boolean seeded = SystemAuthentication
			.call(() -> accounts.list(0, 1000).stream().anyMatch(account -> account.username().equals(LOGIN)));
		if (!seeded) {
			List<String> holders = holders();
			holders.forEach(username -> as(username, () -> pass(first)));
			log.info("Demo example course: {} people passed {} {}", holders.size(), first.id(), first.version());
		}
		try {
			DemoExampleContent.copyVersion(DemoExampleContent.SECOND, Path.of(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not put version 2.0.0 of the demo's example course in place", ex);
		}
		ReloadResult reload = SystemAuthentication.call(contents::reload);
		if (!reload.success()) {
			log.warn("Demo example course: version {} not loaded: {}", DemoExampleContent.SECOND, reload.problems());
			return;
		}
		log.info(String.format(Locale.ROOT, """

				  Ambtenaar Online demo: the made-up example course "Demo-cursus (verzonnen): wat is er veranderd"
				  went from %s to %s (two changed rules). Holders of a valid %s certificate take only
				  the changed rules:
				    %-12s employee, holds a valid %s certificate: plays "Wat is er veranderd"
				    (password: %s)
				""", DemoExampleContent.FIRST, DemoExampleContent.SECOND, DemoExampleContent.FIRST, LOGIN,
				DemoExampleContent.FIRST, DemoData.PASSWORD));
	}

	/**
	 * The login and the other holders, with their accounts: people of Dienstverlening.
	 */
	private List<String> holders() {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		List<String> usernames = new ArrayList<>();
		SystemAuthentication.run(() -> {
			Set<Long> withAccount = new HashSet<>();
			accounts.list(0, 1000).forEach(account -> withAccount.add(account.employeeId()));
			for (EmployeeSummary person : employees.find(new RosterFilter("", DEPARTMENT, false), 0, 100)) {
				if (usernames.size() > HOLDERS) {
					break;
				}
				if (withAccount.contains(person.id()) || person.managerId() == null || person.endDate() != null
						|| person.startDate().isAfter(today.minusYears(2))) {
					continue;
				}
				String username = usernames.isEmpty() ? LOGIN : "voorbeeld-" + person.employeeNumber();
				accounts.createAccount(person.id(), username, DemoData.PASSWORD, Set.of());
				usernames.add(username);
			}
		});
		return usernames;
	}

	/** The whole course with the best choices and the right answers, acknowledged. */
	private void pass(Course course) {
		course.lessons().forEach(lesson -> learning.markLessonRead(course.id(), lesson.id()));
		for (Scenario scenario : course.scenarios()) {
			ScenarioState state = learning.scenario(course.id(), scenario.id());
			while (!state.finished()) {
				ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
				state = learning.choose(course.id(), scenario.id(), step.id(), step.bestIndex(), UUID.randomUUID());
			}
		}
		AttemptView attempt = assessment.openAttempt(course.id());
		for (String id : attempt.questionIds()) {
			Question question = course.question(id).orElseThrow();
			Set<Integer> right = new HashSet<>();
			for (int i = 0; i < question.options().size(); i++) {
				if (question.options().get(i).correct()) {
					right.add(i);
				}
			}
			assessment.answer(attempt.attemptId(), id, right, UUID.randomUUID());
		}
		assessment.submit(attempt.attemptId());
		assessment.acknowledge(course.id());
	}

	private void as(String username, Runnable work) {
		DemoUsers.runAs(users, username, work);
	}

}

package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Learners for the load test ({@code bench/}), only in the {@code loadtest} profile:
 * {@code load-00001} … {@code load-NNNNN} in department {@code LOAD}, with the password
 * given in {@code app.loadtest.password} and every lesson read and every scenario passed,
 * so the load test can open a lesson, replay a scenario and take the assessment. Created
 * once per database (existing ones are kept). {@link LoadTestGuard} refuses the profile
 * against any database that is not on this machine.
 */
@Component
@Profile("loadtest")
@Order(30)
class LoadTestLearners implements ApplicationRunner {

	static final String DEPARTMENT = "LOAD";

	private static final Logger log = LoggerFactory.getLogger(LoadTestLearners.class);

	private final LoadTestProperties properties;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final UserDetailsService users;

	private final LearningService learning;

	private final ContentService contents;

	private final Clock clock;

	LoadTestLearners(LoadTestProperties properties, EmployeeService employees, AccountService accounts,
			UserDetailsService users, LearningService learning, ContentService contents, Clock clock) {
		this.properties = properties;
		this.employees = employees;
		this.accounts = accounts;
		this.users = users;
		this.learning = learning;
		this.contents = contents;
		this.clock = clock;
	}

	static String username(int number) {
		return String.format(Locale.ROOT, "load-%05d", number);
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = properties.password();
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("The loadtest profile needs app.loadtest.password");
		}
		long start = System.nanoTime();
		SystemAuthentication.run(() -> {
			if (employees.departments().stream().noneMatch(d -> d.code().equals(DEPARTMENT))) {
				employees.createDepartment(DEPARTMENT, "Load test");
			}
		});
		AtomicInteger created = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, properties.threads()))) {
			List<Future<?>> work = new ArrayList<>();
			for (int number = 1; number <= properties.learners(); number++) {
				int n = number;
				work.add(pool.submit(() -> {
					if (create(n, password)) {
						created.incrementAndGet();
					}
				}));
			}
			for (Future<?> each : work) {
				each.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while creating load test learners", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("could not create the load test learners", ex.getCause());
		}
		log.info("Load test learners: {} present (load-00001 … {}), {} created in {} s", properties.learners(),
				username(properties.learners()), created.get(), (System.nanoTime() - start) / 1_000_000_000);
	}

	private boolean create(int number, String password) {
		String username = username(number);
		String employeeNumber = "LOAD-" + String.format(Locale.ROOT, "%05d", number);
		boolean exists = SystemAuthentication.call(() -> employees.findByNumber(employeeNumber).isPresent());
		if (exists) {
			return false;
		}
		LocalDate started = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).minusYears(1);
		SystemAuthentication.run(() -> {
			long employee = employees.create(new NewEmployee(employeeNumber, "Load", null, "Learner " + number, null,
					DEPARTMENT, null, started, null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, username, password, Set.of());
		});
		as(username, () -> contents.courses().forEach(this::prepare));
		return true;
	}

	/** Reads every lesson and passes every scenario with the best choices. */
	private void prepare(Course course) {
		course.lessons().forEach(lesson -> learning.markLessonRead(course.id(), lesson.id()));
		for (Scenario scenario : course.scenarios()) {
			ScenarioState state = learning.scenario(course.id(), scenario.id());
			while (!state.finished()) {
				ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
				state = learning.choose(course.id(), scenario.id(), step.id(), step.bestIndex(), UUID.randomUUID());
			}
		}
	}

	private void as(String username, Runnable work) {
		DemoUsers.runAs(users, username, work);
	}

}

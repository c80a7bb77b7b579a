package nl.ambtenaaronline.training.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.InvalidSettingException;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Analytics through the real learning service: a department of its own where ten learners
 * who are not new hires take the first step of the first scenario (seven the best choice,
 * three the worst) and one new hire takes the worst. Their answers are moved to the last
 * month, since analytics shows closed months only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsServiceTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	AnalyticsService analytics;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	LearningService learning;

	@Autowired
	ContentService contents;

	@Autowired
	SettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<RetentionRule> retentionRules;

	@Autowired
	Clock clock;

	String department;

	Scenario scenario;

	ScenarioStep step;

	@BeforeAll
	void tenLearnersAndOneNewHireTakeTheFirstStep() {
		department = "AN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Course course = contents.current(COURSE).orElseThrow();
		scenario = course.scenarios().getFirst();
		step = scenario.startStep();
		SystemAuthentication.run(() -> employees.createDepartment(department, "Analyse " + department));
		for (int i = 0; i < 11; i++) {
			boolean newHire = i == 10;
			String username = learner(department,
					newHire ? LocalDate.now(TimeConfiguration.ZONE).minusDays(30) : LocalDate.of(2015, 1, 1));
			int choice = i < 7 ? step.bestIndex() : Learners.worstIndex(step);
			learners.run(username, () -> learning.choose(COURSE, scenario.id(), step.id(), choice, UUID.randomUUID()));
		}
		intoLastMonth(department);
	}

	/**
	 * Dates the department's answer facts a month earlier, into a closed month (once
	 * analytics has written them: it listens after the answer's transaction).
	 */
	private void intoLastMonth(String departmentCode) {
		quiet();
		LocalDate lastMonth = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).minusMonths(1);
		jdbc.update("update answer_fact set answered_on = ? where department_code = ?", lastMonth, departmentCode);
	}

	@Test
	void theOpenMonthIsNotShownSoOnePersonsAnswerCannotBeReadFromTwoViews() {
		String other = "AO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		SystemAuthentication.run(() -> employees.createDepartment(other, "Analyse " + other));
		for (int i = 0; i < 10; i++) {
			String username = learner(other, LocalDate.of(2015, 1, 1));
			learners.run(username,
					() -> learning.choose(COURSE, scenario.id(), step.id(), step.bestIndex(), UUID.randomUUID()));
		}
		quiet();
		AnalyticsFilter filter = new AnalyticsFilter(COURSE, other, NewHires.ALL, null, null);
		MisconceptionReport before = SystemAuthentication.call(() -> analytics.misconceptions(filter));
		String eleventh = learner(other, LocalDate.of(2015, 1, 1));
		learners.run(eleventh,
				() -> learning.choose(COURSE, scenario.id(), step.id(), Learners.worstIndex(step), UUID.randomUUID()));
		quiet();
		MisconceptionReport after = SystemAuthentication.call(() -> analytics.misconceptions(filter));
		// ten people answered this month, a published group if the month counted; the
		// eleventh person's wrong answer would be the difference between the two views
		assertThat(before.rules()).isEmpty();
		assertThat(after).isEqualTo(before);
		YearMonth thisMonth = YearMonth.now(clock.withZone(TimeConfiguration.ZONE));
		assertThat(SystemAuthentication
			.call(() -> analytics.misconceptions(new AnalyticsFilter(COURSE, other, NewHires.ALL, thisMonth, thisMonth))
				.rules()))
			.isEmpty();
		// once the month is closed, all eleven count, and that figure no longer changes
		intoLastMonth(other);
		MisconceptionReport closed = SystemAuthentication.call(() -> analytics.misconceptions(filter));
		assertThat(closed.rules()).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.answers()).isEqualTo(11);
			assertThat(rule.wrong()).isEqualTo(1);
		});
	}

	@Test
	void aChoiceNamingAContactShowsTheConfiguredContactNotItsPlaceholder() {
		Course course = contents.current(COURSE).orElseThrow();
		Scenario withContact = course.scenarios()
			.stream()
			.filter(s -> s.steps().stream().anyMatch(AnalyticsServiceTest::namesAContact))
			.findFirst()
			.orElseThrow();
		List<int[]> path = pathToAContact(withContact);
		String other = "AP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		SystemAuthentication.run(() -> employees.createDepartment(other, "Analyse " + other));
		for (int i = 0; i < 10; i++) {
			String username = learner(other, LocalDate.of(2015, 1, 1));
			learners.run(username, () -> {
				for (int[] taken : path) {
					learning.choose(COURSE, withContact.id(), withContact.steps().get(taken[0]).id(), taken[1],
							UUID.randomUUID());
				}
			});
		}
		intoLastMonth(other);
		MisconceptionReport report = SystemAuthentication
			.call(() -> analytics.misconceptions(new AnalyticsFilter(COURSE, other, NewHires.ALL, null, null)));
		String contactStep = withContact.steps().get(path.getLast()[0]).id();
		assertThat(report.choices()).filteredOn(c -> c.stepId().equals(contactStep)).isNotEmpty().allSatisfy(c -> {
			assertThat(c.choice().nl()).doesNotContain("{{");
			assertThat(c.choice().en()).doesNotContain("{{");
			assertThat(c.stepNumber()).as("the step's place, not its id").isEqualTo(path.getLast()[0] + 1);
		}).anySatisfy(c -> assertThat(c.choice().nl()).contains("Coördinatiepunt Huisstijl ("));
	}

	private static boolean namesAContact(ScenarioStep step) {
		return step.choices().stream().anyMatch(c -> c.text().nl().contains("{{"));
	}

	/**
	 * The steps and choices (step index, choice index) from the start of the scenario to
	 * a step with a choice that names a contact, taking that choice last.
	 */
	private static List<int[]> pathToAContact(Scenario scenario) {
		Map<String, List<int[]>> paths = new LinkedHashMap<>();
		ArrayDeque<String> queue = new ArrayDeque<>();
		paths.put(scenario.startStep().id(), List.of());
		queue.add(scenario.startStep().id());
		while (!queue.isEmpty()) {
			String id = queue.poll();
			ScenarioStep at = scenario.step(id).orElseThrow();
			int index = scenario.steps().indexOf(at);
			for (int i = 0; i < at.choices().size(); i++) {
				List<int[]> taken = new ArrayList<>(paths.get(id));
				taken.add(new int[] { index, i });
				if (at.choices().get(i).text().nl().contains("{{")) {
					return taken;
				}
				String next = at.choices().get(i).next();
				if (scenario.step(next).isPresent() && !paths.containsKey(next)) {
					paths.put(next, taken);
					queue.add(next);
				}
			}
		}
		throw new IllegalStateException("no choice names a contact in " + scenario.id());
	}

	private String learner(String departmentCode, LocalDate start) {
		String username = "an-" + UUID.randomUUID().toString().substring(0, 8);
		SystemAuthentication.run(() -> {
			long id = employees.create(new NewEmployee("N-" + username, "Test", null, username, null, departmentCode,
					null, start, null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(id, username, Learners.PASSWORD, Set.of());
		});
		return username;
	}

	/** Waits until analytics has written the facts of every answer given so far. */
	private void quiet() {
		ListenersQuiet.await(jdbc);
	}

	MisconceptionReport report(NewHires newHires) {
		return SystemAuthentication
			.call(() -> analytics.misconceptions(new AnalyticsFilter(COURSE, department, newHires, null, null)));
	}

	@Test
	void theChoicesAtTheStepAreCountedFromTheTenWhoAreNotNewHires() {
		MisconceptionReport report = report(NewHires.EXCLUDED);
		List<ChoiceFigure> atStep = report.choices()
			.stream()
			.filter(c -> c.scenarioId().equals(scenario.id()) && c.stepId().equals(step.id()))
			.toList();
		assertThat(atStep).hasSize(step.choices().size());
		assertThat(atStep.get(step.bestIndex()).taken()).isEqualTo(7);
		assertThat(atStep.get(step.bestIndex()).percent()).isEqualTo(70);
		assertThat(atStep.get(step.bestIndex()).best()).isTrue();
		assertThat(atStep.get(Learners.worstIndex(step)).taken()).isEqualTo(3);
		// every rule of the step: 10 first answers, 3 wrong
		assertThat(report.rules()).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.answers()).isEqualTo(10);
			assertThat(rule.wrong()).isEqualTo(3);
			assertThat(rule.percentWrong()).isEqualTo(30);
		});
	}

	@Test
	void theNewHireCannotBeSingledOutByDifferencingFilters() {
		MisconceptionReport everyone = report(NewHires.ALL);
		MisconceptionReport withoutNewHires = report(NewHires.EXCLUDED);
		assertThat(everyone.rules()).isEqualTo(withoutNewHires.rules());
		assertThat(everyone.choices()).isEqualTo(withoutNewHires.choices());
		assertThat(everyone.leftOut()).isTrue();
		MisconceptionReport onlyNewHires = report(NewHires.ONLY);
		assertThat(onlyNewHires.rules()).isEmpty();
		assertThat(onlyNewHires.choices()).isEmpty();
	}

	@Test
	void aLargerMinimumGroupHidesTheGroupOfTen() {
		SystemAuthentication.run(() -> settings.update(AnalyticsConfiguration.MIN_GROUP_SIZE, "11"));
		try {
			assertThat(report(NewHires.EXCLUDED).rules()).isEmpty();
		}
		finally {
			SystemAuthentication.run(() -> settings.update(AnalyticsConfiguration.MIN_GROUP_SIZE, "10"));
		}
		assertThat(report(NewHires.EXCLUDED).rules()).isNotEmpty();
		assertThatThrownBy(
				() -> SystemAuthentication.run(() -> settings.update(AnalyticsConfiguration.MIN_GROUP_SIZE, "4")))
			.isInstanceOf(InvalidSettingException.class);
	}

	@Test
	void theRetentionRuleForgetsWhoAnsweredButTheFiguresStay() {
		MisconceptionReport before = report(NewHires.EXCLUDED);
		RetentionRule rule = retentionRules.stream()
			.filter(r -> r.kind() == RetentionKind.ANSWERS && r.name().equals("learning.answer-facts"))
			.findFirst()
			.orElseThrow();
		RetentionRule.Erasure erasure = rule.apply(Period.ofDays(1), clock.instant().plus(Duration.ofDays(3)));
		assertThat(erasure.records()).isPositive();
		assertThat(jdbc.queryForObject(
				"select count(*) from answer_fact where department_code = ? and employee_id is not null", Integer.class,
				department))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from answer_fact where department_code = ? and answer_id is not null", Integer.class,
				department))
			.as("the answer's id leads to the person too")
			.isZero();
		assertThat(report(NewHires.EXCLUDED)).isEqualTo(before);
		assertThat(rule.apply(Period.ofDays(1), clock.instant().plus(Duration.ofDays(3))).records()).isZero();
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorSeesNoAnalytics() {
		assertThatThrownBy(() -> analytics.misconceptions(AnalyticsFilter.all(COURSE)))
			.isInstanceOf(AccessDeniedException.class);
	}

}

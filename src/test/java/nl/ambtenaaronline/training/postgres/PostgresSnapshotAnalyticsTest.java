package nl.ambtenaaronline.training.postgres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.analytics.AnalyticsFilter;
import nl.ambtenaaronline.training.analytics.AnalyticsService;
import nl.ambtenaaronline.training.analytics.MisconceptionReport;
import nl.ambtenaaronline.training.analytics.NewHires;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import nl.ambtenaaronline.training.snapshot.SnapshotSummary;
import nl.ambtenaaronline.training.snapshot.SnapshotVerification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots and analytics on PostgreSQL: the as-of queries, the digest round trip and the
 * GROUP BY of the answer facts.
 */
@PostgresTest
class PostgresSnapshotAnalyticsTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnalyticsService analytics;

	@Autowired
	AssignmentService assignments;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	LearningService learning;

	@Autowired
	ContentService contents;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Test
	void tenLearnersGiveFiguresAndASnapshotThatVerifies() throws InterruptedException {
		String department = "PA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		SystemAuthentication.run(() -> employees.createDepartment(department, "Analyse op PostgreSQL"));
		Scenario scenario = contents.current(COURSE).orElseThrow().scenarios().getFirst();
		ScenarioStep step = scenario.startStep();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String username = "pa-" + UUID.randomUUID().toString().substring(0, 8);
			long id = SystemAuthentication.call(() -> {
				long employee = employees.create(new NewEmployee("P-" + username, "Test", null, username, null,
						department, null, LocalDate.of(2015, 1, 1), null, WorkerType.EMPLOYEE, null));
				accounts.createAccount(employee, username, Learners.PASSWORD, Set.of());
				return employee;
			});
			ids.add(id);
			int choice = i < 6 ? step.bestIndex() : Learners.worstIndex(step);
			learners.run(username, () -> learning.choose(COURSE, scenario.id(), step.id(), choice, UUID.randomUUID()));
		}
		// analytics writes the facts after each answer's transaction; it shows closed
		// months only: the answers are dated in the month before
		ListenersQuiet.await(jdbc);
		jdbc.update("update answer_fact set answered_on = ? where department_code = ?",
				LocalDate.now(TimeConfiguration.ZONE).minusMonths(1), department);
		MisconceptionReport report = SystemAuthentication
			.call(() -> analytics.misconceptions(new AnalyticsFilter(COURSE, department, NewHires.ALL, null, null)));
		assertThat(report.rules()).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.answers()).isEqualTo(10);
			assertThat(rule.wrong()).isEqualTo(4);
		});

		SystemAuthentication.run(() -> assignments.reconcile(ids));
		SnapshotSummary snapshot = SystemAuthentication
			.call(() -> snapshots.create(COURSE, LocalDate.now(TimeConfiguration.ZONE)));
		assertThat(snapshot.counted()).isGreaterThanOrEqualTo(10);
		SnapshotVerification verification = SystemAuthentication.call(() -> snapshots.verify(snapshot.id()));
		assertThat(verification.intact()).isTrue();
		assertThat(verification.reproduced()).isTrue();
		assertThat(SystemAuthentication.call(() -> snapshots.xlsx(snapshot.id())).content()).isNotEmpty();
	}

}

package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.AccountSummary;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rollout under way, for the completion trend of the reports: in every department a
 * share of the people who must still do the course (between 30 and 70 %, different per
 * department; none with a demo login, no new hire) completed it on a day since go-live,
 * more of them as the due date comes nearer. The demo city's story: during the rollout it
 * also held classroom sessions, which HR recorded with their dates (the one way to date a
 * completion in the past); the online completions with their certificates are those of
 * {@link DemoActivity}'s learners. Once, after the other demo data.
 */
@Component
@Profile("demo")
@Order(35)
class DemoTrend implements ApplicationRunner {

	static final String COURSE = "social-media";

	/** The share completed per department, in the order of the departments. */
	static final double[] SHARES = { 0.55, 0.35, 0.65, 0.45, 0.6, 0.3, 0.7, 0.5, 0.4, 0.62 };

	/**
	 * Days since go-live over which the completions are spread (go-live: 80 days ago).
	 */
	static final int DAYS = 75;

	private static final Logger log = LoggerFactory.getLogger(DemoTrend.class);

	private final EmployeeService employees;

	private final AssignmentService assignments;

	private final AccountService accounts;

	private final Clock clock;

	DemoTrend(EmployeeService employees, AssignmentService assignments, AccountService accounts, Clock clock) {
		this.employees = employees;
		this.assignments = assignments;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
			Set<Long> withLogin = accounts.list(0, 1000)
				.stream()
				.map(AccountSummary::employeeId)
				.collect(Collectors.toSet());
			int department = 0;
			int recorded = 0;
			for (var summary : employees.departments()) {
				List<EmployeeSummary> people = new ArrayList<>(
						employees.find(new RosterFilter("", summary.code(), false), 0, 100));
				// the last six are (mostly) those DemoReports gave their statuses;
				// who has one already is skipped below (mustDo)
				List<EmployeeSummary> candidates = people.subList(0, Math.max(0, people.size() - 6))
					.stream()
					.filter(person -> !withLogin.contains(person.id()) && person.endDate() == null
							&& person.startDate().isBefore(today.minusDays(DAYS + 5)))
					.toList();
				if (candidates.isEmpty()) {
					continue;
				}
				if (department == 0 && completed(candidates.getFirst().id())) {
					return;
				}
				int count = (int) Math.round(candidates.size() * SHARES[department % SHARES.length]);
				for (int k = 0; k < count; k++) {
					EmployeeSummary person = candidates.get(k);
					if (k > 0 && !mustDo(assignments, person.id())) {
						continue;
					}
					// the density of completions rises toward today
					long day = Math.round((DAYS - 1) * Math.sqrt((k + 0.5) / count));
					assignments.recordClassroom(person.id(), COURSE, today.minusDays(DAYS).plusDays(day),
							"Demo-trainer");
					recorded++;
				}
				department++;
			}
			log.info("Demo completion trend: {} completions since go-live in {} departments", recorded, department);
		});
	}

	private boolean completed(long employeeId) {
		return assignments.historyOf(employeeId).stream().anyMatch(a -> a.lastCompletedOn() != null);
	}

	/**
	 * Whether the person must still do the course: an open assignment, never completed,
	 * neither exempted nor deferred (also {@link DemoActivity}'s test).
	 */
	static boolean mustDo(AssignmentService assignments, long employeeId) {
		return assignments.currentOf(employeeId)
			.stream()
			.filter(AssignmentView::open)
			.anyMatch(a -> a.courseId().equals(COURSE) && a.status() != AssignmentStatus.EXEMPT
					&& a.status() != AssignmentStatus.DEFERRED && a.lastCompletedOn() == null);
	}

}

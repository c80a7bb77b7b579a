package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.OverrideReason;
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
 * Varied statuses for the demo's reports, once: in every department (among people without
 * a demo login) three classroom completions of last month (completed), one of 25 months
 * ago (expired), one exemption and one deferral. Together with the new hires who started
 * after go-live (overdue, not started) and the rollout (due soon), every department shows
 * several statuses.
 */
@Component
@Profile("demo")
@Order(25)
class DemoReports implements ApplicationRunner {

	static final String COURSE = "social-media";

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final EmployeeService employees;

	private final AssignmentService assignments;

	private final AccountService accounts;

	private final Clock clock;

	DemoReports(EmployeeService employees, AssignmentService assignments, AccountService accounts, Clock clock) {
		this.employees = employees;
		this.assignments = assignments;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			Set<Long> withLogin = accounts.list(0, 100)
				.stream()
				.map(AccountSummary::employeeId)
				.collect(Collectors.toSet());
			LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
			int departments = 0;
			for (var department : employees.departments()) {
				List<EmployeeSummary> people = new ArrayList<>(
						employees.find(new RosterFilter("", department.code(), false), 0, 100));
				// in service since before the oldest completion recorded here (25 months
				// ago): a recent hire with an expired repeat would contradict the roster
				people.removeIf(
						person -> withLogin.contains(person.id()) || person.startDate().isAfter(today.minusMonths(26)));
				if (people.size() < 10) {
					continue;
				}
				List<EmployeeSummary> chosen = people.subList(people.size() - 6, people.size());
				List<Long> ids = chosen.stream().map(EmployeeSummary::id).toList();
				if (assignments.historyOf(ids.getFirst())
					.stream()
					.anyMatch(a -> a.reason() == AssignmentReason.REFRESHER)) {
					return;
				}
				assignments.reconcile(ids);
				for (int i = 0; i < 3; i++) {
					assignments.recordClassroom(ids.get(i), COURSE, today.minusDays(10L + 7 * i), "Demo-trainer");
				}
				assignments.recordClassroom(ids.get(3), COURSE, today.minusMonths(25), "Demo-trainer");
				open(ids.get(4)).ifPresent(a -> assignments.exempt(a.id(), "Demo: werkt niet met sociale media"));
				open(ids.get(5))
					.ifPresent(a -> assignments.defer(a.id(), today.plusMonths(2), OverrideReason.LEAVE, ""));
				departments++;
			}
			log.info("Demo report statuses added in {} departments", departments);
		});
	}

	private Optional<AssignmentView> open(long employeeId) {
		return assignments.currentOf(employeeId).stream().filter(AssignmentView::open).findFirst();
	}

}

package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
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
 * Certificates for the demo city, so that the certificate screens and the public verify
 * page have something to show: recorded without a completion (as if carried over from
 * before the system), once, each with the completion it stands for (recorded as HR
 * records one from before the system: a classroom completion on that day), so that the
 * person's training, the reports and the certificate tell the same story. The revoked one
 * has none. {@code medewerker} gets none and starts the course fresh.
 * <ul>
 * <li>{@code manager}: valid;</li>
 * <li>{@code beheerder}: an earlier certificate, superseded by a newer valid one;</li>
 * <li>{@code hr}: expired;</li>
 * <li>{@code auditor}: revoked;</li>
 * <li>three people of Wonen in service for more than two years: valid.</li>
 * </ul>
 */
@Component
@Profile("demo")
@Order(20)
class DemoCertificates implements ApplicationRunner {

	static final String COURSE = "social-media";

	/** Who gave the completion, as HR records one from before the system. */
	static final String TRAINER = "Overgenomen: certificaat van voor dit systeem";

	private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

	private final CertificateService certificates;

	private final AccountService accounts;

	private final EmployeeService employees;

	private final Clock clock;

	private final AssignmentService assignments;

	DemoCertificates(CertificateService certificates, AccountService accounts, EmployeeService employees, Clock clock,
			AssignmentService assignments) {
		this.certificates = certificates;
		this.assignments = assignments;
		this.accounts = accounts;
		this.employees = employees;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			if (certificates.count("") > 0) {
				return;
			}
			Map<String, Long> people = accounts.list(0, 100)
				.stream()
				.collect(Collectors.toMap(AccountSummary::username, AccountSummary::employeeId));
			LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
			completed(people.get("manager"), today.minusMonths(3));
			issue(people.get("beheerder"), today.minusMonths(23));
			completed(people.get("beheerder"), today.minusMonths(1));
			completed(people.get("hr"), today.minusMonths(26));
			CertificateSummary revoked = issue(people.get("auditor"), today.minusMonths(2));
			certificates.revoke(revoked.id(), "Demo: uitgereikt aan de verkeerde persoon.");
			// people in service since before the certificate they carry over
			List<EmployeeSummary> wonen = employees.find(new RosterFilter("", "WON", false), 0, 100)
				.stream()
				.filter(person -> person.startDate().isBefore(today.minusYears(2)))
				.limit(3)
				.toList();
			for (int i = 0; i < wonen.size(); i++) {
				completed(wonen.get(i).id(), today.minusMonths(5 + 6L * i));
			}
			log.info("Demo certificates recorded: {}", certificates.count(""));
		});
	}

	/** A certificate from before the system and the completion it stands for. */
	private void completed(Long employeeId, LocalDate completedOn) {
		issue(employeeId, completedOn);
		assignments.recordClassroom(employeeId, COURSE, completedOn, TRAINER);
	}

	private CertificateSummary issue(Long employeeId, LocalDate completedOn) {
		Instant passedAt = completedOn.atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.ZONE).toInstant();
		return certificates.recordWithoutCompletion(employeeId, COURSE, passedAt);
	}

}

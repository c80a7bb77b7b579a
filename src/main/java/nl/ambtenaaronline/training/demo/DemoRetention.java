package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.privacy.PrivacyService;
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
 * Retention in the demo city: a made-up person of Wonen who left more than seven years
 * ago with a certificate from before that; the retention run at the first start erases
 * the name on it, so the destruction record has a row and the certificate register shows
 * the certificate without a name. Once.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRetention implements ApplicationRunner {

	static final String LEAVER = "100990";

	private static final Logger log = LoggerFactory.getLogger(DemoRetention.class);

	private final EmployeeService employees;

	private final CertificateService certificates;

	private final PrivacyService privacy;

	private final Clock clock;

	DemoRetention(EmployeeService employees, CertificateService certificates, PrivacyService privacy, Clock clock) {
		this.employees = employees;
		this.certificates = certificates;
		this.privacy = privacy;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			if (employees.findByNumber(LEAVER).isPresent()) {
				return;
			}
			LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
			long leaver = employees.create(new NewEmployee(LEAVER, "Roos", null, "Postma", null, "WON", null,
					today.minusYears(15), today.minusMonths(90), WorkerType.EMPLOYEE, null));
			certificates.recordWithoutCompletion(leaver, DemoCertificates.COURSE,
					today.minusMonths(100).atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.ZONE).toInstant());
			int records = privacy.applyRetention().size();
			log.info("Demo retention run: {} destruction records", records);
		});
	}

}

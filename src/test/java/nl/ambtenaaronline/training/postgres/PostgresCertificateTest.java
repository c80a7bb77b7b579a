package nl.ambtenaaronline.training.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.Verification;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificates on PostgreSQL: unique numbers under concurrent issues, status, verify. */
@PostgresTest
class PostgresCertificateTest {

	@Autowired
	CertificateService certificates;

	@Autowired
	EmployeeService employees;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Test
	void fiftyConcurrentIssuesGetFiftyUniqueConsecutiveNumbers() throws Exception {
		long holder = SystemAuthentication.call(() -> {
			if (employees.departments().stream().noneMatch(department -> department.code().equals("PGC"))) {
				employees.createDepartment("PGC", "Certificaatafdeling");
			}
			return employees.create(new NewEmployee("PG-C-" + System.nanoTime(), "Noor", "van der", "Berg", null, "PGC",
					null, LocalDate.of(2021, 3, 1), null, WorkerType.EMPLOYEE, null));
		});
		int count = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		List<CertificateSummary> issued = new ArrayList<>();
		try {
			List<Callable<CertificateSummary>> calls = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Instant passedAt = Instant.now().minus(count - i, ChronoUnit.MINUTES);
				calls.add(() -> {
					start.await();
					return SystemAuthentication
						.call(() -> certificates.recordWithoutCompletion(holder, "social-media", passedAt));
				});
			}
			List<Future<CertificateSummary>> futures = new ArrayList<>();
			for (Callable<CertificateSummary> call : calls) {
				futures.add(pool.submit(call));
			}
			start.countDown();
			for (Future<CertificateSummary> future : futures) {
				issued.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		Set<String> numbers = new HashSet<>();
		Set<String> codes = new HashSet<>();
		issued.forEach(certificate -> {
			numbers.add(certificate.number());
			codes.add(certificate.verificationCode());
		});
		assertThat(numbers).hasSize(count);
		assertThat(codes).hasSize(count);
		List<Long> sequence = issued.stream()
			.map(certificate -> Long
				.parseLong(certificate.number().substring(certificate.number().lastIndexOf('-') + 1)))
			.sorted()
			.toList();
		assertThat(sequence.getLast() - sequence.getFirst()).as("no gaps").isEqualTo(count - 1);

		List<CertificateSummary> history = SystemAuthentication.call(() -> certificates.certificatesOf(holder));
		assertThat(history).hasSize(count);
		assertThat(history.getFirst().status()).isEqualTo(CertificateStatus.VALID);
		assertThat(history.subList(1, count)).allMatch(c -> c.status() == CertificateStatus.SUPERSEDED);
		assertThat(certificates.verify(history.getFirst().verificationCode()))
			.isInstanceOfSatisfying(Verification.Found.class, found -> {
				assertThat(found.valid()).isTrue();
				assertThat(found.holder()).isEqualTo("N. van der Berg");
			});
		certificates.verify(history.getFirst().verificationCode());
		assertThat(SystemAuthentication.call(() -> certificates.certificatesOf(holder)).getFirst().verifications())
			.isEqualTo(2);
	}

}

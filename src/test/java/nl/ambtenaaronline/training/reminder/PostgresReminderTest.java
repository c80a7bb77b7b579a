package nl.ambtenaaronline.training.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL: the idempotency key refuses a second decision without breaking the
 * planning transaction (savepoint), and two send runs at once claim each reminder once.
 */
@PostgresTest
class PostgresReminderTest {

	static final int PORT = ReminderMailTest.freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	ReminderService reminders;

	@Autowired
	ReminderRuntime runtime;

	@Autowired
	EmployeeService employees;

	@Autowired
	AssignmentService assignments;

	@Autowired
	SettingsService settings;

	@BeforeAll
	static void freshSchema() throws Exception {
		PostgresSchema.recreate();
	}

	@AfterEach
	void backToTheApplication() {
		runtime.reset();
	}

	@Test
	void eachReminderIsDecidedOnceAndSentOnceByConcurrentRuns() throws Exception {
		String domain = "pg" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		String department = "R" + UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		// the go-live date first, so the roster listener and this test do not both set it
		String goLive = "assignment.social-media.go-live";
		SystemAuthentication.run(() -> {
			if (settings.date(goLive).isEmpty()) {
				settings.update(goLive, today.toString());
			}
		});
		SystemAuthentication.run(() -> employees.createDepartment(department, "Herinneringen"));
		List<Long> ids = new ArrayList<>();
		for (String name : List.of("een", "twee", "drie")) {
			ids.add(SystemAuthentication
				.call(() -> employees.create(new NewEmployee("P-" + UUID.randomUUID().toString().substring(0, 12), name,
						null, "Test", name + "@" + domain, department, null, today, null, WorkerType.EMPLOYEE, null))));
		}
		SystemAuthentication.run(() -> assignments.reconcile(ids));
		TestClock clock = TestClock.amsterdam(today.atTime(10, 0));
		runtime.useForTests(clock, ReminderMailTest.sender(PORT));
		assertThat(SystemAuthentication.call(() -> reminders.planFor(ids))).isEqualTo(3);
		assertThat(SystemAuthentication.call(() -> reminders.planFor(ids))).isZero();

		clock.set(ReminderMailTest.next(today.plusDays(1), DayOfWeek.TUESDAY).atTime(10, 0));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<ReminderService.SendResult>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					go.await();
					return SystemAuthentication.call(reminders::sendDue);
				}));
			}
			go.countDown();
			for (var run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		SystemAuthentication.call(reminders::sendDue);
		assertThat(greenMail.getReceivedMessagesForDomain(domain)).hasSize(3);
		for (long id : ids) {
			assertThat(SystemAuthentication.call(() -> reminders.of(id))).singleElement()
				.satisfies(reminder -> assertThat(reminder.status()).isEqualTo(ReminderStatus.SENT));
		}
	}

}

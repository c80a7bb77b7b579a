package nl.ambtenaaronline.training.reminder;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.OverrideReason;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.AuthenticationProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders against a real SMTP server (GreenMail) with a controllable clock, in the
 * shared test context: the runtime's clock and transport are swapped per test.
 */
@IntegrationTest
class ReminderMailTest {

	static final String COURSE = "social-media";

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	Learners learners;

	@Autowired
	ReminderService reminders;

	@Autowired
	ReminderRuntime runtime;

	@Autowired
	ReminderOutbox outbox;

	@Autowired
	ReminderPersonalData personalData;

	@Autowired
	AssignmentService assignments;

	@Autowired
	CertificateService certificates;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	SettingsService settings;

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	DataSource dataSource;

	final LocalDate today = LocalDate.now(TimeConfiguration.ZONE);

	final TestClock clock = TestClock.amsterdam(today.atTime(10, 0));

	final String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

	@BeforeEach
	void useGreenMail() {
		runtime.useForTests(clock, sender(PORT));
	}

	@AfterEach
	void backToTheApplication() {
		runtime.reset();
	}

	@Test
	void theRightMailsGoToTheRightPeopleInTheirLanguageOnTheRightDays() throws Exception {
		long manager = person("Manager", "manager", null);
		long anna = person("Anna", "anna", manager);
		long bram = person("Bram", null, manager);
		long cor = person("Cor", "cor", manager);
		english(anna);
		reconcile(manager, anna, bram, cor);
		LocalDate due = today.plusDays(30);

		assertThat(planAndSend(today, manager, anna, bram, cor)).isEqualTo(4);
		List<Mail> day0 = received();
		assertThat(mailTo("anna", day0)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("New mandatory training:");
			assertThat(mail.text()).contains("Dear Anna", "counts as working time", "minutes",
					"http://localhost:8080/course/" + COURSE);
			assertThat(mail.html()).contains("href=\"http://localhost:8080/course/" + COURSE + "\"", "#004699",
					"#ec0000", "lang=\"en\"");
		});
		assertThat(mailTo("cor", day0)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Nieuwe verplichte training:").contains(courseTitle());
			assertThat(mail.text()).contains("Beste Cor", "telt als werktijd", "minuten");
		});
		// Bram has no address: his reminder goes to his manager, marked as such
		assertThat(mailTo("manager", day0)).extracting(Mail::subject)
			.containsExactlyInAnyOrder("Nieuwe verplichte training: " + courseTitle(),
					"[Voor Bram Test" + domain + "] Nieuwe verplichte training: " + courseTitle());
		assertThat(mailTo("manager", day0)).filteredOn(mail -> mail.subject().startsWith("[Voor"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains("heeft geen e-mailadres bij ons"));
		assertThat(SystemAuthentication.call(() -> reminders.of(bram))).singleElement()
			.satisfies(reminder -> assertThat(reminder.viaManager()).isTrue());
		greenMail.purgeEmailFromAllMailboxes();

		assertThat(planAndSend(due.minusDays(14), manager, anna, bram, cor)).isEqualTo(4);
		assertThat(mailTo("anna", received())).extracting(Mail::subject)
			.singleElement()
			.asString()
			.startsWith("Reminder: complete");
		assertThat(plan(due.minusDays(10), manager, anna, bram, cor)).as("the 14-day step again").isZero();
		assertThat(planAndSend(due.minusDays(3), manager, anna, bram, cor)).isEqualTo(4);
		assertThat(planAndSend(due, manager, anna, bram, cor)).isEqualTo(4);
		assertThat(mailTo("cor", received())).extracting(Mail::subject)
			.containsExactly("Herinnering: rond " + courseTitle() + " af v\u00f3\u00f3r " + longDate(due, "nl"),
					"Herinnering: rond " + courseTitle() + " af v\u00f3\u00f3r " + longDate(due, "nl"),
					"Vandaag is de uiterste datum voor " + courseTitle());
		greenMail.purgeEmailFromAllMailboxes();

		// a week overdue: one mail each, and the manager's weekly digest of the team
		assertThat(planAndSend(due.plusDays(7), manager, anna, bram, cor)).isEqualTo(5);
		List<Mail> overdue = received();
		assertThat(mailTo("anna", overdue)).extracting(Mail::subject)
			.containsExactly("You are late with " + courseTitle(Locale.ENGLISH));
		Mail digest = mailTo("manager", overdue).stream()
			.filter(mail -> mail.subject().startsWith("Overzicht"))
			.findFirst()
			.orElseThrow();
		assertThat(digest.subject()).isEqualTo("Overzicht: 3 medewerker(s) te laat met verplichte training");
		assertThat(digest.text()).contains("Anna Test" + domain, "Bram Test" + domain + " *", "Cor Test" + domain);
		assertThat(digest.html()).contains("<table", "Anna Test" + domain);
		assertThat(plan(due.plusDays(8), manager, anna, bram, cor)).as("one digest per week").isZero();
	}

	@Test
	void mailGoesOutOnlyOnWorkingDaysWithinOfficeHours() throws Exception {
		flush();
		long id = person("Weekend", "weekend", null);
		reconcile(id);
		assertThat(plan(today, id)).isEqualTo(1);
		LocalDate saturday = next(today.plusDays(1), DayOfWeek.SATURDAY);
		clock.set(saturday.atTime(10, 0));
		send();
		clock.set(saturday.plusDays(1).atTime(12, 0));
		send();
		clock.set(saturday.plusDays(2).atTime(7, 59));
		send();
		assertThat(received()).isEmpty();
		clock.set(saturday.plusDays(2).atTime(8, 0));
		send();
		assertThat(received()).hasSize(1);
		clock.set(saturday.plusDays(2).atTime(17, 30));
		long another = person("Evening", "evening", null);
		reconcile(another);
		plan(today, another);
		clock.set(saturday.plusDays(2).atTime(17, 30));
		send();
		assertThat(received()).as("not after office hours").hasSize(1);
	}

	@Test
	void theHourlyThrottleIsRespected() throws Exception {
		flush();
		long[] people = { person("Een", "een", null), person("Twee", "twee", null), person("Drie", "drie", null) };
		reconcile(people);
		assertThat(plan(today, people)).isEqualTo(3);
		SystemAuthentication.run(() -> settings.update(ReminderConfiguration.PER_HOUR, "2"));
		try {
			LocalDateTime monday = next(today.plusDays(500), DayOfWeek.MONDAY).atTime(14, 0);
			clock.set(monday);
			assertThat(send().sent()).isEqualTo(2);
			clock.set(monday.plusMinutes(30));
			assertThat(send().sent()).isZero();
			assertThat(received()).hasSize(2);
			clock.set(monday.plusMinutes(61));
			assertThat(send().sent()).isEqualTo(1);
			assertThat(received()).hasSize(3);
		}
		finally {
			SystemAuthentication.run(() -> settings.update(ReminderConfiguration.PER_HOUR, "1000"));
		}
	}

	@Test
	void nothingGoesOutTwiceWhenTheJobRunsTwiceOrOnTwoNodesAtOnce() throws Exception {
		flush();
		long x = person("Xander", "xander", null);
		long y = person("Yara", "yara", null);
		reconcile(x, y);
		assertThat(plan(today, x, y)).isEqualTo(2);
		assertThat(plan(today, x, y)).as("deciding again").isZero();
		runtime.useForTests(clock, slowSender(PORT));
		clock.set(next(today.plusDays(1), DayOfWeek.TUESDAY).atTime(11, 0));

		// two nodes: each its own lock provider on the one database, started together
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<LockingTaskExecutor.TaskResult<ReminderService.SendResult>>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				LockingTaskExecutor executor = new DefaultLockingTaskExecutor(
						new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
							.withJdbcTemplate(new JdbcTemplate(dataSource))
							.usingDbTime()
							.build()));
				runs.add(pool.submit(() -> {
					start.await();
					try {
						return executor.executeWithLock(() -> SystemAuthentication.call(reminders::sendDue),
								new LockConfiguration(Instant.now(), "reminder-send", Duration.ofMinutes(10),
										Duration.ZERO));
					}
					catch (Throwable failure) {
						throw new IllegalStateException(failure);
					}
				}));
			}
			start.countDown();
			List<LockingTaskExecutor.TaskResult<ReminderService.SendResult>> results = new ArrayList<>();
			for (var run : runs) {
				results.add(run.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn(LockingTaskExecutor.TaskResult::wasExecuted).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		send();
		assertThat(received()).extracting(Mail::to).containsExactlyInAnyOrder("xander@" + domain, "yara@" + domain);

		// and without the lock, two runs at once still claim each reminder only once
		long z = person("Zoe", "zoe", null);
		long w = person("Wim", "wim", null);
		reconcile(z, w);
		plan(today, z, w);
		clock.set(next(today.plusDays(1), DayOfWeek.TUESDAY).atTime(11, 30));
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<ReminderService.SendResult>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(both.submit(() -> {
					go.await();
					return SystemAuthentication.call(reminders::sendDue);
				}));
			}
			go.countDown();
			int sent = 0;
			for (var run : runs) {
				sent += run.get(60, TimeUnit.SECONDS).sent();
			}
			assertThat(sent).isEqualTo(2);
		}
		finally {
			both.shutdownNow();
		}
		assertThat(received()).extracting(Mail::to)
			.containsExactlyInAnyOrder("xander@" + domain, "yara@" + domain, "zoe@" + domain, "wim@" + domain);
	}

	@Test
	void whenTheSmtpServerIsDownMailsStayQueuedAndGoOutOnceItIsBack() throws Exception {
		flush();
		long id = person("Down", "down", null);
		reconcile(id);
		plan(today, id);
		runtime.useForTests(clock, sender(freePort()));
		LocalDateTime tuesday = next(today.plusDays(1), DayOfWeek.TUESDAY).atTime(9, 0);
		clock.set(tuesday);
		assertThat(send().retried()).isEqualTo(1);
		ReminderSummary queued = single(id);
		assertThat(queued.status()).isEqualTo(ReminderStatus.PENDING);
		assertThat(queued.attempts()).isEqualTo(1);
		assertThat(queued.lastError()).isNotBlank();
		assertThat(queued.nextAttemptAt()).isAfter(clock.instant());

		runtime.useForTests(clock, sender(PORT));
		send();
		assertThat(received()).as("still backing off").isEmpty();
		clock.set(tuesday.plusMinutes(2));
		send();
		send();
		assertThat(received()).hasSize(1);
		assertThat(single(id).status()).isEqualTo(ReminderStatus.SENT);
	}

	@Test
	void aPermanentRefusalIsMarkedFailedAndShownToHr() throws Exception {
		flush();
		long id = person("Refused", "refused", null);
		reconcile(id);
		plan(today, id);
		try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
			runtime.useForTests(clock, sender(refusing.port()));
			clock.set(next(today.plusDays(1), DayOfWeek.WEDNESDAY).atTime(10, 0));
			assertThat(send().failed()).isEqualTo(1);
		}
		ReminderSummary failed = single(id);
		assertThat(failed.status()).isEqualTo(ReminderStatus.FAILED);
		assertThat(failed.lastError()).contains("550");
		assertThat(SystemAuthentication.call(() -> reminders.list(ReminderStatus.FAILED, 0, 10_000)))
			.extracting(ReminderSummary::id)
			.contains(failed.id());
		// failed stays failed: a later run with a working server does not send it
		runtime.useForTests(clock, sender(PORT));
		clock.advance(Duration.ofHours(1));
		send();
		assertThat(received()).isEmpty();
	}

	@Test
	void exemptDeferredAndLeftPeopleGetNoReminders() {
		long exempt = person("Vrij", "vrij", null);
		long deferred = person("Later", "later", null);
		reconcile(exempt, deferred);
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(exempt)).getFirst();
		SystemAuthentication.run(() -> assignments.exempt(open.id(), "Werkt niet met sociale media"));
		AssignmentView other = SystemAuthentication.call(() -> assignments.currentOf(deferred)).getFirst();
		SystemAuthentication.run(() -> assignments.defer(other.id(), today.plusMonths(6), OverrideReason.LEAVE, ""));
		long left = SystemAuthentication.call(() -> employees
			.create(new NewEmployee("R-" + UUID.randomUUID().toString().substring(0, 13), "Weg", null, "Test" + domain,
					"weg@" + domain, "VOR", null, today.minusYears(2), today.minusDays(1), WorkerType.EMPLOYEE, null)));
		reconcile(left);
		assertThat(plan(today, exempt, deferred, left)).isZero();
		assertThat(plan(today.plusDays(40), exempt, deferred, left)).isZero();
	}

	@Test
	void aCertificateIsRemindedBeforeItExpires() throws Exception {
		flush();
		long id = person("Certa", "certa", null);
		reconcile(id);
		CertificateSummary certificate = SystemAuthentication
			.call(() -> certificates.recordWithoutCompletion(id, COURSE, Instant.now()));
		LocalDate until = certificate.validUntil();
		assertThat(plan(until.minusDays(61), id)).as("no assignment step that day, no expiry step yet").isZero();
		clock.set(until.minusDays(60).atTime(10, 0));
		assertThat(SystemAuthentication.call(() -> reminders.planFor(List.of(id)))).isEqualTo(1);
		assertThat(single(id).kind()).isEqualTo(ReminderKind.CERTIFICATE_EXPIRY);
		clock.set(next(until.minusDays(60), DayOfWeek.MONDAY).atTime(10, 0));
		send();
		assertThat(received()).extracting(Mail::subject)
			.containsExactly("Je certificaat voor " + courseTitle() + " is geldig tot " + longDate(until, "nl"));
	}

	@Test
	void retentionErasesTheContentsButKeepsTheIdempotencyFacts() {
		long id = person("Oud", "oud", null);
		String key = "TEST:" + UUID.randomUUID();
		Instant old = Instant.parse("1980-01-01T10:00:00Z");
		assertThat(outbox.insert(new ReminderOutbox.NewReminder(key, ReminderKind.ASSIGNED, id, id, false, COURSE,
				"oud@" + domain, "nl", "Onderwerp", "Tekst", "<p>Tekst</p>", ReminderStatus.SENT, null), old))
			.isTrue();
		assertThat(personalData.exportFor(id)).singleElement()
			.satisfies(section -> assertThat(section.rows()).singleElement()
				.satisfies(row -> assertThat(row).containsEntry("address", "oud@" + domain)));

		RetentionRule.Erasure erasure = personalData.apply(Period.ofYears(1), Instant.parse("1990-01-01T00:00:00Z"));
		assertThat(erasure.records()).isEqualTo(1);
		assertThat(erasure.employeeIds()).containsExactly(id);
		ReminderSummary erased = single(id);
		assertThat(erased.recipientAddress()).isNull();
		assertThat(erased.subject()).isNull();
		assertThat(erased.bodyText()).isNull();
		assertThat(erased.kind()).isEqualTo(ReminderKind.ASSIGNED);
		assertThat(outbox.exists(key)).isTrue();
		assertThat(personalData.apply(Period.ofYears(1), Instant.parse("1990-01-01T00:00:00Z")).records()).isZero();
	}

	// ---------------------------------------------------------------------------------

	record Mail(String to, String subject, String text, String html) {
	}

	/** A person in VOR with an address at this test's own domain (or none). */
	long person(String first, @Nullable String mailbox, @Nullable Long manager) {
		return SystemAuthentication
			.call(() -> employees.create(new NewEmployee("R-" + UUID.randomUUID().toString().substring(0, 13), first,
					null, "Test" + domain, mailbox == null ? null : mailbox + "@" + domain, "VOR", manager, today, null,
					WorkerType.EMPLOYEE, null)));
	}

	void english(long employeeId) {
		String username = "reminder-" + UUID.randomUUID().toString().substring(0, 8);
		SystemAuthentication.run(() -> accounts.createAccount(employeeId, username, Learners.PASSWORD, Set.of()));
		learners.run(username, () -> accounts.setOwnLanguage(Locale.ENGLISH));
	}

	void reconcile(long... ids) {
		SystemAuthentication.run(() -> assignments.reconcile(Arrays.stream(ids).boxed().toList()));
	}

	int plan(LocalDate day, long... ids) {
		clock.set(day.atTime(10, 0));
		return SystemAuthentication.call(() -> reminders.planFor(Arrays.stream(ids).boxed().toList()));
	}

	/** Plans on the day and sends on that day or the first working day after it. */
	int planAndSend(LocalDate day, long... ids) {
		int written = plan(day, ids);
		LocalDate sendDay = day;
		while (!ReminderPlanner.workingDay(sendDay)) {
			sendDay = sendDay.plusDays(1);
		}
		clock.set(sendDay.atTime(10, 0));
		send();
		return written;
	}

	ReminderService.SendResult send() {
		return SystemAuthentication.call(reminders::sendDue);
	}

	/** Sends whatever other tests left queued, so this test's counts are its own. */
	void flush() {
		TestClock far = TestClock.amsterdam(LocalDateTime.of(2090, 1, 2, 10, 0));
		runtime.useForTests(far, sender(PORT));
		for (int i = 0; i < 50 && outbox.due(far.instant(), 1).size() > 0; i++) {
			SystemAuthentication.call(reminders::sendDue);
			far.advance(Duration.ofHours(7));
			if (!ReminderPlanner.officeHours(far.instant(), new ReminderRules(List.of(), 0, List.of(), DayOfWeek.MONDAY,
					java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0), 1, "", ""))) {
				far.set(next(LocalDate.ofInstant(far.instant(), TimeConfiguration.ZONE).plusDays(1), DayOfWeek.MONDAY)
					.atTime(10, 0));
			}
		}
		runtime.useForTests(clock, sender(PORT));
	}

	ReminderSummary single(long employeeId) {
		return SystemAuthentication.call(() -> reminders.of(employeeId)).getFirst();
	}

	List<Mail> received() throws Exception {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessagesForDomain(domain)) {
			mails.add(new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
					part(message, "text/plain"), part(message, "text/html")));
		}
		return mails;
	}

	static List<Mail> mailTo(String mailbox, List<Mail> mails) {
		return mails.stream().filter(mail -> mail.to().startsWith(mailbox + "@")).toList();
	}

	static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

	String courseTitle() {
		return courseTitle(Locale.of("nl"));
	}

	@Autowired
	nl.ambtenaaronline.training.content.ContentService contents;

	String courseTitle(Locale locale) {
		return contents.current(COURSE).orElseThrow().title().in(locale);
	}

	static String longDate(LocalDate date, String language) {
		return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(Locale.of(language))
			.format(date);
	}

	static LocalDate next(LocalDate from, DayOfWeek day) {
		LocalDate date = from;
		while (date.getDayOfWeek() != day) {
			date = date.plusDays(1);
		}
		return date;
	}

	static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "3000");
		properties.put("mail.smtp.timeout", "3000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** A transport that takes its time, so that two runs certainly overlap. */
	static JavaMailSenderImpl slowSender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl() {

			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				try {
					Thread.sleep(400);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				super.doSend(messages, originals);
			}

		};
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return sender;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

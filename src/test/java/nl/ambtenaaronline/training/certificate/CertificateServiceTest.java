package nl.ambtenaaronline.training.certificate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issuing through the real learning journey, idempotency, supersede, revoke, who gets
 * which certificate, and the public verification.
 */
@IntegrationTest
class CertificateServiceTest {

	@Autowired
	CertificateService certificates;

	@Autowired
	LearningService learning;

	@Autowired
	ContentService contents;

	@Autowired
	EmployeeService employees;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	Passers passers;

	@Test
	void passingTheCourseIssuesOneCertificateWithTheNameCourseDatesAndANumber() {
		String me = passers.create("issue", "Berg");
		CompletionSummary completion = passers.pass(me);
		CertificateSummary certificate = awaitCertificates(me, 1).getFirst();

		LocalDate completedOn = LocalDate.ofInstant(completion.passedAt(), TimeConfiguration.ZONE);
		assertThat(certificate.holderName()).isEqualTo("Jan Pieter van der Berg");
		assertThat(certificate.courseId()).isEqualTo(Passers.COURSE);
		assertThat(certificate.courseVersion()).isEqualTo(completion.courseVersion());
		assertThat(certificate.courseTitle().nl())
			.isEqualTo(contents.current(Passers.COURSE).orElseThrow().title().nl());
		assertThat(certificate.completedOn()).isEqualTo(completedOn);
		assertThat(certificate.validUntil()).isEqualTo(completedOn.plusMonths(24));
		assertThat(certificate.number()).matches("SM-" + completedOn.getYear() + "-\\d{6}");
		assertThat(certificate.verificationCode()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(certificate.revocationReason()).isNull();
		assertThat(certificate.fileName()).isEqualTo("certificaat-" + certificate.number() + ".pdf");
	}

	@Test
	void aRedeliveredEventIssuesNothingTwiceAlsoWhenDeliveriesArriveAtOnce() throws Exception {
		String me = passers.create("twice", "Dubbel");
		CompletionSummary completion = passers.pass(me);
		// the listener runs now; two more deliveries of the same event at the same moment
		List<Callable<Long>> deliveries = List.of(() -> issue(completion), () -> issue(completion));
		List<Long> ids = runTogether(deliveries);
		long id = awaitCertificates(me, 1).getFirst().id();
		assertThat(ids).containsOnly(id);
		assertThat(issue(completion)).isEqualTo(id);
		assertThat(jdbc.queryForObject("select count(*) from certificate where completion_id = ?", Integer.class,
				completion.id()))
			.isOne();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'certificate.issued' and subject like ?",
				Integer.class, "certificate:" + id + " %"))
			.isOne();
	}

	@Test
	void aCompletionWhoseIssueFailedGetsItsCertificateWhenThePublicationIsDeliveredAgain() {
		// a "crash" between completion and certificate: the listener fails (the holder is
		// not there yet), the publication stays incomplete in the registry
		long employeeId = jdbc.queryForObject("select max(id) from employee", Long.class) + 10_000
				+ ThreadLocalRandom.current().nextInt(10_000);
		long completionId = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		CoursePassed passed = new CoursePassed(employeeId, Passers.COURSE, "1.0.0", completionId, 100, Instant.now(),
				false, completionId, false);
		SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> events.publishEvent(passed)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"select count(*) from event_publication where serialized_event like ? and completion_date is null and status = 'FAILED'",
					Integer.class, "%" + completionId + "%") == 1);
		assertThat(jdbc.queryForObject("select count(*) from certificate where completion_id = ?", Integer.class,
				completionId))
			.isZero();

		// after the "restart" the holder is there, and the registry delivers the event
		// again
		Long department = jdbc.queryForObject("select id from department where code = 'VOR'", Long.class);
		jdbc.update("""
				insert into employee (id, employee_number, first_name, tussenvoegsel, last_name, department_id,
				  start_date, worker_type) values (?, ?, 'Herstel', null, 'Na Crash', ?, ?, 'EMPLOYEE')""", employeeId,
				"R-" + employeeId, department, LocalDate.of(2020, 1, 1));
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CoursePassed event
				&& event.completionId() == completionId);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from certificate where completion_id = ?", Integer.class,
					completionId) == 1);
		List<CertificateSummary> issued = SystemAuthentication.call(() -> certificates.certificatesOf(employeeId));
		assertThat(issued).singleElement()
			.satisfies(certificate -> assertThat(certificate.holderName()).isEqualTo("Herstel Na Crash"));
	}

	@Test
	void aRefresherIssuesANewCertificateAndTheEarlierOneIsSupersededButKept() {
		String me = passers.create("refresher", "Opnieuw");
		passers.pass(me);
		CertificateSummary first = awaitCertificates(me, 1).getFirst();
		passers.pass(me);
		List<CertificateSummary> both = awaitCertificates(me, 2);

		assertThat(both.get(1).id()).isEqualTo(first.id());
		assertThat(both.get(1).status()).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(both.get(0).status()).isEqualTo(CertificateStatus.VALID);
		assertThat(both.get(0).number()).isNotEqualTo(first.number());
		assertThat(certificates.verify(first.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.valid()).isFalse());
		assertThat(certificates.verify(both.get(0).verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.valid()).isTrue());
	}

	@Test
	void hrRevokesWithAnInternalReasonAndThePublicAnswerIsNotValidAtOnce() {
		String me = passers.create("revoke", "Ingetrokken");
		passers.pass(me);
		CertificateSummary certificate = awaitCertificates(me, 1).getFirst();
		assertThat(certificates.verify(certificate.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.valid()).isTrue());

		assertThatThrownBy(() -> passers.run("hr", () -> certificates.revoke(certificate.id(), "   ")))
			.isInstanceOf(CertificateException.class)
			.hasMessage("certificate.error.reason-required");
		assertThatThrownBy(() -> passers.run(me, () -> certificates.revoke(certificate.id(), "mijn eigen")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> passers.run("auditor", () -> certificates.revoke(certificate.id(), "alleen lezen")))
			.isInstanceOf(AccessDeniedException.class);

		CertificateSummary revoked = passers.as("hr",
				() -> certificates.revoke(certificate.id(), "Fraude bij de toets vastgesteld"));
		assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(revoked.revocationReason()).isEqualTo("Fraude bij de toets vastgesteld");
		assertThat(certificates.verify(certificate.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.valid()).isFalse());
		// the holder sees the status, not the internal reason; the auditor sees both
		CertificateSummary own = passers.as(me, () -> certificates.myCertificates()).getFirst();
		assertThat(own.status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(own.revocationReason()).isNull();
		assertThat(passers.as("auditor", () -> certificates.certificatesOf(certificate.employeeId()))
			.getFirst()
			.revocationReason()).isEqualTo("Fraude bij de toets vastgesteld");
		// audited, without the reason
		String details = jdbc.queryForObject(
				"select details from audit_event where action = 'certificate.revoked' and subject like ?", String.class,
				"certificate:" + certificate.id() + " %");
		assertThat(details).isEqualTo(certificate.number()).doesNotContain("Fraude");

		assertThatThrownBy(() -> passers.run("beheerder", () -> certificates.revoke(certificate.id(), "nog eens")))
			.isInstanceOf(CertificateException.class)
			.hasMessage("certificate.error.already-revoked");
	}

	@Test
	void aRevokedOrSupersededCertificateIsNeverHandedOutAsAPdfToTheHolderOrToHr() {
		String me = passers.create("no-pdf", "Ingetrokken");
		passers.pass(me);
		CertificateSummary first = awaitCertificates(me, 1).getFirst();
		passers.pass(me);
		CertificateSummary second = awaitCertificates(me, 2).getFirst();
		// the first is superseded by the refresher: its PDF would still say "geldig tot"
		for (String who : List.of(me, "hr", "beheerder")) {
			assertThatThrownBy(() -> passers.run(who, () -> certificates.pdf(first.id())))
				.isInstanceOf(CertificateException.class)
				.hasMessage("certificate.error.not-downloadable");
		}
		assertThat(passers.as(me, () -> certificates.pdf(second.id())).content()).startsWith("%PDF-1.7".getBytes());

		passers.as("hr", () -> certificates.revoke(second.id(), "Uitgereikt aan de verkeerde persoon"));
		for (String who : List.of(me, "hr", "beheerder")) {
			assertThatThrownBy(() -> passers.run(who, () -> certificates.pdf(second.id())))
				.isInstanceOf(CertificateException.class)
				.hasMessage("certificate.error.not-downloadable");
		}
		assertThat(CertificateStatus.EXPIRED.downloadable()).isTrue();
	}

	@Test
	void anEmployeeGetsOnlyTheirOwnCertificateAndHrAndAdministratorsAnyone() {
		String a = passers.create("own-a", "Eerste");
		String b = passers.create("own-b", "Tweede");
		passers.pass(a);
		passers.pass(b);
		awaitCertificates(a, 1);
		CertificateSummary ofB = awaitCertificates(b, 1).getFirst();

		// by id: not found, the same answer as for an id that does not exist
		assertThatThrownBy(() -> passers.run(a, () -> certificates.pdf(ofB.id())))
			.isInstanceOf(CertificateNotFoundException.class);
		assertThatThrownBy(() -> passers.run(a, () -> certificates.pdf(Long.MAX_VALUE)))
			.isInstanceOf(CertificateNotFoundException.class);
		// by number or holder: the register is not for employees
		assertThatThrownBy(() -> passers.run(a, () -> certificates.search(ofB.number(), 0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> passers.run(a, () -> certificates.certificatesOf(ofB.employeeId())))
			.isInstanceOf(AccessDeniedException.class);
		// by code: only what the public page shows, never the file or the full name
		assertThat(passers.as(a, () -> certificates.verify(ofB.verificationCode())))
			.isEqualTo(certificates.verify(ofB.verificationCode()));
		assertThat(passers.as(a, () -> certificates.myCertificates())).extracting(CertificateSummary::id)
			.doesNotContain(ofB.id());

		assertThat(passers.as(b, () -> certificates.pdf(ofB.id())).content()).startsWith("%PDF-1.7".getBytes());
		assertThat(passers.as("hr", () -> certificates.pdf(ofB.id())).fileName()).isEqualTo(ofB.fileName());
		assertThat(passers.as("beheerder", () -> certificates.pdf(ofB.id())).content()).isNotEmpty();
		assertThatThrownBy(() -> passers.run("auditor", () -> certificates.pdf(ofB.id())))
			.isInstanceOf(CertificateNotFoundException.class);
		assertThat(passers.as("hr", () -> certificates.search(ofB.number(), 0, 10))).extracting(CertificateSummary::id)
			.containsExactly(ofB.id());
	}

	@Test
	void theSameCertificateDownloadsAsTheSameBytes() {
		String me = passers.create("bytes", "Gelijk");
		passers.pass(me);
		CertificateSummary certificate = awaitCertificates(me, 1).getFirst();
		byte[] first = passers.as(me, () -> certificates.pdf(certificate.id())).content();
		byte[] second = passers.as("hr", () -> certificates.pdf(certificate.id())).content();
		assertThat(second).isEqualTo(first);
		assertThat(certificates.render(certificate.id())).isEqualTo(first);
	}

	@Test
	void aCertificateCarriedOverFromBeforeTheApplicationSaysSoWhereverItIsShown() throws java.io.IOException {
		// the demo city's certificates are carried over: recorded without a completion
		// here
		CertificateSummary carried = SystemAuthentication
			.call(() -> certificates.search("", 0, (int) certificates.count("")))
			.stream()
			.filter(certificate -> certificate.status() == CertificateStatus.VALID)
			.filter(CertificateSummary::carriedOver)
			.findFirst()
			.orElseThrow();
		assertThat(certificates.verify(carried.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.carriedOver()).isTrue());
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(certificates.render(carried.id()))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("klassikaal of eerder vastgelegd door HR")
				.doesNotContain("versie " + carried.courseVersion());
		}
	}

	@Test
	void theVerificationShowsOnlyValidityCourseDateAndInitialsAndCountsEveryCheck() {
		String me = passers.create("verify", "Controle");
		passers.pass(me);
		CertificateSummary certificate = awaitCertificates(me, 1).getFirst();
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		long missesBefore = SystemAuthentication.call(() -> missesOf(today));

		Verification answer = certificates.verify(certificate.verificationCode().toLowerCase().replace("-", " "));
		certificates.verify(certificate.verificationCode());

		assertThat(answer).isEqualTo(new Verification.Found(true, certificate.validUntil(), certificate.courseTitle(),
				certificate.courseVersion(), certificate.completedOn(), "J.P. van der Controle", false));
		assertThat(java.util.Arrays.stream(Verification.Found.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactly("valid", "validUntil", "courseTitle", "courseVersion", "completedOn", "holder",
					"carriedOver");
		assertThat(passers.as("hr", () -> certificates.certificatesOf(certificate.employeeId()))
			.getFirst()
			.verifications()).isEqualTo(2);

		assertThat(certificates.verify("7KQ2-M9XD-4TRA-0BWE")).isEqualTo(new Verification.Unknown());
		assertThat(certificates.verify("not a code")).isEqualTo(new Verification.Unknown());
		assertThat(missesOf(today)).isEqualTo(missesBefore + 2);
	}

	@Test
	void aCertificateOfACourseWithoutPublicVerificationGetsTheNeutralAnswer() {
		// a course that is not loaded (here: not on this node) is not publicly verifiable
		Long employee = jdbc.queryForObject("select min(id) from employee", Long.class);
		String code = VerificationCodes.generate(new java.security.SecureRandom());
		jdbc.update("""
				insert into certificate (employee_id, course_id, course_version, course_title_nl, course_title_en,
				  holder_first_name, holder_last_name, city_name, completed_on, valid_until, number,
				  verification_code, passed_at, issued_at)
				values (?, 'privacy', '1.0.0', 'Privacy', 'Privacy', 'Noor', 'Bakker', 'Gemeente Amsterdam', ?, ?, ?, ?,
				  ?, ?)""", employee, LocalDate.now(TimeConfiguration.ZONE),
				LocalDate.now(TimeConfiguration.ZONE).plusYears(1), "PR-TEST-" + code, code,
				java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now());
		assertThat(certificates.verify(code)).isEqualTo(new Verification.Unknown());
	}

	// ---------------------------------------------------------------------------------

	private long missesOf(LocalDate day) {
		return jdbc
			.queryForList("select misses from certificate_verification_miss where missed_on = ?", Long.class, day)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	private long issue(CompletionSummary completion) {
		return SystemAuthentication
			.call(() -> certificates.issue(completion.employeeId(), completion.courseId(), completion.courseVersion(),
					completion.id(), completion.passedAt()))
			.id();
	}

	private List<CertificateSummary> awaitCertificates(String username, int count) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> passers.as(username, () -> certificates.myCertificates()).size() >= count);
		return passers.as(username, () -> certificates.myCertificates());
	}

	private static <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<T> results = new ArrayList<>();
			for (Future<T> future : pool.invokeAll(calls)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}

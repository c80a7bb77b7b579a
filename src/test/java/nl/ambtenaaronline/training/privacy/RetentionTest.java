package nl.ambtenaaronline.training.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.Passers;
import nl.ambtenaaronline.training.certificate.Verification;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptResult;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention run at the boundaries of each kind (one day past the period erases, one
 * day short of it keeps), history intact afterwards, and the destruction record it
 * writes. Only data made old on purpose is past a period, so the run touches nothing else
 * of the shared test database.
 */
@IntegrationTest
class RetentionTest {

	@Autowired
	PrivacyService privacy;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	CertificateService certificates;

	@Autowired
	AssignmentService assignments;

	@Autowired
	EmployeeService employees;

	@Autowired
	ContentService contents;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Passers passers;

	@Test
	void answersArePastTheirPeriodOneDayAfterItCountedFromPassingAndTheResultsStay() {
		String old = passers.create("answers-old", "Oud");
		String young = passers.create("answers-young", "Jong");
		passers.pass(old);
		passers.pass(young);
		long oldId = passers.employeeId(old);
		long youngId = passers.employeeId(young);
		Instant periodStart = periodStart(RetentionKind.ANSWERS);
		setPassedAt(oldId, periodStart.minus(1, ChronoUnit.DAYS));
		setPassedAt(youngId, periodStart.plus(1, ChronoUnit.DAYS));
		List<AssignmentView> assignmentsBefore = passers.as(old, assignments::mine);

		List<DestructionRecord> written = SystemAuthentication.call(privacy::applyRetention);

		assertThat(answers(oldId)).isZero();
		assertThat(answers(youngId)).isPositive();
		assertThat(choices(oldId, "choice_index >= 0")).isZero();
		assertThat(choices(oldId, "choice_index = -1")).isPositive();
		assertThat(choices(youngId, "choice_index = -1")).isZero();
		assertThat(jdbc.queryForList("""
				select a.group_results from assessment_attempt a join enrolment e on e.id = a.enrolment_id
				where e.employee_id = ?""", String.class, oldId))
			.allSatisfy(groups -> assertThat(groups).contains("="));
		// history intact: the result per rule group, the completion and the assignment
		Optional<AttemptResult> result = passers.as(old, () -> assessment.lastResult(Passers.COURSE));
		assertThat(result).hasValueSatisfying(kept -> {
			assertThat(kept.passed()).isTrue();
			assertThat(kept.groupPercent()).isNotEmpty();
		});
		assertThat(passers.as(old, () -> learning.progress(Passers.COURSE).completed())).isTrue();
		assertThat(passers.as(old, assignments::mine)).isEqualTo(assignmentsBefore);

		DestructionRecord record = only(written, RetentionKind.ANSWERS);
		assertThat(record.employeeNumbers()).contains("C-" + old).doesNotContain("C-" + young);
		assertThat(record.rule()).isEqualTo("learning-answers-after-passing");
		assertThat(record.periodMonths()).isEqualTo(privacy.retentionMonths().get(RetentionKind.ANSWERS));
		assertThat(record.records()).isGreaterThanOrEqualTo(answersDrawn());
		assertThat(record.performedBy()).isEqualTo("system");
		assertThat(SystemAuthentication.call(() -> privacy.destructionRecords(0, 1000))).contains(record);
	}

	@Test
	void thePreviewCountsWhatWouldBeErasedAndErasesNothing() {
		String old = passers.create("preview-old", "Oud");
		passers.pass(old);
		long oldId = passers.employeeId(old);
		setPassedAt(oldId, periodStart(RetentionKind.ANSWERS).minus(1, ChronoUnit.DAYS));
		int before = answers(oldId);

		List<RetentionPreview> preview = SystemAuthentication.call(privacy::previewRetention);

		assertThat(answers(oldId)).as("nothing erased by the preview").isEqualTo(before).isPositive();
		RetentionPreview answers = preview.stream()
			.filter(line -> line.rule().equals("learning-answers-after-passing"))
			.findFirst()
			.orElseThrow();
		assertThat(answers.kind()).isEqualTo(RetentionKind.ANSWERS);
		assertThat(answers.records()).isGreaterThanOrEqualTo(answersDrawn());
		assertThat(answers.people()).isPositive();
		assertThat(answers.periodMonths()).isEqualTo(privacy.retentionMonths().get(RetentionKind.ANSWERS));
		assertThat(preview).allMatch(line -> line.records() > 0);

		// applying erases what the preview counted
		DestructionRecord record = only(SystemAuthentication.call(privacy::applyRetention), RetentionKind.ANSWERS);
		assertThat(record.records()).isEqualTo(answers.records());
		assertThat(answers(oldId)).isZero();
		assertThatThrownBy(() -> passers.as("auditor", privacy::previewRetention))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void attemptsArePastTheirPeriodOneDayAfterItAndTheCompletionAndCertificateStay() {
		String old = passers.create("attempts-old", "Oud");
		String young = passers.create("attempts-young", "Jong");
		passers.pass(old);
		passers.pass(young);
		long oldId = passers.employeeId(old);
		long youngId = passers.employeeId(young);
		CertificateSummary certificate = Passers.awaitCertificate(certificates, oldId);
		Instant periodStart = periodStart(RetentionKind.ATTEMPTS);
		setSubmittedAt(oldId, periodStart.minus(1, ChronoUnit.DAYS));
		setSubmittedAt(youngId, periodStart.plus(1, ChronoUnit.DAYS));

		List<DestructionRecord> written = SystemAuthentication.call(privacy::applyRetention);

		assertThat(attempts(oldId)).isZero();
		assertThat(answers(oldId)).isZero();
		assertThat(attempts(youngId)).isPositive();
		assertThat(answers(youngId)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from completion where employee_id = ?", Integer.class, oldId))
			.isOne();
		assertThat(passers.as(old, () -> learning.progress(Passers.COURSE).completed())).isTrue();
		assertThat(certificates.verify(certificate.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.valid()).isTrue());

		DestructionRecord record = only(written, RetentionKind.ATTEMPTS);
		assertThat(record.employeeNumbers()).contains("C-" + old).doesNotContain("C-" + young);
		assertThat(record.rule()).isEqualTo("learning-attempts");
	}

	@Test
	void certificateHoldersArePastTheirPeriodOneDayAfterItCountedFromLeavingAndTheNumberStillVerifies() {
		LocalDate periodStart = LocalDate.ofInstant(clock.instant(), TimeConfiguration.ZONE)
			.minus(Period.ofMonths(privacy.retentionMonths().get(RetentionKind.CERTIFICATES)));
		String oldNumber = "X-old-" + UUID.randomUUID().toString().substring(0, 8);
		String youngNumber = "X-young-" + UUID.randomUUID().toString().substring(0, 8);
		long leftLongAgo = leaver(oldNumber, periodStart.minusDays(1));
		long leftRecently = leaver(youngNumber, periodStart.plusDays(1));
		CertificateSummary erased = SystemAuthentication.call(() -> certificates.recordWithoutCompletion(leftLongAgo,
				Passers.COURSE, clock.instant().minus(3000, ChronoUnit.DAYS)));
		CertificateSummary kept = SystemAuthentication.call(() -> certificates.recordWithoutCompletion(leftRecently,
				Passers.COURSE, clock.instant().minus(3000, ChronoUnit.DAYS)));

		List<DestructionRecord> written = SystemAuthentication.call(privacy::applyRetention);

		CertificateSummary after = SystemAuthentication.call(() -> certificates.certificatesOf(leftLongAgo)).getFirst();
		assertThat(after.number()).isEqualTo(erased.number());
		assertThat(after.holderName()).doesNotContain("Verlaten");
		assertThat(certificates.verify(erased.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> {
					assertThat(found.valid()).isFalse();
					assertThat(found.holder()).isEmpty();
				});
		assertThat(SystemAuthentication.call(() -> certificates.certificatesOf(leftRecently)).getFirst().holderName())
			.contains("Verlaten");
		assertThat(certificates.verify(kept.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.holder()).contains("Verlaten"));

		DestructionRecord record = only(written, RetentionKind.CERTIFICATES, "certificate-holder-after-leaving");
		assertThat(record.employeeNumbers()).contains(oldNumber).doesNotContain(youngNumber);
	}

	@Test
	void theRosterRowOfALeaverLosesNameEmailAndManagerAfterTheCertificatesPeriodAndIsRecorded() {
		LocalDate periodStart = LocalDate.ofInstant(clock.instant(), TimeConfiguration.ZONE)
			.minus(Period.ofMonths(privacy.retentionMonths().get(RetentionKind.CERTIFICATES)));
		String oldNumber = "R-old-" + UUID.randomUUID().toString().substring(0, 8);
		String youngNumber = "R-young-" + UUID.randomUUID().toString().substring(0, 8);
		long leftLongAgo = leaver(oldNumber, periodStart.minusDays(1));
		long leftRecently = leaver(youngNumber, periodStart.plusDays(1));
		jdbc.update("update employee set email = 'vera@example.org', manager_id = ? where id in (?, ?)", leftRecently,
				leftLongAgo, leftRecently);

		List<DestructionRecord> written = SystemAuthentication.call(privacy::applyRetention);

		var erased = SystemAuthentication.call(() -> employees.findById(leftLongAgo)).orElseThrow();
		assertThat(erased.firstName()).isEmpty();
		assertThat(erased.lastName()).isEmpty();
		assertThat(erased.email()).isNull();
		assertThat(erased.managerId()).isNull();
		assertThat(erased.employeeNumber()).isEqualTo(oldNumber);
		var kept = SystemAuthentication.call(() -> employees.findById(leftRecently)).orElseThrow();
		assertThat(kept.lastName()).isEqualTo("Verlaten");
		assertThat(kept.email()).isEqualTo("vera@example.org");
		DestructionRecord record = only(written, RetentionKind.CERTIFICATES, "roster-after-leaving");
		assertThat(record.employeeNumbers()).contains(oldNumber).doesNotContain(youngNumber);
		assertThat(SystemAuthentication.call(privacy::applyRetention)).noneMatch(
				again -> again.rule().equals("roster-after-leaving") && again.employeeNumbers().contains(oldNumber));
	}

	@Test
	void aPersonsRowsInComplianceSnapshotsAreDeletedAfterTheAuditPeriodCountedFromTheSnapshotDate() {
		LocalDate periodStart = LocalDate.ofInstant(clock.instant(), TimeConfiguration.ZONE)
			.minus(Period.ofMonths(privacy.retentionMonths().get(RetentionKind.AUDIT)));
		String number = "SN-" + UUID.randomUUID().toString().substring(0, 8);
		long person = leaver(number, null);
		long old = snapshotWith(person, number, periodStart.minusDays(1));
		long young = snapshotWith(person, number, periodStart.plusDays(1));

		List<DestructionRecord> written = SystemAuthentication.call(privacy::applyRetention);

		assertThat(jdbc.queryForObject("select count(*) from compliance_snapshot_person where snapshot_id = ?",
				Integer.class, old))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from compliance_snapshot_person where snapshot_id = ?",
				Integer.class, young))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from compliance_snapshot where id = ?", Integer.class, old))
			.isOne();
		DestructionRecord record = only(written, RetentionKind.AUDIT, "snapshot-persons");
		assertThat(record.employeeNumbers()).contains(number);
	}

	private long snapshotWith(long person, String number, LocalDate asOf) {
		jdbc.update(
				"""
						insert into compliance_snapshot (course_id, course_version, as_of, recorded_by, counted, excluded, digest,
						  created_by, created_at)
						values ('social-media', '1.0.0', ?, ?, 1, 0, ?, 'test', ?)""",
				asOf, clock.instant().atOffset(ZoneOffset.UTC), "0".repeat(64),
				clock.instant().atOffset(ZoneOffset.UTC));
		long id = jdbc.queryForObject("select max(id) from compliance_snapshot", Long.class);
		jdbc.update(
				"""
						insert into compliance_snapshot_person (snapshot_id, employee_id, employee_number, department_code,
						  department_name, scope, status) values (?, ?, ?, 'VOR', 'Verkeer en Openbare Ruimte', 'COUNTED', 'OVERDUE')""",
				id, person, number);
		return id;
	}

	@Test
	void aSecondRunErasesNothingMoreAndWritesNoEmptyRecord() {
		SystemAuthentication.call(privacy::applyRetention);
		assertThat(SystemAuthentication.call(privacy::applyRetention)).isEmpty();
	}

	@Test
	void theDestructionRecordExportsAsCsvWithBomAndNeutralisedCellsAndTheExportIsAudited() {
		String old = passers.create("csv-old", "Oud");
		passers.pass(old);
		setPassedAt(passers.employeeId(old), periodStart(RetentionKind.ANSWERS).minus(1, ChronoUnit.DAYS));
		SystemAuthentication.call(privacy::applyRetention);

		byte[] csv = passers.as("beheerder", privacy::destructionRecordsCsv);

		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text)
			.startsWith("\uFEFFid;performed_at;kind;rule;period_months;records;performed_by;employee_numbers")
			.contains("ANSWERS;learning-answers-after-passing")
			.contains("C-" + old);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'privacy.destruction-records.exported'",
				Integer.class))
			.isPositive();
	}

	@Test
	void onlyAnAdministratorRunsRetentionNowAndThatIsAudited() {
		assertThatThrownBy(() -> passers.as("auditor", privacy::runRetentionNow))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> passers.as("hr", privacy::runRetentionNow)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> passers.as("medewerker", () -> privacy.destructionRecords(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		Integer before = jdbc.queryForObject("select count(*) from audit_event where action = 'retention.run-now'",
				Integer.class);

		passers.as("beheerder", privacy::runRetentionNow);

		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'retention.run-now'",
				Integer.class))
			.isEqualTo(before + 1);
	}

	@Test
	void everyKindHasItsOwnAuditedSettingWithADocumentedDefault() {
		assertThat(RetentionSettings.key(RetentionKind.ANSWERS)).isEqualTo("retention.answers.months");
		assertThat(RetentionSettings.key(RetentionKind.ATTEMPTS)).isEqualTo("retention.attempts.months");
		assertThat(RetentionSettings.key(RetentionKind.CERTIFICATES)).isEqualTo("retention.certificates.months");
		assertThat(RetentionSettings.key(RetentionKind.REMINDERS)).isEqualTo("retention.reminders.months");
		assertThat(RetentionSettings.key(RetentionKind.AUDIT)).isEqualTo("retention.audit.months");
		for (RetentionKind kind : RetentionKind.values()) {
			assertThat(RetentionSettings.defaultMonths(kind)).isPositive();
		}
		assertThat(privacy.retentionMonths()).containsOnlyKeys(RetentionKind.values());
	}

	private Instant periodStart(RetentionKind kind) {
		return RetentionRule.cutoff(Period.ofMonths(privacy.retentionMonths().get(kind)), clock.instant());
	}

	private long leaver(String number, @Nullable LocalDate endDate) {
		return SystemAuthentication.call(() -> employees.create(new NewEmployee(number, "Vera", null, "Verlaten", null,
				"VOR", null, LocalDate.of(2005, 1, 1), endDate, WorkerType.EMPLOYEE, null)));
	}

	private void setPassedAt(long employeeId, Instant at) {
		jdbc.update("update completion set passed_at = ? where employee_id = ?", at.atOffset(ZoneOffset.UTC),
				employeeId);
	}

	private void setSubmittedAt(long employeeId, Instant at) {
		jdbc.update("""
				update assessment_attempt set started_at = ?, submitted_at = ? where enrolment_id in (
				  select id from enrolment where employee_id = ?)""", at.atOffset(ZoneOffset.UTC),
				at.atOffset(ZoneOffset.UTC), employeeId);
	}

	private int answers(long employeeId) {
		return jdbc.queryForObject("""
				select count(*) from assessment_answer w join assessment_attempt a on a.id = w.attempt_id
				join enrolment e on e.id = a.enrolment_id where e.employee_id = ?""", Integer.class, employeeId);
	}

	private int attempts(long employeeId) {
		return jdbc.queryForObject("""
				select count(*) from assessment_attempt a join enrolment e on e.id = a.enrolment_id
				where e.employee_id = ?""", Integer.class, employeeId);
	}

	private int choices(long employeeId, String condition) {
		return jdbc.queryForObject("""
				select count(*) from scenario_choice c join scenario_play p on p.id = c.play_id
				join enrolment e on e.id = p.enrolment_id where e.employee_id = ? and c.""" + condition, Integer.class,
				employeeId);
	}

	private int answersDrawn() {
		return contents.current(Passers.COURSE)
			.orElseThrow()
			.assessment()
			.drawPerGroup()
			.values()
			.stream()
			.mapToInt(Integer::intValue)
			.sum();
	}

	private static DestructionRecord only(List<DestructionRecord> written, RetentionKind kind, String rule) {
		List<DestructionRecord> ofRule = written.stream()
			.filter(record -> record.kind() == kind && record.rule().equals(rule))
			.toList();
		assertThat(ofRule).as("destruction records of " + rule).hasSize(1);
		return ofRule.getFirst();
	}

	private static DestructionRecord only(List<DestructionRecord> written, RetentionKind kind) {
		List<DestructionRecord> ofKind = written.stream().filter(record -> record.kind() == kind).toList();
		assertThat(ofKind).as("destruction records of " + kind).hasSize(1);
		return ofKind.getFirst();
	}

}

package nl.ambtenaaronline.training.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.Verification;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention, the destruction record and "Mijn gegevens" on PostgreSQL: the SQL of every
 * rule, the record's keys and the readable values of PostgreSQL's types.
 */
@PostgresTest
class PostgresPrivacyTest {

	static final String COURSE = "social-media";

	@Autowired
	PrivacyService privacy;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	CertificateService certificates;

	@Autowired
	ContentService contents;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Learners learners;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@BeforeEach
	void setUp() {
		SystemAuthentication.run(() -> {
			if (employees.departments().stream().noneMatch(department -> department.code().equals("VOR"))) {
				employees.createDepartment("VOR", "Verkeer en Openbare Ruimte");
			}
		});
	}

	@Test
	void answersAttemptsAndCertificateNamesAreErasedWithADestructionRecordAndMyDataStillReads() {
		String learner = learners.create("pg-privacy");
		learners.run(learner, () -> Learners.passCourse(learning, assessment, contents.current(COURSE).orElseThrow()));
		long learnerId = learners.as(learner, () -> accounts.current().orElseThrow().employeeId());
		jdbc.update("update completion set passed_at = ? where employee_id = ?",
				periodStart(RetentionKind.ANSWERS).minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), learnerId);
		String number = "PG-L-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate leftOn = LocalDate.ofInstant(periodStart(RetentionKind.CERTIFICATES), TimeConfiguration.ZONE)
			.minusDays(1);
		CertificateSummary certificate = SystemAuthentication.call(() -> {
			long leaver = employees.create(new NewEmployee(number, "Vera", null, "Verlaten", null, "VOR", null,
					LocalDate.of(2005, 1, 1), leftOn, WorkerType.EMPLOYEE, null));
			return certificates.recordWithoutCompletion(leaver, COURSE, clock.instant().minus(4000, ChronoUnit.DAYS));
		});

		List<DestructionRecord> written = SystemAuthentication.call(privacy::applyRetention);

		assertThat(written).extracting(DestructionRecord::kind)
			.contains(RetentionKind.ANSWERS, RetentionKind.CERTIFICATES);
		assertThat(written).filteredOn(record -> record.kind() == RetentionKind.ANSWERS)
			.singleElement()
			.satisfies(record -> assertThat(record.employeeNumbers()).contains("L-" + learner));
		assertThat(written).filteredOn(record -> "certificate-holder-after-leaving".equals(record.rule()))
			.singleElement()
			.satisfies(record -> assertThat(record.employeeNumbers()).contains(number));
		assertThat(jdbc.queryForObject("""
				select count(*) from assessment_answer w join assessment_attempt a on a.id = w.attempt_id
				join enrolment e on e.id = a.enrolment_id where e.employee_id = ?""", Integer.class, learnerId))
			.isZero();
		assertThat(certificates.verify(certificate.verificationCode())).isInstanceOfSatisfying(Verification.Found.class,
				found -> assertThat(found.holder()).isEmpty());
		assertThat(SystemAuthentication.call(() -> privacy.destructionRecords(0, 100))).containsAll(written);
		String csv = new String(SystemAuthentication.call(privacy::destructionRecordsCsv), StandardCharsets.UTF_8);
		assertThat(csv).contains(number, "L-" + learner);

		MyData data = learners.as(learner, privacy::myData);
		assertThat(data.sections()).filteredOn(section -> section.key().equals("attempts"))
			.flatExtracting(PersonalDataSection::rows)
			.allSatisfy(row -> {
				assertThat(row.get("groupResults")).contains("=");
				assertThat(row.get("submittedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
			});
		assertThat(data.sections()).filteredOn(section -> section.key().equals("profile"))
			.flatExtracting(PersonalDataSection::rows)
			.singleElement()
			.satisfies(row -> assertThat(row.get("startDate")).isEqualTo("2020-01-01"));
	}

	private Instant periodStart(RetentionKind kind) {
		return RetentionRule.cutoff(Period.ofMonths(privacy.retentionMonths().get(kind)), clock.instant());
	}

}

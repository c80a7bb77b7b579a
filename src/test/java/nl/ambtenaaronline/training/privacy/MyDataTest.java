package nl.ambtenaaronline.training.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.Passers;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Mijn gegevens" holds exactly the employee's own data from every feature, and nothing
 * of anyone else's; never a password hash or second-factor secret; every download is
 * audited.
 */
@IntegrationTest
class MyDataTest {

	@Autowired
	PrivacyService privacy;

	@Autowired
	CertificateService certificates;

	@Autowired
	LearningService learning;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Passers passers;

	@Test
	void myDataHoldsAllOwnDataAndNothingOfAnotherLearner() {
		String me = passers.create("mine", "Eigenaar");
		String other = passers.create("other", "Anderman");
		passers.pass(me);
		passers.pass(other);
		long myId = passers.employeeId(me);
		long otherId = passers.employeeId(other);
		CertificateSummary myCertificate = Passers.awaitCertificate(certificates, myId);
		CertificateSummary otherCertificate = Passers.awaitCertificate(certificates, otherId);

		String assignmentsSql = "select id from assignment where employee_id = ?";
		Set<String> assignmentsBefore = dbIds(assignmentsSql, myId);

		MyData data = passers.as(me, privacy::myData);

		// assignments follow events asynchronously: all there before, none but own after
		assertThat(ids(sections(data).get("assignments"), "id")).containsAll(assignmentsBefore)
			.isSubsetOf(dbIds(assignmentsSql, myId));

		assertThat(data.employeeNumber()).isEqualTo("C-" + me);
		Map<String, List<Map<String, String>>> sections = sections(data);
		assertThat(sections).containsKeys("profile", "account", "account-roles", "account-events", "assignments",
				"assignment-overrides", "classroom-completions", "runs", "lesson-reads", "scenario-plays",
				"scenario-choices", "attempts", "answers", "completions", "extra-attempts", "certificates",
				"audit-events");
		// all own items
		assertThat(sections.get("profile")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("employeeNumber", "C-" + me)
				.containsEntry("lastName", "Eigenaar"));
		assertThat(sections.get("account")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("username", me));
		assertThat(ids(sections.get("runs"), "id"))
			.isEqualTo(dbIds("select id from enrolment where employee_id = ?", myId));
		assertThat(ids(sections.get("attempts"), "id")).isNotEmpty()
			.isEqualTo(dbIds("select a.id from assessment_attempt a join enrolment e on e.id = a.enrolment_id"
					+ " where e.employee_id = ?", myId));
		assertThat(sections.get("answers"))
			.hasSize(jdbc.queryForObject(
					"select count(*) from assessment_answer w join assessment_attempt a on a.id = w.attempt_id"
							+ " join enrolment e on e.id = a.enrolment_id where e.employee_id = ?",
					Integer.class, myId));
		assertThat(sections.get("scenario-choices")).isNotEmpty();
		assertThat(sections.get("lesson-reads")).isNotEmpty();
		assertThat(ids(sections.get("completions"), "id"))
			.isEqualTo(dbIds("select id from completion where employee_id = ?", myId));
		assertThat(ids(sections.get("certificates"), "number")).containsExactly(myCertificate.number());
		assertThat(sections.get("audit-events")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("subject")).containsPattern("(^|\\s)employee:" + myId + "($|\\s)"));
		assertThat(sections.get("account-events")).isNotEmpty();

		// nothing of the other learner
		String everything = data.toString();
		assertThat(everything).doesNotContain(other)
			.doesNotContain("Anderman")
			.doesNotContain(otherCertificate.number())
			.doesNotContain(otherCertificate.verificationCode())
			.doesNotContain("employee:" + otherId + " ")
			.doesNotContainPattern("employee:" + otherId + "\\b");
		Set<String> otherAttempts = dbIds("select a.id from assessment_attempt a join enrolment e"
				+ " on e.id = a.enrolment_id where e.employee_id = ?", otherId);
		assertThat(ids(sections.get("attempts"), "id")).doesNotContainAnyElementsOf(otherAttempts);
		assertThat(ids(sections.get("answers"), "attemptId")).doesNotContainAnyElementsOf(otherAttempts);
		// never secrets
		String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class, me);
		assertThat(everything).doesNotContain(hash);
	}

	@Test
	void myDataHoldsOwnAnswerFactsTheAuditEventsAboutOwnAttemptsAndTheReportRows() throws InterruptedException {
		String me = passers.create("facts", "Feitelijk");
		passers.pass(me);
		// analytics writes the answer facts after each answer's transaction
		ListenersQuiet.await(jdbc);
		long myId = passers.employeeId(me);
		Set<String> myAttempts = dbIds("select a.id from assessment_attempt a join enrolment e on e.id = a.enrolment_id"
				+ " where e.employee_id = ?", myId);

		Map<String, List<Map<String, String>>> sections = sections(passers.as(me, privacy::myData));

		assertThat(sections).containsKeys("answer-facts", "attempt-events", "report-rows", "snapshot-entries");
		assertThat(sections.get("answer-facts")).isNotEmpty()
			.hasSize(
					jdbc.queryForObject("select count(*) from answer_fact where employee_id = ?", Integer.class, myId));
		assertThat(sections.get("attempt-events")).isNotEmpty()
			.allSatisfy(row -> assertThat(myAttempts).contains(row.get("subject").replace("attempt:", "")));
	}

	@Test
	void everyDownloadIsAuditedForTheEmployeeAndNeedsASignedInEmployee() {
		String me = passers.create("audited", "Gelogd");
		long myId = passers.employeeId(me);
		passers.as(me, privacy::myData);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'privacy.my-data.downloaded' and subject = ?",
				Integer.class, "employee:" + myId))
			.isOne();
		assertThatThrownBy(() -> SystemAuthentication.call(privacy::myData)).isInstanceOf(AccessDeniedException.class);
	}

	private static Map<String, List<Map<String, String>>> sections(MyData data) {
		return data.sections()
			.stream()
			.collect(Collectors.toMap(PersonalDataSection::key, PersonalDataSection::rows, (a, b) -> a));
	}

	private Set<String> dbIds(String sql, long employeeId) {
		return jdbc.queryForList(sql, Long.class, employeeId).stream().map(String::valueOf).collect(Collectors.toSet());
	}

	private static Set<String> ids(List<Map<String, String>> rows, String field) {
		return rows.stream().map(row -> row.get(field)).collect(Collectors.toSet());
	}

}

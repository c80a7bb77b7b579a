package nl.ambtenaaronline.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.ContentTestSupport;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.CourseDelta;
import nl.ambtenaaronline.training.content.CourseFixtures;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.LessonSection;
import nl.ambtenaaronline.training.content.ReloadResult;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A made-up course goes from 1.0.0 to 2.0.0 with two changed rules (W-2 and W-3, see
 * {@code src/test/resources/content/delta}): a holder of a valid 1.0.0 certificate gets
 * the "Wat is er veranderd" path with only those rules' material, passes it and holds a
 * 2.0.0 certificate; someone whose certificate has expired, and someone without one, take
 * the whole course. Its own application context: the made-up course must not appear in
 * the shared application (every report, setting and screen there lists the loaded
 * courses, and every course is assigned to everyone). The demo's example course (the same
 * kind of course, {@code content/examples}) is switched off there for that reason, so
 * this test cannot use it; the browser journeys have it ({@code DeltaJourneyTest}).
 */
@Import(TestFixtures.class)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:ao-delta;DB_CLOSE_DELAY=-1",
		"vaadin.launch-browser=false", "app.audit.anchor-key=delta-test-anchor-key-0123456789",
		"app.public-base-url=https://training.example.nl" })
class DeltaRecertificationTest {

	static final String COURSE = "wijziging";

	static final Path V1 = Path.of("src/test/resources/content/delta/v1/wijziging");

	static final Path V2 = Path.of("src/test/resources/content/delta/v2/wijziging");

	static final Path ROOT = temporaryFolder();

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		CourseFixtures.copy(V1, ROOT.resolve("v1"), COURSE);
		CourseFixtures.copy(V2, ROOT.resolve("v2"), COURSE);
		registry.add("app.content.path", () -> ROOT.resolve("v1").toString());
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("ao-delta");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	Learners learners;

	@Autowired
	ApplicationContext context;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	AssignmentService assignments;

	@Autowired
	CertificateService certificates;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SettingsService settings;

	@Test
	void holdersOfAValidCertificateTakeOnlyTheChangedRulesAndEveryoneElseTheWholeCourse() throws Exception {
		if (SystemAuthentication.call(employees::departments).stream().noneMatch(d -> d.code().equals("VOR"))) {
			SystemAuthentication.run(() -> employees.createDepartment("VOR", "Voorbeeldafdeling"));
		}
		String holder = learners.create("holder");
		String expired = learners.create("expired");
		String newcomer = learners.create("newcomer");
		String keeper = learners.create("keeper");
		long keeperId = employeeId(learners, keeper);
		long holderId = employeeId(learners, holder);
		long expiredId = employeeId(learners, expired);
		long newcomerId = employeeId(learners, newcomer);
		Course v1 = contents.current(COURSE).orElseThrow();
		assertThat(v1.deltaRecord()).isEmpty();

		learners.run(holder, () -> Learners.passCourse(learning, assessment, v1));
		CertificateSummary first = await().atMost(Duration.ofSeconds(30))
			.until(() -> certificatesOf(holderId), list -> !list.isEmpty())
			.getFirst();
		assertThat(first.courseVersion()).isEqualTo("1.0.0");
		completedAgo(expiredId, 30);
		// six months ago: its certificate is valid for 18 more months
		OffsetDateTime keeperPassed = completedAgo(keeperId, 6);
		CertificateSummary kept = SystemAuthentication
			.call(() -> certificates.recordWithoutCompletion(keeperId, COURSE, keeperPassed.toInstant()));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(holderId, expiredId, newcomerId, keeperId)));

		try (AutoCloseable v2Folder = ContentTestSupport.readFrom(context, ROOT.resolve("v2"))) {
			ReloadResult reload = SystemAuthentication.call(contents::reload);
			assertThat(reload.problems()).isEmpty();
		}
		Course v2 = contents.current(COURSE).orElseThrow();
		CourseDelta delta = v2.deltaRecord().orElseThrow();
		assertThat(delta.rulesToLearn()).containsExactly("W-2", "W-3");

		// the new major version reaches the assignments through the event registry
		await().atMost(Duration.ofSeconds(30))
			.until(() -> openReason(holderId) == AssignmentReason.DELTA
					&& openReason(keeperId) == AssignmentReason.DELTA
					&& openReason(expiredId) == AssignmentReason.RECERTIFICATION);
		assertThat(openReason(newcomerId)).isNotIn(AssignmentReason.DELTA, AssignmentReason.RECERTIFICATION);

		// the holder: only the sections, scenarios and questions of W-2 and W-3
		assertThat(learners.as(holder, () -> learning.deltaAvailable(COURSE))).isTrue();
		assertThat(learners.as(expired, () -> learning.deltaAvailable(COURSE))).isFalse();
		CourseProgress started = learners.as(holder, () -> learning.startRefresher(COURSE));
		assertThat(started.delta()).isTrue();
		assertThat(started.refresher()).isFalse();
		Course path = learners.as(holder, () -> learning.course(COURSE));
		assertThat(path.version()).isEqualTo(v2.version());
		assertThat(path.lessons()).flatExtracting(Lesson::sections)
			.flatExtracting(LessonSection::rules)
			.isNotEmpty()
			.allMatch(delta.rulesToLearn()::contains);
		assertThat(started.lessons()).extracting(CourseProgress.LessonProgress::id)
			.containsExactlyElementsOf(delta.lessonSections().keySet());
		assertThat(started.scenarios()).extracting(CourseProgress.ScenarioProgress::id)
			.containsExactlyElementsOf(delta.scenarios());
		assertThat(path.scenarios()).extracting(Scenario::id).containsExactlyElementsOf(delta.scenarios());
		// renewed (the setting on): a new period from the day of passing
		SystemAuthentication.run(() -> settings.update("certificate.delta.renew-validity", "true"));
		CompletionSummary completion = learners.as(holder, () -> {
			Learners.prepareAssessment(learning, path);
			AttemptView attempt = assessment.openAttempt(COURSE);
			assertThat(attempt.questionIds()).containsExactlyInAnyOrderElementsOf(delta.questions());
			Learners.answerAll(assessment, path, attempt, true);
			assertThat(assessment.submit(attempt.attemptId()).passed()).isTrue();
			return assessment.acknowledge(COURSE);
		});
		assertThat(completion.delta()).isTrue();
		assertThat(completion.courseVersion()).isEqualTo("2.0.0");
		CertificateSummary second = await().atMost(Duration.ofSeconds(30))
			.until(() -> certificatesOf(holderId), list -> list.size() == 2)
			.getFirst();
		assertThat(second.courseVersion()).isEqualTo("2.0.0");
		assertThat(second.status().valid()).isTrue();
		assertThat(second.validUntil()).isEqualTo(second.completedOn().plusMonths(v2.certificate().validityMonths()));
		await().atMost(Duration.ofSeconds(30)).until(() -> openReason(holderId) == AssignmentReason.REFRESHER);

		// kept (the default, the setting off): the end date of the certificate it
		// replaces
		SystemAuthentication.run(() -> settings.update("certificate.delta.renew-validity", "false"));
		learners.run(keeper, () -> {
			assertThat(learning.startRefresher(COURSE).delta()).isTrue();
			Learners.passCourse(learning, assessment, learning.course(COURSE));
		});
		CertificateSummary renewedKept = await().atMost(Duration.ofSeconds(30))
			.until(() -> certificatesOf(keeperId), list -> list.size() == 2)
			.getFirst();
		assertThat(renewedKept.courseVersion()).isEqualTo("2.0.0");
		assertThat(renewedKept.validUntil()).isEqualTo(kept.validUntil())
			.isBefore(renewedKept.completedOn().plusMonths(v2.certificate().validityMonths()));

		// an expired certificate and no certificate: the whole course
		CourseProgress again = learners.as(expired, () -> learning.startRefresher(COURSE));
		assertThat(again.delta()).isFalse();
		assertThat(learners.as(expired, () -> learning.course(COURSE))).isEqualTo(v2);
		CourseProgress fresh = learners.as(newcomer, () -> learning.progress(COURSE));
		assertThat(fresh.delta()).isFalse();
		assertThat(fresh.lessons()).hasSize(v2.lessons().size());
		assertThat(fresh.scenarios()).hasSize(v2.scenarios().size());
		AttemptView whole = learners.as(newcomer, () -> {
			Learners.prepareAssessment(learning, v2);
			return assessment.openAttempt(COURSE);
		});
		assertThat(whole.questionIds()).hasSize(v2.assessment().questionsPerAttempt());
	}

	private long employeeId(Learners learners, String username) {
		return learners.as(username, () -> accounts.current().orElseThrow().employeeId());
	}

	private List<CertificateSummary> certificatesOf(long employeeId) {
		return SystemAuthentication.call(() -> certificates.certificatesOf(employeeId));
	}

	private AssignmentReason openReason(long employeeId) {
		return SystemAuthentication.call(() -> assignments.currentOf(employeeId))
			.stream()
			.filter(view -> view.courseId().equals(COURSE) && view.open())
			.map(AssignmentView::reason)
			.findFirst()
			.orElse(null);
	}

	/** An online completion of 1.0.0 some months ago (validity: 24 months). */
	private OffsetDateTime completedAgo(long employeeId, int months) {
		String version = "1.0.0";
		OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(months);
		jdbc.update(
				"insert into enrolment (employee_id, course_id, run_no, course_version, refresher, started_at) values (?, ?, 1, ?, false, ?)",
				employeeId, COURSE, version, then);
		Long run = jdbc.queryForObject("select id from enrolment where employee_id = ? and course_id = ?", Long.class,
				employeeId, COURSE);
		jdbc.update(
				"insert into completion (enrolment_id, employee_id, course_id, course_version, guideline_version, score_percent, passed_at, acknowledged_at) values (?, ?, ?, ?, '1.0', 100, ?, ?)",
				run, employeeId, COURSE, version, then, then);
		return then;
	}

}

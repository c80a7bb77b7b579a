package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.assignment.AssignmentFacts;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingServiceTest {

	static final String COURSE = ReportFixture.COURSE;

	@Autowired
	Learners learners;

	@Autowired
	ReportingService reporting;

	@Autowired
	AssignmentService assignments;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	LearningService learning;

	@Autowired
	ContentService contents;

	@Autowired
	SettingsService settings;

	@Autowired
	AuditService audit;

	@Autowired
	AssessmentService assessment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuthenticationProvider provider;

	ReportFixture fixture;

	@BeforeAll
	void createFixture() {
		fixture = new ReportFixture(employees, accounts, assignments, learning, contents, provider, reporting);
	}

	@Test
	void theDashboardCountsOnePersonPerStatusInTheFixtureDepartmentAndNotTheLeaver() {
		Dashboard dashboard = SystemAuthentication
			.call(() -> reporting.dashboard(ReportFilter.of(COURSE).withDepartment(fixture.department)));
		Map<AssignmentStatus, Long> expected = new EnumMap<>(AssignmentStatus.class);
		for (AssignmentStatus status : AssignmentStatus.values()) {
			expected.put(status, 1L);
		}
		// the fixture's only NOT_ASSIGNED person left yesterday: the figures count who is
		// employed today, as a snapshot of today does
		expected.remove(AssignmentStatus.NOT_ASSIGNED);
		assertThat(dashboard.overall().total()).isEqualTo(8);
		assertThat(dashboard.overall().counts()).isEqualTo(expected);
		// the share is of who counts: not the exempted, deferred or not assigned
		assertThat(dashboard.overall().counted()).isEqualTo(6);
		assertThat(dashboard.overall().percent(AssignmentStatus.OVERDUE)).isEqualTo(17);
		assertThat(dashboard.overall().percent(AssignmentStatus.EXEMPT)).isZero();
		assertThat(dashboard.departments()).singleElement().satisfies(department -> {
			assertThat(department.code()).isEqualTo(fixture.department);
			assertThat(department.name()).isEqualTo(fixture.departmentName);
			assertThat(department.figures().counts()).isEqualTo(expected);
		});
	}

	@Test
	void theReportSaysHowManyOfThoseWhoMustFinishSoonHaveStartedWhileTheirStatusStaysDueSoon() {
		ReportFilter department = ReportFilter.of(COURSE).withDepartment(fixture.department);
		long boss = fixture.id(AssignmentStatus.DUE_SOON);
		assertThat(SystemAuthentication.call(() -> reporting.startedDueSoon(department)))
			.as("the fixture's one person due soon has not started")
			.isZero();

		Course course = contents.current(COURSE).orElseThrow();
		new Learners(employees, accounts, provider).run(fixture.manager,
				() -> learning.markLessonRead(COURSE, course.lessons().getFirst().id()));
		SystemAuthentication.run(() -> reporting.refresh(List.of(boss)));

		assertThat(SystemAuthentication.call(() -> reporting.startedDueSoon(department))).isOne();
		Dashboard dashboard = SystemAuthentication.call(() -> reporting.dashboard(department));
		assertThat(dashboard.overall().count(AssignmentStatus.DUE_SOON)).as("the deadline comes first").isOne();
		assertThat(dashboard.overall().count(AssignmentStatus.IN_PROGRESS))
			.as("only the fixture's learner with time left")
			.isOne();
	}

	@Test
	void theReportSaysHowManyCompletedOnlineAndHowManyInAClassroom() {
		// the fixture's one completion is a classroom completion
		ReportFilter fixtureDepartment = ReportFilter.of(COURSE).withDepartment(fixture.department);
		assertThat(SystemAuthentication.call(() -> reporting.dashboard(fixtureDepartment))
			.overall()
			.count(AssignmentStatus.COMPLETED)).isOne();
		assertThat(SystemAuthentication.call(() -> reporting.completedOnline(fixtureDepartment))).isZero();

		// someone who passes the online course
		String learner = learners.create("online");
		long employeeId = SystemAuthentication.call(() -> employees.findByNumber("L-" + learner).orElseThrow().id());
		SystemAuthentication.run(() -> assignments.reconcile(List.of(employeeId)));
		ReportFilter all = ReportFilter.of(COURSE);
		long before = SystemAuthentication.call(() -> reporting.completedOnline(all));
		learners.run(learner, () -> Learners.passCourse(learning, assessment, contents.current(COURSE).orElseThrow()));
		// the assignment is closed by a listener of the completion
		org.awaitility.Awaitility.await()
			.until(() -> SystemAuthentication.call(() -> assignments.factsOf(List.of(employeeId)))
				.stream()
				.filter(facts -> facts.courseId().equals(COURSE))
				.findFirst()
				.orElseThrow()
				.status() == AssignmentStatus.COMPLETED);
		SystemAuthentication.run(() -> reporting.refresh(List.of(employeeId)));

		assertThat(jdbc.queryForObject(
				"select completed_online from report_person_course where employee_id = ? and course_id = ?",
				Boolean.class, employeeId, COURSE))
			.isTrue();
		assertThat(jdbc.queryForObject(
				"select completed_online from report_person_course where employee_id = ? and course_id = ?",
				Boolean.class, fixture.id(AssignmentStatus.COMPLETED), COURSE))
			.isFalse();
		long online = SystemAuthentication.call(() -> reporting.completedOnline(all));
		assertThat(online).isGreaterThan(before)
			.isLessThanOrEqualTo(SystemAuthentication.call(() -> reporting.dashboard(all))
				.overall()
				.count(AssignmentStatus.COMPLETED));
	}

	@Test
	void someoneWhoLeftIsListedOnlyWhenAskedForAndNeverInTheFigures() {
		ReportFilter department = ReportFilter.of(COURSE).withDepartment(fixture.department);
		long leaver = fixture.id(AssignmentStatus.NOT_ASSIGNED);
		assertThat(statuses(department)).hasSize(8).doesNotContain(leaver);
		assertThat(SystemAuthentication.call(() -> reporting.count(department))).isEqualTo(8);
		ReportFilter withLeavers = department.withNotEmployedListed(true);
		assertThat(statuses(withLeavers)).hasSize(9).contains(leaver);
		assertThat(SystemAuthentication.call(() -> reporting.count(withLeavers))).isEqualTo(9);
		List<ReportRow> rows = SystemAuthentication
			.call(() -> reporting.page(withLeavers, List.of(ReportSort.byName()), 0, 50));
		LocalDate yesterday = LocalDate.now(TimeConfiguration.ZONE).minusDays(1);
		assertThat(rows).filteredOn(row -> row.leftOn() != null)
			.singleElement()
			.satisfies(row -> assertThat(row.employeeId()).isEqualTo(leaver))
			.satisfies(row -> assertThat(row.leftOn()).isEqualTo(yesterday));
		// the figures stay those of who is employed today, whichever way the list is
		// asked
		assertThat(SystemAuthentication.call(() -> reporting.dashboard(withLeavers)))
			.isEqualTo(SystemAuthentication.call(() -> reporting.dashboard(department)));
		assertThat(withLeavers.describe()).endsWith("notEmployedListed");
	}

	@Test
	void theOverallFiguresAreTheSumOfTheDepartments() {
		Dashboard dashboard = SystemAuthentication.call(() -> reporting.dashboard(ReportFilter.of(COURSE)));
		for (AssignmentStatus status : AssignmentStatus.values()) {
			long sum = dashboard.departments().stream().mapToLong(d -> d.figures().count(status)).sum();
			assertThat(dashboard.overall().count(status)).as(status.name()).isEqualTo(sum);
		}
		assertThat(dashboard.departments()).extracting(Dashboard.DepartmentFigures::code)
			.contains("VOR", "WON", fixture.department);
	}

	@Test
	void filtersNarrowTheFiguresAndTheRows() {
		ReportFilter department = ReportFilter.of(COURSE).withDepartment(fixture.department);
		assertThat(statuses(department.withStatus(AssignmentStatus.OVERDUE)))
			.containsExactly(fixture.id(AssignmentStatus.OVERDUE));
		ReportFilter contractors = new ReportFilter(COURSE, fixture.department, null, WorkerType.CONTRACTOR, null, null,
				false);
		assertThat(statuses(contractors)).containsExactly(fixture.id(AssignmentStatus.IN_PROGRESS));
		ReportFilter newHires = new ReportFilter(COURSE, fixture.department, null, null, null, null, true);
		assertThat(statuses(newHires)).containsExactlyInAnyOrder(fixture.id(AssignmentStatus.NOT_STARTED),
				fixture.id(AssignmentStatus.OVERDUE), fixture.id(AssignmentStatus.IN_PROGRESS));
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		ReportFilter recent = new ReportFilter(COURSE, fixture.department, null, null, today.minusDays(60),
				today.minusDays(10), false);
		assertThat(statuses(recent)).containsExactly(fixture.id(AssignmentStatus.OVERDUE));
		assertThat(SystemAuthentication.call(() -> reporting.count(newHires))).isEqualTo(3);
		assertThat(SystemAuthentication.call(() -> reporting.dashboard(newHires)).overall().counts())
			.containsOnlyKeys(AssignmentStatus.NOT_STARTED, AssignmentStatus.OVERDUE, AssignmentStatus.IN_PROGRESS);
		assertThatThrownBy(() -> new ReportFilter(COURSE, null, null, null, today, today.minusDays(1), false))
			.hasMessage("reporting.start-range");
	}

	@Test
	void theGridIsSortedAndPagedInTheDatabase() {
		ReportFilter department = ReportFilter.of(COURSE)
			.withDepartment(fixture.department)
			.withNotEmployedListed(true);
		List<ReportRow> all = SystemAuthentication
			.call(() -> reporting.page(department, List.of(new ReportSort("status", true)), 0, 50));
		assertThat(all).extracting(ReportRow::status)
			.extracting(Enum::name)
			.containsExactly("COMPLETED", "DEFERRED", "DUE_SOON", "EXEMPT", "EXPIRED", "IN_PROGRESS", "NOT_ASSIGNED",
					"NOT_STARTED", "OVERDUE");
		List<ReportRow> page = SystemAuthentication
			.call(() -> reporting.page(department, List.of(new ReportSort("status", true)), 2, 3));
		assertThat(page).isEqualTo(all.subList(2, 5));
		List<ReportRow> byDue = SystemAuthentication
			.call(() -> reporting.page(department, List.of(new ReportSort("due", false)), 0, 50));
		assertThat(byDue.getLast().dueOn()).isNull();
		ReportRow completed = all.getFirst();
		assertThat(completed.validUntil()).isEqualTo(LocalDate.now(TimeConfiguration.ZONE).minusDays(1).plusMonths(24));
	}

	@Test
	void theStatusDerivedInSqlEqualsTheJavaStatusForEveryPerson() {
		List<Long> everyone = SystemAuthentication.call(() -> employees.find(RosterFilter.all(), 0, 10_000))
			.stream()
			.map(EmployeeSummary::id)
			.toList();
		assertThat(everyone).hasSizeGreaterThanOrEqualTo(221 + 9);
		Map<Long, AssignmentStatus> java = SystemAuthentication.call(() -> assignments.factsOf(everyone))
			.stream()
			.filter(facts -> facts.courseId().equals(COURSE))
			.collect(Collectors.toMap(AssignmentFacts::employeeId, AssignmentFacts::status));
		SystemAuthentication.run(() -> reporting.refresh(everyone));
		Map<Long, AssignmentStatus> sql = SystemAuthentication.call(() -> reporting.statusesInDatabase(COURSE));
		for (long id : everyone) {
			assertThat(sql.get(id)).as("employee %d", id).isEqualTo(java.get(id));
		}
		assertThat(java.values()).contains(AssignmentStatus.values());
	}

	@Test
	void aManagerSeesTheirDirectReportsAndWithTheSettingEveryoneBelow() {
		List<Long> direct = learners
			.as(fixture.manager, () -> reporting.team(COURSE, List.of(ReportSort.byName()), 0, 50))
			.stream()
			.map(ReportRow::employeeId)
			.toList();
		assertThat(direct).containsExactlyInAnyOrder(fixture.id(AssignmentStatus.NOT_STARTED),
				fixture.id(AssignmentStatus.OVERDUE));
		SystemAuthentication.run(() -> settings.update(ReportingConfiguration.TEAM_INDIRECT, "true"));
		try {
			List<Long> all = learners
				.as(fixture.manager, () -> reporting.team(COURSE, List.of(ReportSort.byName()), 0, 50))
				.stream()
				.map(ReportRow::employeeId)
				.toList();
			assertThat(all).containsExactlyInAnyOrder(fixture.id(AssignmentStatus.NOT_STARTED),
					fixture.id(AssignmentStatus.OVERDUE), fixture.id(AssignmentStatus.IN_PROGRESS));
			assertThat(learners.as(fixture.manager, () -> reporting.teamCount(COURSE))).isEqualTo(3);
		}
		finally {
			SystemAuthentication.run(() -> settings.update(ReportingConfiguration.TEAM_INDIRECT, "false"));
		}
	}

	@Test
	void aManagerCannotUseHrReportsAndAnEmployeeHasNoTeam() {
		assertThatThrownBy(() -> learners.as(fixture.manager, () -> reporting.dashboard(ReportFilter.of(COURSE))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> learners.as(fixture.manager, () -> reporting.person(fixture.id(AssignmentStatus.EXEMPT))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> learners.as(fixture.learner, () -> reporting.team(COURSE, List.of(), 0, 10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void openingAPersonIsAuditedAndShowsNoScoresUnlessTheSettingAllows() {
		long id = fixture.id(AssignmentStatus.IN_PROGRESS);
		PersonReport report = SystemAuthentication.call(() -> reporting.person(id)).orElseThrow();
		assertThat(report.person().id()).isEqualTo(id);
		assertThat(report.assignments()).isNotEmpty();
		assertThat(report.scoresShown()).isFalse();
		assertThat(report.trail()).extracting(entry -> entry.subject()).contains("employee:" + id);
		long opened = SystemAuthentication
			.call(() -> audit.count(new AuditFilter("report.person-opened", null, "employee:" + id)));
		assertThat(opened).isGreaterThanOrEqualTo(1);
		report.learning().attempts().forEach(attempt -> {
			assertThat(attempt.scorePercent()).isNull();
			assertThat(attempt.groupPercent()).isEmpty();
		});
	}

	private List<Long> statuses(ReportFilter filter) {
		return SystemAuthentication.call(() -> reporting.page(filter, List.of(ReportSort.byName()), 0, 50))
			.stream()
			.map(ReportRow::employeeId)
			.toList();
	}

}

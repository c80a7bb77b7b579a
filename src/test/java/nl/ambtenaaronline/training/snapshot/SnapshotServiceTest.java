package nl.ambtenaaronline.training.snapshot;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.PdfA;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.OverrideReason;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.reporting.Dashboard;
import nl.ambtenaaronline.training.reporting.ReportFilter;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SnapshotServiceTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	SnapshotService snapshots;

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
	AssessmentService assessment;

	@Autowired
	ContentService contents;

	@Autowired
	AuditService audit;

	@Autowired
	SnapshotDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
	}

	@Test
	void recomputingAYearLaterFromTheStoredHistoryGivesTheSameFiguresAndDigest() {
		String passer = learners.create("snap-pass");
		long passerId = idOf("L-" + passer);
		long exempted = person("snap-exempt", LocalDate.of(2019, 5, 1), null);
		long classroom = person("snap-classroom", LocalDate.of(2018, 5, 1), null);
		SystemAuthentication.run(() -> assignments.reconcile(List.of(passerId, exempted, classroom)));

		SnapshotSummary snapshot = SystemAuthentication.call(() -> snapshots.create(COURSE, today()));
		Map<Long, SnapshotPerson> before = people(snapshot.id());
		assertThat(before.get(passerId).scope()).isEqualTo(SnapshotScope.COUNTED);
		assertThat(before.get(passerId).status()).isNotEqualTo(AssignmentStatus.COMPLETED);

		// after the snapshot: one passes the course, one is exempted, one gets a
		// classroom
		// completion dated yesterday, a new person joins
		Course course = contents.current(COURSE).orElseThrow();
		learners.run(passer, () -> Learners.passCourse(learning, assessment, course));
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(exempted)).getFirst();
		SystemAuthentication.run(() -> assignments.exempt(open.id(), "Geen computerwerk"));
		SystemAuthentication.run(() -> assignments.recordClassroom(classroom, COURSE, today().minusDays(1), "Trainer"));
		long newcomer = person("snap-new", today().minusDays(3), null);
		SystemAuthentication.run(() -> assignments.reconcile(List.of(newcomer)));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(passerId)));

		// the same day taken now sees those changes ...
		Snapshot now = SystemAuthentication
			.call(() -> snapshots.compute(COURSE, snapshot.courseVersion(), snapshot.asOf(), clock.instant()));
		Map<Long, SnapshotPerson> after = now.people()
			.stream()
			.collect(Collectors.toMap(SnapshotPerson::employeeId, Function.identity()));
		assertThat(after.get(passerId).status()).isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(after.get(exempted).scope()).isEqualTo(SnapshotScope.EXEMPT);
		assertThat(after.get(classroom).status()).isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(after).containsKey(newcomer);
		assertThat(now.digest()).isNotEqualTo(snapshot.digest());

		// ... but the snapshot, recomputed a year later, still gives its own figures
		SnapshotService aYearLater = new SnapshotService(jdbc, assignments, employees, contents, accounts, audit,
				documents, Clock.offset(clock, Duration.ofDays(366)));
		SnapshotVerification verification = SystemAuthentication.call(() -> aYearLater.verify(snapshot.id()));
		assertThat(verification.intact()).isTrue();
		assertThat(verification.reproduced()).isTrue();
		assertThat(verification.differences()).isZero();
		assertThat(verification.recomputedDigest()).isEqualTo(snapshot.digest());
	}

	@Test
	void theScopeSaysWhoCountedAndWhyOthersDidNot() {
		long counted = person("snap-counted", LocalDate.of(2017, 1, 1), null);
		long future = person("snap-future", today().plusDays(20), null);
		long leaver = person("snap-leaver", LocalDate.of(2016, 1, 1), null);
		long exempt = person("snap-exempt2", LocalDate.of(2016, 1, 1), null);
		long deferred = person("snap-deferred", LocalDate.of(2016, 1, 1), null);
		List<Long> ids = List.of(counted, future, leaver, exempt, deferred);
		SystemAuthentication.run(() -> assignments.reconcile(ids));
		EmployeeSummary left = SystemAuthentication.call(() -> employees.findById(leaver)).orElseThrow();
		SystemAuthentication.run(() -> employees.update(leaver,
				new NewEmployee(left.employeeNumber(), left.firstName(), null, left.lastName(), null,
						left.departmentCode(), null, left.startDate(), today().minusDays(1), WorkerType.EMPLOYEE,
						null)));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(leaver)));
		SystemAuthentication.run(() -> assignments
			.exempt(SystemAuthentication.call(() -> assignments.currentOf(exempt)).getFirst().id(), "Geen account"));
		SystemAuthentication.run(() -> assignments.defer(
				SystemAuthentication.call(() -> assignments.currentOf(deferred)).getFirst().id(), today().plusMonths(2),
				OverrideReason.LEAVE, ""));

		SnapshotSummary snapshot = SystemAuthentication.call(() -> snapshots.create(COURSE, today()));
		Map<Long, SnapshotPerson> people = people(snapshot.id());
		assertThat(people.get(counted).scope()).isEqualTo(SnapshotScope.COUNTED);
		assertThat(people.get(future).scope()).isEqualTo(SnapshotScope.NOT_YET_EMPLOYED);
		assertThat(people.get(leaver).scope()).isEqualTo(SnapshotScope.LEFT);
		assertThat(people.get(exempt).scope()).isEqualTo(SnapshotScope.EXEMPT);
		assertThat(people.get(deferred).scope()).isEqualTo(SnapshotScope.DEFERRED);
		assertThat(snapshot.counted() + snapshot.excluded()).isEqualTo(people.size());
		List<SnapshotTotal> totals = SystemAuthentication.call(() -> snapshots.totals(snapshot.id()));
		assertThat(totals.stream().mapToInt(SnapshotTotal::people).sum()).isEqualTo(people.size());
		assertThat(totals).filteredOn(total -> total.departmentCode().equals("VOR"))
			.extracting(SnapshotTotal::category)
			.contains("EXCLUDED_LEFT", "EXCLUDED_EXEMPT", "EXCLUDED_DEFERRED", "EXCLUDED_NOT_YET_EMPLOYED");
		assertThat(totals.stream().filter(total -> !total.excluded()).mapToInt(SnapshotTotal::people).sum())
			.isEqualTo(snapshot.counted());
	}

	@Test
	void theLiveReportOfTodayCountsWhoASnapshotOfTodayCountsAndLeavesOutWhoIsNotEmployed() {
		long future = person("snap-report-future", today().plusDays(10), null);
		long leaver = person("snap-report-leaver", LocalDate.of(2016, 1, 1), null);
		long longGone = person("snap-report-gone", LocalDate.of(2010, 1, 1), today().minusYears(3));
		List<Long> ids = List.of(future, leaver, longGone);
		SystemAuthentication.run(() -> assignments.reconcile(ids));
		// assigned while employed, then left three days ago
		EmployeeSummary left = SystemAuthentication.call(() -> employees.findById(leaver)).orElseThrow();
		SystemAuthentication.run(() -> employees.update(leaver,
				new NewEmployee(left.employeeNumber(), left.firstName(), null, left.lastName(), null,
						left.departmentCode(), null, left.startDate(), today().minusDays(3), WorkerType.EMPLOYEE,
						null)));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(leaver)));
		SystemAuthentication.run(() -> reporting.refresh(ids));

		SnapshotSummary snapshot = SystemAuthentication.call(() -> snapshots.create(COURSE, today()));
		Map<Long, SnapshotPerson> inSnapshot = people(snapshot.id());
		Dashboard report = SystemAuthentication.call(() -> reporting.dashboard(ReportFilter.of(COURSE)));
		List<ReportRow> rows = SystemAuthentication
			.call(() -> reporting.page(ReportFilter.of(COURSE), List.of(ReportSort.byName()), 0, 10_000));
		assertThat(rows).hasSize((int) report.overall().total());
		Map<Long, ReportRow> inReport = rows.stream().collect(Collectors.toMap(ReportRow::employeeId, row -> row));
		// person by person: who counts in the report counts in the snapshot
		assertThat(
				rows.stream()
					.filter(row -> row.status()
						.counted() != (inSnapshot.containsKey(row.employeeId())
								&& inSnapshot.get(row.employeeId()).scope().counted()))
					.map(row -> row.employeeId() + " " + row.employeeNumber() + " " + row.status() + " start "
							+ row.startDate() + " snapshot "
							+ (inSnapshot.containsKey(row.employeeId()) ? inSnapshot.get(row.employeeId()).scope() + " "
									+ inSnapshot.get(row.employeeId()).status() : "-"))
					.toList())
			.isEmpty();
		assertThat(report.overall().counted()).isEqualTo(snapshot.counted());
		// everyone of the snapshot employed on the day is in the report; who left or
		// starts
		// later is not
		Set<Long> reported = inReport.keySet();
		inSnapshot.values().forEach(person -> {
			boolean employed = person.scope() != SnapshotScope.LEFT && person.scope() != SnapshotScope.NOT_YET_EMPLOYED;
			assertThat(reported.contains(person.employeeId())).as("%d %s", person.employeeId(), person.scope())
				.isEqualTo(employed);
		});
		assertThat(inSnapshot.get(leaver).scope()).isEqualTo(SnapshotScope.LEFT);
		// the report also lists who never had the course as without it: outside the
		// share
		rows.stream()
			.filter(row -> !inSnapshot.containsKey(row.employeeId()))
			.forEach(row -> assertThat(row.status()).as("%d", row.employeeId())
				.isEqualTo(AssignmentStatus.NOT_ASSIGNED));
		// a starter to come is not employed today: out of the report as out of the
		// snapshot's share
		assertThat(inReport).doesNotContainKeys(leaver, longGone, future);
		assertThat(inSnapshot.get(future).scope()).isEqualTo(SnapshotScope.NOT_YET_EMPLOYED);
		assertThat(SystemAuthentication.call(() -> reporting.page(ReportFilter.of(COURSE).withNotEmployedListed(true),
				List.of(ReportSort.byName()), 0, 10_000)))
			.extracting(ReportRow::employeeId)
			.contains(leaver, longGone, future);
	}

	@Test
	void nothingRecordedAfterTheDayCounts() {
		long today = person("snap-today", LocalDate.of(2017, 1, 1), null);
		SystemAuthentication.run(() -> assignments.reconcile(List.of(today)));
		SnapshotSummary yesterday = SystemAuthentication.call(() -> snapshots.create(COURSE, today().minusDays(1)));
		assertThat(people(yesterday.id())).doesNotContainKey(today);
	}

	@Test
	void aDayStillToComeIsRefused() {
		assertThatThrownBy(() -> SystemAuthentication.run(() -> snapshots.create(COURSE, today().plusDays(1))))
			.isInstanceOf(SnapshotException.class)
			.hasMessage("snapshot.future");
	}

	@Test
	void theXlsxReadBackHasEveryPersonAndTheTotals() throws Exception {
		long leaver = person("snap-xlsx", LocalDate.of(2016, 1, 1), null);
		SystemAuthentication.run(() -> assignments.reconcile(List.of(leaver)));
		SnapshotSummary snapshot = SystemAuthentication.call(() -> snapshots.create(COURSE, today()));
		SnapshotFile file = SystemAuthentication.call(() -> snapshots.xlsx(snapshot.id()));
		assertThat(file.fileName()).endsWith(".xlsx");
		Map<Long, SnapshotPerson> people = people(snapshot.id());
		String number = SystemAuthentication.call(() -> employees.findById(leaver)).orElseThrow().employeeNumber();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			Sheet summary = workbook.getSheet("Samenvatting");
			// the course by its title (the code beside it) and one reference moment in
			// Dutch time
			assertThat(summary.getRow(0).getCell(1).getStringCellValue()).doesNotStartWith(COURSE)
				.contains("(" + COURSE + " ");
			assertThat(summary.getRow(2).getCell(0).getStringCellValue()).startsWith("Peilmoment");
			assertThat(summary.getRow(2).getCell(1).getStringCellValue()).endsWith("(Nederlandse tijd)");
			assertThat(summary.getRow(7).getCell(1).getStringCellValue()).isEqualTo(snapshot.digest());
			Sheet sheet = workbook.getSheet("Personen");
			assertThat(sheet.getLastRowNum()).isEqualTo(people.size());
			Row row = null;
			for (Row candidate : sheet) {
				if (candidate.getCell(0).getStringCellValue().equals(number)) {
					row = candidate;
				}
			}
			assertThat(row).isNotNull();
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Telt mee");
			assertThat(row.getCell(3).getStringCellValue()).isIn("Nog niet begonnen", "Binnenkort afronden", "Te laat");
			Sheet departments = workbook.getSheet("Totalen per afdeling");
			int sum = 0;
			for (Row line : departments) {
				if (line.getRowNum() > 0) {
					for (int c = 1; c < line.getLastCellNum(); c++) {
						sum += (int) line.getCell(c).getNumericCellValue();
					}
				}
			}
			assertThat(sum).isEqualTo(people.size());
		}
		assertThat(audit(snapshot.id(), "snapshot.downloaded")).isPositive();
	}

	@Test
	void thePdfIsPdfA2uAndPdfUa1AndNamesTheDigest() throws Exception {
		SnapshotSummary snapshot = SystemAuthentication.call(() -> snapshots.create(COURSE, today()));
		SnapshotFile file = SystemAuthentication.call(() -> snapshots.pdf(snapshot.id()));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "snapshot-example.pdf"), file.content());
		assertThat(PdfA.violations(file.content(), PDFAFlavour.PDFA_2_U)).isEmpty();
		assertThat(PdfA.violations(file.content(), PDFAFlavour.PDFUA_1)).isEmpty();
		try (PDDocument document = Loader.loadPDF(file.content())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Momentopname naleving", snapshot.digest(), "Alle afdelingen");
		}
	}

	@Test
	void creatingAndVerifyingAreAudited() {
		SnapshotSummary snapshot = SystemAuthentication.call(() -> snapshots.create(COURSE, today()));
		SystemAuthentication.run(() -> snapshots.verify(snapshot.id()));
		assertThat(audit(snapshot.id(), "snapshot.created")).isEqualTo(1);
		assertThat(audit(snapshot.id(), "snapshot.verified")).isEqualTo(1);
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorReadsAndVerifiesButCannotCreate() {
		assertThatThrownBy(() -> snapshots.create(COURSE, today())).isInstanceOf(AccessDeniedException.class);
		assertThat(snapshots.list()).isNotNull();
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeSeesNoSnapshots() {
		assertThatThrownBy(() -> snapshots.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> snapshots.xlsx(1)).isInstanceOf(AccessDeniedException.class);
	}

	private Map<Long, SnapshotPerson> people(long snapshotId) {
		return SystemAuthentication.call(() -> snapshots.people(snapshotId))
			.stream()
			.collect(Collectors.toMap(SnapshotPerson::employeeId, Function.identity()));
	}

	private long audit(long snapshotId, String action) {
		return jdbc.queryForObject("select count(*) from audit_event where subject = ? and action = ?", Long.class,
				"snapshot:" + snapshotId, action);
	}

	private long idOf(String number) {
		return SystemAuthentication.call(() -> employees.findByNumber(number)).orElseThrow().id();
	}

	private long person(String prefix, LocalDate start, LocalDate end) {
		String number = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		return SystemAuthentication.call(() -> employees.create(new NewEmployee(number, "Test", null, prefix, null,
				"VOR", null, start, end, WorkerType.EMPLOYEE, null)));
	}

}

package nl.ambtenaaronline.training.employee;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The roster import against the demo city. Tests that import run in a test transaction
 * that is rolled back, so the shared demo city stays as it is; the all-or-nothing test
 * commits for real (and fails).
 */
@IntegrationTest
@WithUserDetails("hr")
@RecordApplicationEvents
class RosterImportServiceTest {

	@Autowired
	RosterImportService imports;

	@Autowired
	EmployeeService employees;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	SettingsService settings;

	@Autowired
	AuditService audit;

	static Stream<Arguments> brokenFiles() {
		return Stream.of(arguments("missing-column.csv", 1, "achternaam", "roster.error.missing-column"),
				arguments("empty-number.csv", 3, "personeelsnummer", "roster.error.required"),
				arguments("duplicate-number.csv", 5, "personeelsnummer", "roster.error.duplicate-number"),
				arguments("bad-email.csv", 3, "e-mail", "roster.error.email"),
				arguments("unknown-manager.csv", 4, "leidinggevende", "roster.error.unknown-manager"),
				arguments("manager-cycle.csv", 3, "leidinggevende", "roster.error.manager-cycle"),
				arguments("self-manager.csv", 4, "leidinggevende", "roster.error.manager-cycle"),
				arguments("start-too-late.csv", 3, "datum in dienst", "roster.error.start-too-late"),
				arguments("end-before-start.csv", 4, "datum uit dienst", "roster.error.end-before-start"),
				arguments("unreadable-start-date.csv", 3, "datum in dienst", "roster.error.date"),
				arguments("unreadable-end-date.csv", 5, "datum uit dienst", "roster.error.date"),
				arguments("contractor-without-sponsor.csv", 3, "sponsor", "roster.error.sponsor-required"),
				arguments("intern-without-end-date.csv", 3, "datum uit dienst", "roster.error.end-date-required"),
				arguments("unknown-worker-type.csv", 3, "soort", "roster.error.worker-type"),
				arguments("unknown-sponsor.csv", 3, "sponsor", "roster.error.unknown-sponsor"),
				arguments("department-name-conflict.csv", 3, "afdeling", "roster.error.department-name"),
				arguments("too-long.csv", 3, "voornaam", "roster.error.too-long"),
				arguments("duplicate-column.csv", 1, "last name", "roster.error.duplicate-column"),
				arguments("header-only.csv", 1, "", "roster.error.header-only"),
				arguments("empty.csv", 0, "", "roster.error.empty"),
				arguments("unclosed-quote.csv", 4, "", "roster.error.quotes"),
				arguments("field-count.csv", 3, "", "roster.error.field-count"),
				arguments("line-numbers-after-blank-and-multiline.csv", 8, "e-mail", "roster.error.email"),
				arguments("roster.xlsx", 0, "", "roster.error.spreadsheet"),
				arguments("binary.csv", 0, "", "roster.error.binary"));
	}

	@ParameterizedTest(name = "{0}: line {1}, column \"{2}\"")
	@MethodSource("brokenFiles")
	void rejectsEveryBrokenFileWithLineAndColumnAndWritesNothing(String file, long line, String column, String key)
			throws IOException {
		String before = fingerprint();
		RosterUpload upload = new RosterUpload(file, resource("broken/" + file), ImportMode.DEPARTMENTS);

		RosterPreview preview = imports.preview(upload);

		assertThat(preview.valid()).isFalse();
		assertThat(preview.problems()).as("problems of %s", file)
			.anySatisfy(problem -> assertThat(problem)
				.extracting(RosterProblem::line, RosterProblem::column, RosterProblem::messageKey)
				.containsExactly(line, column, key));
		assertThatThrownBy(() -> imports.confirm(upload)).isInstanceOf(RosterImportRejectedException.class)
			.hasMessage("roster.rejected.problems");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void everyFileOfTheBrokenCorpusHasAnExpectation() throws Exception {
		Set<String> expected = brokenFiles().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
		try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/roster/broken").toURI()))) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
		}
		assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void rejectsAFileOverTheDefaultTenMegabytes() {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');

		RosterPreview preview = imports.preview(new RosterUpload("groot.csv", large, ImportMode.FULL));

		assertThat(preview.problems()).extracting(RosterProblem::messageKey)
			.containsExactly("roster.error.file-too-large");
		assertThat(imports.limits().maxRows()).isEqualTo(100_000);
	}

	@ParameterizedTest
	@MethodSource("goodFiles")
	@Transactional
	void importsEveryGoodFile(String file, String number, String first, String tussenvoegsel, String last,
			String departmentName) throws IOException {
		RosterUpload upload = new RosterUpload(file, resource("good/" + file), ImportMode.DEPARTMENTS);

		RosterPreview preview = imports.preview(upload);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.newPeople()).isEqualTo(preview.rows());
		assertThat(preview.newDepartments()).isOne();
		assertThat(preview.leavers()).isZero();
		RosterImportResult result = imports.confirm(upload);

		assertThat(result.newPeople()).isEqualTo(preview.rows());
		EmployeeSummary person = employees.findByNumber(number).orElseThrow();
		assertThat(person.firstName()).isEqualTo(first);
		assertThat(person.tussenvoegsel()).isEqualTo(tussenvoegsel.isEmpty() ? null : tussenvoegsel);
		assertThat(person.lastName()).isEqualTo(last);
		assertThat(person.departmentName()).isEqualTo(departmentName);
		assertThat(person.managerId()).isEqualTo(employees.findByNumber("100001").orElseThrow().id());
	}

	static Stream<Arguments> goodFiles() {
		return Stream.of(arguments("utf8-bom-semicolon.csv", "910001", "Zoë", "van der", "Berg", "Afdeling Één"),
				arguments("utf8-comma-english.csv", "920001", "Anne-Marie", "", "Jansen", "Communicatie, pers en web"),
				arguments("tabs.txt", "930001", "Fatima", "", "El Amrani", "Tabbladen"),
				arguments("utf16le-excel-unicode-text.txt", "940001", "Chloë", "van 't", "Hof", "Unicode Afdeling"),
				arguments("windows-1252.csv", "950001", "Renée", "d'", "Ancona", "Afdeling Financiën"),
				arguments("formula-values.csv", "960001", "=1+1", "", "=HYPERLINK(\"http://example.org\";\"klik\")",
						"@Formules"));
	}

	@Test
	@Transactional
	void storesEveryFieldOfAContractorWithSponsorAndContractEnd() throws IOException {
		imports.confirm(new RosterUpload("bom.csv", resource("good/utf8-bom-semicolon.csv"), ImportMode.DEPARTMENTS));

		EmployeeSummary contractor = employees.findByNumber("910003").orElseThrow();
		EmployeeSummary sponsor = employees.findByNumber("910001").orElseThrow();
		assertThat(contractor.displayName()).isEqualTo("Jürgen Müller");
		assertThat(contractor.email()).isEqualTo("jurgen.muller@example.org");
		assertThat(contractor.departmentCode()).isEqualTo("TBOM");
		assertThat(contractor.managerId()).isEqualTo(sponsor.id());
		assertThat(contractor.sponsorId()).isEqualTo(sponsor.id());
		assertThat(contractor.startDate()).isEqualTo(LocalDate.of(2021, 6, 5));
		assertThat(contractor.endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(contractor.workerType()).isEqualTo(WorkerType.CONTRACTOR);
		assertThat(employees.findByNumber("910002").orElseThrow().email()).isNull();
		assertThat(employees.findByNumber("910002").orElseThrow().startDate()).isEqualTo(LocalDate.of(2020, 2, 1));
	}

	@Test
	@Transactional
	void aSecondImportOfTheSameFileChangesNothing() throws IOException {
		RosterUpload upload = new RosterUpload("bom.csv", resource("good/utf8-bom-semicolon.csv"),
				ImportMode.DEPARTMENTS);
		imports.confirm(upload);

		RosterPreview again = imports.preview(upload);
		RosterImportResult second = imports.confirm(upload);

		assertThat(again.hasChanges()).isFalse();
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(second).isEqualTo(new RosterImportResult(ImportMode.DEPARTMENTS, 0, 0, 3, 0, 0, 0));
	}

	@Test
	@Transactional
	void aFullExportOfTheRosterReimportsUnchanged() {
		RosterUpload upload = new RosterUpload("alles.csv", export(Set.of(), Map.of()), ImportMode.FULL);

		RosterPreview preview = imports.preview(upload);

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.unchanged()).isEqualTo((int) employees.find(RosterFilter.all(), 0, 10_000)
			.stream()
			.filter(person -> !RosterFiles.erased(person))
			.count());
		assertThat(preview.hasChanges()).isFalse();
	}

	@Test
	@Transactional
	void reportsChangedPeopleWithWhatChanges() {
		EmployeeSummary someone = withoutReports().getFirst();
		RosterUpload upload = new RosterUpload("alles.csv",
				export(Set.of(), Map.of(someone.employeeNumber(), "nieuw.adres@example.org")), ImportMode.FULL);

		RosterPreview preview = imports.preview(upload);
		imports.confirm(upload);

		assertThat(preview.changed()).isOne();
		assertThat(preview.sample()).singleElement()
			.satisfies(change -> assertThat(change.changedColumns()).containsExactly(RosterColumn.EMAIL));
		assertThat(employees.findById(someone.id()).orElseThrow().email()).isEqualTo("nieuw.adres@example.org");
	}

	@Test
	@Transactional
	void marksPeopleMissingFromAFullImportAsLeftToday() {
		List<EmployeeSummary> leaving = withoutReports().subList(0, 5);
		RosterUpload upload = new RosterUpload("alles.csv", export(numbers(leaving), Map.of()), ImportMode.FULL);

		RosterPreview preview = imports.preview(upload);
		RosterImportResult result = imports.confirm(upload);

		assertThat(preview.leaverConfirmationNeeded()).isFalse();
		assertThat(result.leavers()).isEqualTo(5);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		for (EmployeeSummary person : leaving) {
			assertThat(employees.findById(person.id()).orElseThrow().endDate()).isEqualTo(today);
		}
		assertThat(employees.count()).as("never deleted")
			.isEqualTo(jdbc.queryForObject("select count(*) from employee", Long.class));
	}

	@Test
	@Transactional
	void manyLeaversNeedTheExplicitConfirmationOfTheirNumber() {
		// more than the default 10 % of the roster, however many people earlier tests
		// added
		int many = (int) (employees.count() / 10) + 5;
		List<EmployeeSummary> leaving = withoutReports().subList(0, many);
		RosterUpload upload = new RosterUpload("half.csv", export(numbers(leaving), Map.of()), ImportMode.FULL);

		RosterPreview preview = imports.preview(upload);

		assertThat(preview.leavers()).isEqualTo(many);
		assertThat(preview.maxLeaverPercent()).isEqualTo(10);
		assertThat(preview.leaverConfirmationNeeded()).isTrue();
		assertThatThrownBy(() -> imports.confirm(upload)).isInstanceOf(RosterImportRejectedException.class)
			.hasMessage("roster.rejected.leavers");
		assertThatThrownBy(() -> imports.confirmWithLeavers(upload, many - 1))
			.isInstanceOf(RosterImportRejectedException.class);
		assertThat(employees.findById(leaving.getFirst().id()).orElseThrow().endDate()).isNull();

		RosterImportResult result = imports.confirmWithLeavers(upload, many);

		assertThat(result.leavers()).isEqualTo(many);
		assertThat(employees.findById(leaving.getFirst().id()).orElseThrow().endDate()).isNotNull();
	}

	@Test
	@Transactional
	void theLeaverShareIsARunTimeSetting() {
		List<EmployeeSummary> leaving = withoutReports().subList(0, 30);
		RosterUpload upload = new RosterUpload("half.csv", export(numbers(leaving), Map.of()), ImportMode.FULL);
		settings.update("roster.max-leaver-percent", "20");

		RosterPreview preview = imports.preview(upload);

		assertThat(preview.maxLeaverPercent()).isEqualTo(20);
		assertThat(preview.leaverConfirmationNeeded()).isFalse();
		assertThat(imports.confirm(upload).leavers()).isEqualTo(30);
	}

	@Test
	@Transactional
	void aDepartmentImportTouchesOnlyTheDepartmentsInTheFile() {
		List<EmployeeSummary> communication = employees.find(new RosterFilter("", "COM", false), 0, 100);
		EmployeeSummary leaving = communication.stream()
			.filter(person -> !employees.hasReports(person.id()) && person.workerType() == WorkerType.EMPLOYEE)
			.findFirst()
			.orElseThrow();
		byte[] file = csv(communication.stream().filter(person -> person.id() != leaving.id()).toList(), Map.of());
		List<EmployeeSummary> traffic = employees.find(new RosterFilter("", "VOR", true), 0, 100);

		RosterPreview preview = imports.preview(new RosterUpload("com.csv", file, ImportMode.DEPARTMENTS));
		imports.confirm(new RosterUpload("com.csv", file, ImportMode.DEPARTMENTS));

		assertThat(preview.departments()).containsExactly("COM");
		assertThat(preview.leavers()).isOne();
		assertThat(preview.unchanged()).isEqualTo(communication.size() - 1);
		assertThat(employees.findById(leaving.id()).orElseThrow().endDate()).isNotNull();
		assertThat(employees.find(new RosterFilter("", "VOR", true), 0, 100)).isEqualTo(traffic);
	}

	@Test
	@Transactional
	void publishesRosterChangedWithTheIdsOfEveryonTouched() throws IOException {
		imports.confirm(new RosterUpload("tabs.txt", resource("good/tabs.txt"), ImportMode.DEPARTMENTS));

		Set<Long> ids = events.stream(RosterChanged.class)
			.flatMap(event -> event.employeeIds().stream())
			.collect(Collectors.toSet());
		assertThat(ids).containsExactlyInAnyOrder(employees.findByNumber("930001").orElseThrow().id(),
				employees.findByNumber("930002").orElseThrow().id());
	}

	@Test
	void splitsLargeChangesIntoEventsThatFitTheRegistry() {
		Set<Long> ids = new HashSet<>();
		for (long id = 1; id <= 450; id++) {
			ids.add(id);
		}
		List<RosterChanged> published = new ArrayList<>();

		RosterImportService.publish(event -> published.add((RosterChanged) event), ids);

		assertThat(published).hasSize(3);
		assertThat(published).allSatisfy(event -> assertThat(event.employeeIds()).hasSizeLessThanOrEqualTo(200));
		assertThat(published.stream().flatMap(event -> event.employeeIds().stream())).hasSize(450);
	}

	@Test
	@Transactional
	void auditsTheImportWithCountsOnly() throws IOException {
		imports.confirm(new RosterUpload("tabs.txt", resource("good/tabs.txt"), ImportMode.DEPARTMENTS));
		audit.flush(); // this test's transaction recorded it

		String details = jdbc.queryForObject(
				"select details from audit_event where action = 'roster.imported' order by id desc limit 1",
				String.class);
		assertThat(details).contains("mode=DEPARTMENTS", "new=2", "leavers=0").doesNotContain("Fatima", "Amrani");
	}

	@Test
	void aCrashOnALateRowLeavesThePreviousRosterIntact() {
		String before = fingerprint();
		long audits = jdbc.queryForObject("select count(*) from audit_event", Long.class);
		StringBuilder text = new StringBuilder(
				"personeelsnummer;voornaam;achternaam;afdelingscode;afdeling;leidinggevende;datum in dienst\n");
		for (int i = 0; i < 1200; i++) {
			text.append(970000 + i).append(";Test;Crash;TCRASH;Crashafdeling;100001;2020-01-01\n");
		}
		RosterUpload upload = new RosterUpload("crash.csv", text.toString().getBytes(StandardCharsets.UTF_8),
				ImportMode.DEPARTMENTS);
		RosterImportService target = AopTestUtils.getUltimateTargetObject(imports);
		target.setWriteHook(row -> {
			if (row == 1150) {
				throw new IllegalStateException("simulated crash on row " + row);
			}
		});
		try {
			assertThatThrownBy(() -> imports.confirm(upload)).hasMessageContaining("simulated crash");
		}
		finally {
			target.setWriteHook(null);
		}

		assertThat(fingerprint()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from department where code = 'TCRASH'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(audits);
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeMayNeitherPreviewNorImport() {
		RosterUpload upload = new RosterUpload("x.csv", new byte[] { 'a' }, ImportMode.FULL);

		assertThatThrownBy(() -> imports.preview(upload)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> imports.confirm(upload)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> imports.confirmWithLeavers(upload, 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> employees.find(RosterFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorMayNeitherPreviewNorImportNorEdit() {
		RosterUpload upload = new RosterUpload("x.csv", new byte[] { 'a' }, ImportMode.FULL);

		assertThatThrownBy(() -> imports.preview(upload)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> imports.confirm(upload)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> employees.update(1, null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> employees.count(RosterFilter.all())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorMayPreview() throws IOException {
		assertThat(imports.preview(new RosterUpload("tabs.txt", resource("good/tabs.txt"), ImportMode.DEPARTMENTS))
			.valid()).isTrue();
	}

	List<EmployeeSummary> withoutReports() {
		return RosterFiles.withoutReports(employees);
	}

	static Set<String> numbers(List<EmployeeSummary> people) {
		return people.stream().map(EmployeeSummary::employeeNumber).collect(Collectors.toSet());
	}

	byte[] export(Set<String> without, Map<String, String> emails) {
		return RosterFiles.export(employees, without, emails);
	}

	byte[] csv(List<EmployeeSummary> people, Map<String, String> emails) {
		return RosterFiles.csv(employees, people, emails);
	}

	String fingerprint() {
		return jdbc.queryForObject("""
				select count(*) || '/' || coalesce(max(id), 0) || '/' || count(end_date) || '/'
				       || coalesce(sum(length(first_name) + length(last_name) + coalesce(length(email), 0)), 0)
				from employee""", String.class) + "/"
				+ jdbc.queryForObject("select count(*) from department", Long.class);
	}

	static byte[] resource(String path) throws IOException {
		return RosterFiles.resource(path);
	}

}

package nl.ambtenaaronline.training.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SpreadsheetCells;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationProvider;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportTest {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

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
	AuditService audit;

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	MessageSource messages;

	ReportFixture fixture;

	ReportFilter filter;

	List<ReportRow> expected;

	@BeforeAll
	void createFixture() {
		fixture = new ReportFixture(employees, accounts, assignments, learning, contents, provider, reporting);
		// the fixture's leaver too: the export then names their last day
		filter = ReportFilter.of(ReportFixture.COURSE).withDepartment(fixture.department).withNotEmployedListed(true);
		expected = SystemAuthentication.call(() -> reporting.page(filter, List.of(ReportSort.byName()), 0, 100));
		assertThat(expected).hasSize(9);
	}

	@Test
	void formulaLikeCellsAreNeutralised() {
		for (String dangerous : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(SpreadsheetCells.text(dangerous)).isEqualTo("'" + dangerous);
		}
		assertThat(SpreadsheetCells.text("Jansen")).isEqualTo("Jansen");
		assertThat(SpreadsheetCells.text("")).isEmpty();
	}

	@Test
	void theCsvIsUtf8WithBomSemicolonsAndNeutralisedCellsAndIsAudited() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long rows = SystemAuthentication
			.call(() -> reporting.exportCsv(filter, List.of(ReportSort.byName()), true, DUTCH, out));
		assertThat(rows).isEqualTo(9);
		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new java.io.StringReader(text))
			.getRecords();
		assertThat(records).hasSize(10);
		assertThat(records.getFirst().get(0)).isEqualTo("Personeelsnummer");
		for (int i = 0; i < expected.size(); i++) {
			ReportRow row = expected.get(i);
			CSVRecord record = records.get(i + 1);
			assertThat(record.get(0)).isEqualTo(row.employeeNumber());
			assertThat(record.get(1)).isEqualTo(SpreadsheetCells.text(row.displayName()));
			assertThat(record.get(2)).isEqualTo(fixture.departmentName);
			assertThat(record.get(6)).isEqualTo(row.dueOn() == null ? "" : row.dueOn().toString());
			assertThat(record.get(8)).isEqualTo(reasonText(row.reason()));
			assertThat(record.get(9)).isEqualTo(row.leftOn() == null ? "" : row.leftOn().toString());
		}
		assertThat(records.getFirst().get(8)).isEqualTo("Reden");
		assertThat(records.getFirst().get(9)).isEqualTo("Laatste dag in dienst");
		LocalDate yesterday = LocalDate.now(TimeConfiguration.ZONE).minusDays(1);
		assertThat(records.stream().filter(r -> r.get(9).equals(yesterday.toString())).map(r -> r.get(0)))
			.containsExactly(expected.stream()
				.filter(row -> row.employeeId() == fixture.id(AssignmentStatus.NOT_ASSIGNED))
				.map(ReportRow::employeeNumber)
				.toList()
				.toArray(String[]::new));
		assertThat(records.stream().map(r -> r.get(1))).contains("'=Formule Rapport");
		List<AuditEntry> exports = SystemAuthentication
			.call(() -> audit.search(new AuditFilter("report.exported", null, null), 0, 5));
		assertThat(exports.getFirst().details()).contains("csv rows=9", "department=" + fixture.department);
	}

	@Test
	void theCommaVariantUsesCommas() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SystemAuthentication.run(() -> reporting.exportCsv(filter, List.of(ReportSort.byName()), false, DUTCH, out));
		String header = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertThat(header).contains("Personeelsnummer,Naam,Afdeling");
	}

	@Test
	void theXlsxReadsBackAsTheSameRows() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long rows = SystemAuthentication
			.call(() -> reporting.exportXlsx(filter, List.of(ReportSort.byName()), DUTCH, out));
		assertThat(rows).isEqualTo(9);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(9);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Personeelsnummer");
			List<List<String>> read = new ArrayList<>();
			for (int i = 1; i <= 9; i++) {
				Row row = sheet.getRow(i);
				Cell valid = row.getCell(7);
				read.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
						row.getCell(5).getStringCellValue(),
						valid.getCellType() == CellType.BLANK ? ""
								: valid.getLocalDateTimeCellValue().toLocalDate().toString(),
						row.getCell(8).getStringCellValue()));
				// dates are real dates, not text
				assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
				Cell left = row.getCell(9);
				ReportRow want = expected.get(i - 1);
				if (want.leftOn() == null) {
					assertThat(left.getCellType()).isEqualTo(CellType.BLANK);
				}
				else {
					assertThat(DateUtil.isCellDateFormatted(left)).isTrue();
					assertThat(left.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(want.leftOn());
				}
			}
			List<List<String>> want = expected.stream()
				.map(row -> List.of(row.employeeNumber(), row.displayName(),
						messages.getMessage("status." + row.status().name(), null, DUTCH),
						row.validUntil() == null ? "" : row.validUntil().toString(), reasonText(row.reason())))
				.toList();
			assertThat(read).isEqualTo(want);
		}
	}

	@Test
	void theDeltaPathIsAVisibleReasonInBothExports() throws IOException {
		ReportRow delta = new ReportRow(1, ReportFixture.COURSE, "990001", "Delta Voorbeeld", "VOR",
				"Verkeer en Openbare Ruimte", WorkerType.EMPLOYEE, LocalDate.of(2020, 1, 1), AssignmentReason.DELTA,
				AssignmentStatus.NOT_STARTED, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1), false, null, null,
				true, null);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		ReportExports.csv(csv, ';', messages, DUTCH, rows -> {
			rows.accept(delta);
			return 1;
		});
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new java.io.StringReader(new String(csv.toByteArray(), StandardCharsets.UTF_8).substring(1)))
			.getRecords();
		assertThat(records.get(1).get(8)).isEqualTo("wat is er veranderd (alleen de gewijzigde regels)");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		CompletionTrend trend = SystemAuthentication.call(() -> reporting.completionTrend(filter));
		ReportExports.xlsx(xlsx, messages, Locale.ENGLISH, rows -> {
			rows.accept(delta);
			return 1;
		}, trend);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Reason");
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
				.isEqualTo("what has changed (only the changed rules)");
		}
	}

	private String reasonText(AssignmentReason reason) {
		return reason == null ? "" : messages.getMessage("reason." + reason.name(), null, DUTCH);
	}

	@Test
	void theXlsxHasASheetOfTheCompletionTrendPerWeekForTheCourseAndTheDepartment() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SystemAuthentication.run(() -> reporting.exportXlsx(filter, List.of(ReportSort.byName()), DUTCH, out));
		CompletionTrend trend = SystemAuthentication.call(() -> reporting.completionTrend(filter));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet sheet = workbook.getSheet("Verloop");
			assertThat(sheet).as("the sheet of the trend").isNotNull();
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Week");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Afgerond – Alle afdelingen");
			assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Afgerond – " + fixture.departmentName);
			assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Uiterste datum");
			assertThat(sheet.getLastRowNum()).as("a row per week").isEqualTo(trend.weeks().size());
			for (int i = 0; i < trend.weeks().size(); i++) {
				CompletionTrend.Week week = trend.weeks().get(i);
				Row row = sheet.getRow(i + 1);
				assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(week.isoWeek());
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(week.monday().toString());
				if (week.ahead()) {
					assertThat(row.getCell(3)).as("no figures for a week ahead").isNull();
					continue;
				}
				assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(week.overall().completed());
				assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(week.overall().total());
				assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(week.overall().percent());
				assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(week.department().completed());
				assertThat((long) row.getCell(7).getNumericCellValue()).isEqualTo(week.department().total());
			}
			CompletionTrend.Week current = trend.weeks().stream().filter(week -> !week.ahead()).toList().getLast();
			assertThat(current.department().total()).as("the fixture's department, counted").isPositive();
		}
	}

}

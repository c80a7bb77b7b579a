package nl.ambtenaaronline.training.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.ambtenaaronline.training.reporting.ReportFilter;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports in a real browser: HR filters the dashboard on a department and exports CSV;
 * the downloaded file holds exactly that department's people. axe-core on the dashboard,
 * a person's record and "Mijn team".
 */
class ReportsJourneyTest extends BrowserTest {

	@Autowired
	ReportingService reporting;

	@Test
	void hrFiltersOnADepartmentAndExportsCsvWithExactlyItsPeople() throws Exception {
		logIn("hr");
		page.navigate(url("reports"));
		page.locator("#report-grid").waitFor();
		assertAccessible("the reports dashboard");

		page.locator("#report-department input").fill("Communicatie");
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Communicatie")).click();
		ReportFilter communication = ReportFilter.of("social-media").withDepartment("COM");
		List<ReportRow> expected = SystemAuthentication
			.call(() -> reporting.page(communication, List.of(ReportSort.byName()), 0, 500));
		assertThat(expected).isNotEmpty();
		page.waitForCondition(() -> page.locator("#report-summary").textContent().startsWith(expected.size() + " "));
		assertAccessible("the reports dashboard filtered on a department");

		Download download = page.waitForDownload(() -> page.locator("#report-export-csv").click());
		byte[] bytes = Files.readAllBytes(download.path());
		assertThat(download.suggestedFilename()).endsWith(".csv");
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(text))
			.getRecords();
		assertThat(records).extracting(record -> record.get("Personeelsnummer"))
			.containsExactlyElementsOf(expected.stream().map(ReportRow::employeeNumber).toList());
		assertThat(records).extracting(record -> record.get("Afdeling")).containsOnly("Communicatie");
		page.waitForCondition(() -> page.locator("#report-export-status").textContent().contains("klaar"));
		page.locator("#report-busy").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

		page.locator("#report-grid a").first().click();
		page.locator("#person-name").waitFor();
		assertAccessible("a person's record");
	}

	@Test
	void theSortButtonsOfAGridAreNamedInDutch() {
		logIn("hr");
		page.navigate(url("reports"));
		page.locator("#report-grid vaadin-grid-sorter").first().waitFor();
		Locator sorters = page.locator("#report-grid vaadin-grid-sorter");
		assertThat(sorters.count()).isGreaterThan(3);
		for (int i = 0; i < sorters.count(); i++) {
			Locator sorter = sorters.nth(i);
			String header = sorter.textContent().strip();
			assertThat(header).isNotEmpty();
			assertThat(sorter.getAttribute("aria-label")).isEqualTo("Sorteer op " + header);
		}
	}

	@Test
	void theManagerSeesMijnTeam() {
		logIn("manager");
		page.navigate(url("team"));
		page.locator("#team-grid").waitFor();
		page.waitForCondition(() -> !page.locator("#team-summary").textContent().isBlank());
		assertAccessible("Mijn team");
	}

}

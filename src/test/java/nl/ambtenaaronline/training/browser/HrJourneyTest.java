package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR in a real browser: the roster, a CSV import with preview and confirm, assignments.
 */
class HrJourneyTest extends BrowserTest {

	@Test
	void hrImportsADepartmentFromCsvAfterAPreviewAndSeesTheAssignmentScreen(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("afdeling-bw.csv");
		Files.writeString(csv,
				"""
						personeelsnummer;voornaam;tussenvoegsel;achternaam;e-mail;afdelingscode;afdeling;leidinggevende;startdatum;einddatum;soort
						930001;Floor;de;Wit;floor.dewit@example.org;BWX;Bewonerszaken;100001;01-03-2019;;medewerker
						930002;Ravi;;Pinas;;BWX;Bewonerszaken;930001;2024-10-15;;medewerker
						""",
				StandardCharsets.UTF_8);

		logIn("hr");
		page.navigate(url("roster"));
		page.locator("h1").first().waitFor();
		assertAccessible("the roster");

		page.navigate(url("roster/import"));
		page.locator("#roster-upload").waitFor();
		assertAccessible("the roster import page");
		// the third mode: only the departments in the file
		page.locator("#roster-import-mode vaadin-radio-button input").nth(2).check();
		page.locator("#roster-upload input[type=file]").setInputFiles(csv);
		assertThat(page.locator("#roster-preview-counts")).containsText("2");
		assertAccessible("the import preview");
		// BWX is a new department code: confirmed on its own
		page.locator("#roster-confirm-departments input").check();
		page.locator("#roster-confirm").click();
		assertThat(page.locator("#roster-import-status")).containsText("2");

		page.navigate(url("assignments"));
		page.locator("#assignment-person").waitFor();
		assertAccessible("the assignments page");
		page.locator("#assignment-person input").fill("930001");
		page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION).first().click();
		assertThat(page.locator("#assignment-grid")).isVisible();
		assertAccessible("a person's assignments");
	}

}

package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR and managers act from where they see who must act, in a real browser: HR extends a
 * late person from "Actie nodig" in three clicks, a manager reminds a late team member in
 * one, and the roster import's preview names every leaver.
 */
class FlowJourneyTest extends BrowserTest {

	@Test
	void hrExtendsALatePersonFromTheOverviewInThreeClicksAndThePersonLeavesTheList() {
		logIn("hr");
		page.navigate(url("reports"));
		// the most urgent row comes first: a late person
		Locator extend = page.locator("#action-grid vaadin-button[id^='extend-']").first();
		extend.waitFor();
		String id = extend.getAttribute("id");
		assertThat(page.locator("#action-grid")).containsText("over de datum");
		assertAccessible("Rapportages with Actie nodig");

		extend.click();
		page.locator("#override-reason vaadin-radio-button").first().click();
		page.locator("#override-save").click();

		assertThat(page.locator("#action-message")).containsText("Termijn verlengd tot");
		assertThat(page.locator("#" + id)).hasCount(0);
		assertAccessible("Actie nodig after an extension");
	}

	@Test
	void aManagerRemindsALateTeamMemberInOneClick() {
		logIn("manager");
		page.navigate(url("team"));
		Locator remind = page.locator("#team-grid vaadin-button[id^='remind-']").first();
		remind.waitFor();
		assertAccessible("Mijn team");

		remind.click();

		assertThat(page.locator("#team-message")).containsText("klaargezet");
	}

	@Test
	void theImportPreviewListsEveryLeaverByName(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("alleen-een.csv");
		Files.writeString(csv,
				"""
						personeelsnummer;voornaam;tussenvoegsel;achternaam;e-mail;afdelingscode;afdeling;leidinggevende;startdatum;einddatum;soort
						930101;Sanne;;Visser;;BWX;Bewonerszaken;;01-03-2019;;medewerker
						""",
				StandardCharsets.UTF_8);
		logIn("hr");
		page.navigate(url("roster/import"));
		page.locator("#roster-upload").waitFor();
		// the second mode: the file is the whole roster
		page.locator("#roster-import-mode vaadin-radio-button input").nth(1).check();
		page.locator("#roster-upload input[type=file]").setInputFiles(csv);

		Locator leavers = page.locator("#roster-leaver-list li");
		leavers.first().waitFor();
		int count = leavers.count();
		assertThat(count).isGreaterThan(200);
		assertThat(page.locator("#roster-confirm-leavers"))
			.containsText("Ja, zet deze " + count + " mensen uit dienst");
		assertThat(page.locator("#roster-confirm")).isDisabled();
		assertAccessible("the import preview with leavers");
	}

}

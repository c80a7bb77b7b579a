package nl.ambtenaaronline.training.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy in a real browser: the notice from the login page without signing in, "Mijn
 * gegevens" with a real download, and the destruction record with the demo's erasure.
 */
class PrivacyJourneyTest extends BrowserTest {

	@Test
	void aVisitorReadsThePrivacyNoticeFromTheLoginPage() {
		page.navigate(url("login"));
		page.locator(".ao-site-links a[href='privacy']").click();
		assertThat(page.locator("h1")).hasText("Privacyverklaring");
		assertThat(page.locator("#retention-answers")).containsText("maanden");
		assertAccessible("the privacy notice for a visitor");
	}

	@Test
	void anEmployeeDownloadsTheirOwnDataAsReadableFileAndJson() throws Exception {
		logIn("medewerker");
		page.navigate(url("my-data"));
		assertThat(page.locator("h1")).hasText("Mijn gegevens");
		assertAccessible("Mijn gegevens");

		Download json = page.waitForDownload(() -> page.locator("#my-data-json").click());
		String text = Files.readString(json.path(), StandardCharsets.UTF_8);
		assertThat(text).contains("\"employeeNumber\"", "\"profile\"", "\"username\" : \"medewerker\"");

		Download html = page.waitForDownload(() -> page.locator("#my-data-html").click());
		assertThat(html.suggestedFilename()).endsWith(".html");
		assertThat(Files.readString(html.path(), StandardCharsets.UTF_8)).contains("<h2>Personeelsbestand</h2>");

		page.navigate(url("privacy"));
		assertThat(page.locator("a[href='my-data']").first()).isVisible();
		assertAccessible("the privacy notice for an employee");
	}

	@Test
	void anAdministratorSeesTheDemoDestructionAndAppliesTheRetentionNow() {
		logIn("beheerder");
		page.navigate(url("admin/destruction-records"));
		assertThat(page.locator("#destruction-records")).containsText("100990");
		assertAccessible("the destruction record");
		page.locator("#run-retention-now").click();
		// what the periods erase now depends on the day the journeys run: a list to
		// confirm, or that nothing is past its period
		Locator confirm = page.locator("#run-retention-confirm");
		confirm.or(page.locator("#destruction-status:has-text('Niets')")).first().waitFor();
		if (confirm.isVisible()) {
			assertThat(page.locator("#run-retention-preview")).containsText("gegevens van");
			assertAccessible("the retention preview");
			confirm.click();
			assertThat(page.locator("#destruction-status")).containsText("Toegepast");
		}
		assertAccessible("the destruction record after a run");
	}

}

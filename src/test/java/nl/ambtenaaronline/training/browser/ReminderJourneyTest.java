package nl.ambtenaaronline.training.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The reminder screens in a real browser, on the demo's reminders (no SMTP server, so
 * they are in the administrator's sent mail): axe-core on each.
 */
class ReminderJourneyTest extends BrowserTest {

	@Test
	void theAdministratorReadsTheSentMail() {
		logIn("beheerder");
		page.navigate(url("admin/sent-mail"));
		page.locator("#sent-mail-grid vaadin-grid-cell-content").first().waitFor();
		assertAccessible("the sent mail");
		page.locator("#sent-mail-grid vaadin-grid-cell-content",
				new Page.LocatorOptions().setHasText("@demo.example.org"))
			.first()
			.click();
		assertThat(page.locator("#sent-mail-text")).isVisible();
		assertThat(page.locator("#sent-mail-html")).isVisible();
		assertAccessible("a sent mail");
	}

	@Test
	void hrSeesTheRemindersPerPerson() {
		logIn("hr");
		page.navigate(url("reminders"));
		page.locator("#reminder-grid vaadin-grid-cell-content").first().waitFor();
		assertAccessible("the reminders");
	}

	@Test
	void theLearnerSeesTheRemindersOnMyTraining() {
		logIn("medewerker");
		assertThat(page.locator("#my-reminders")).isVisible();
		assertAccessible("Mijn training with reminders");
	}

}

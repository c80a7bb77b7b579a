package nl.ambtenaaronline.training.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LoginJourneyTest extends BrowserTest {

	@Test
	void anEmployeeLogsInSeesTheStartPageSwitchesToEnglishAndLogsOut() {
		page.navigate(url("login"));
		assertThat(page.locator("h1")).hasText("Ambtenaar Online");
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertAccessible("the login page");

		logIn("medewerker");
		assertThat(page.locator("h1")).hasText("Mijn training");
		assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdnavigatie")))
			.isVisible();
		assertAccessible("the start page");

		page.locator("#language-switch").click();
		assertThat(page.locator("h1")).hasText("My training");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible("the start page in English");

		page.locator("#logout").click();
		page.waitForURL(url("login") + "**");
		assertThat(page.locator("input[name=username]")).isVisible();

		// the choice of language is remembered with the account
		logIn("medewerker");
		assertThat(page.locator("h1")).hasText("My training");
		page.locator("#language-switch").click();
		assertThat(page.locator("h1")).hasText("Mijn training");
	}

	@Test
	void aWrongPasswordShowsOneNeutralMessage() {
		page.navigate(url("login"));
		page.locator("input[name=username]").fill("medewerker");
		page.locator("input[name=password]").fill("niet-het-wachtwoord");
		page.locator("input[name=password]").press("Enter");
		page.waitForURL("**/login?error");
		assertThat(page.getByText("Inloggen is niet gelukt")).isVisible();
	}

	@Test
	void anIdleTabIsWarnedAMinuteBeforeAndThenLoggedOut() {
		page.clock().install();
		logIn("manager");
		page.waitForFunction("() => window.__aoIdle && window.__aoIdle.dialog");
		assertThat(page.locator("#idle-warning")).isHidden();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.clock().fastForward("29:10");
		assertThat(page.locator("#idle-warning")).isVisible();
		assertThat(page.locator("#idle-stay")).isFocused();

		// staying logged in starts the time again
		page.locator("#idle-stay").press("Enter");
		assertThat(page.locator("#idle-warning")).isHidden();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.clock().fastForward("29:10");
		assertThat(page.locator("#idle-warning")).isVisible();
		page.clock().fastForward("01:00");
		page.waitForURL(url("login") + "**", new Page.WaitForURLOptions().setTimeout(20_000));
		assertThat(page.locator("input[name=username]")).isVisible();
	}

}

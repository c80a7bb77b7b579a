package nl.ambtenaaronline.training.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import nl.ambtenaaronline.training.demo.DemoSecrets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page someone may not open and an address that is no page: inside the layout, in the
 * person's language, with the way back; a signed-out person asking for a page signs in
 * and lands on that page.
 */
class RouteErrorJourneyTest extends BrowserTest {

	@Test
	void aRefusedPageAndAnUnknownAddressShowInsideTheLayoutWithTheWayBackInDutchAndEnglish() {
		logIn("medewerker");

		page.navigate(url("reports"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("h1").first().innerText()).isEqualTo("Geen toegang tot deze pagina");
		assertThat(page.locator("vaadin-side-nav").isVisible()).as("the layout's navigation").isTrue();
		assertThat(page.locator("body").innerText()).doesNotContain("Could not navigate");
		assertAccessible("refused /reports");

		page.locator("#language-switch").click();
		page.locator("h1", new com.microsoft.playwright.Page.LocatorOptions().setHasText("No access to this page"))
			.waitFor();
		page.locator("#language-switch").click();
		page.locator("h1",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Geen toegang tot deze pagina"))
			.waitFor();

		page.navigate(url("no-such-page"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("h1").first().innerText()).isEqualTo("Deze pagina bestaat niet");
		assertThat(page.locator("#logout").isVisible()).as("still signed in, inside the layout").isTrue();
		assertAccessible("unknown /no-such-page");

		page.locator("#route-error-home").click();
		page.waitForURL(url(""));
		assertThat(page.locator("#route-error").count()).as("back on the start page").isZero();
	}

	@Test
	void aSignedOutPersonOpeningAPageSignsInAndLandsOnThatPage() {
		page.navigate(url("certificates"));
		page.locator("input[name=username]").waitFor();
		assertThat(page.url()).contains("/login");

		page.locator("input[name=username]").fill("medewerker");
		page.locator("input[name=password]").fill("demo-wachtwoord-2026");
		page.locator("input[name=password]").press("Enter");
		page.locator("#logout").waitFor();

		// Spring Security marks the return from the saved request with "?continue"
		page.waitForURL(Pattern.compile(Pattern.quote(url("certificates")) + "(\\?continue)?"));
		assertThat(page.locator("h1").first().innerText()).isEqualTo("Mijn certificaten");
	}

	@Test
	void aSignedOutPrivilegedPersonEntersTheSecondFactorFirstAndThenLandsOnThePageAskedFor() {
		page.navigate(url("reports"));
		page.locator("input[name=username]").waitFor();
		page.locator("input[name=username]").fill("hr");
		page.locator("input[name=password]").fill("demo-wachtwoord-2026");
		page.locator("input[name=password]").press("Enter");
		page.locator("#totp-code input").waitFor();
		page.locator("#totp-code input").fill(nextCode("hr", DemoSecrets.secondFactor("hr").orElseThrow()));
		page.locator("#totp-code input").press("Enter");

		page.waitForURL(Pattern.compile(Pattern.quote(url("reports")) + "(\\?continue)?"));
		page.locator("#report-dashboard").waitFor();
		assertThat(page.locator("h1").first().innerText()).isEqualTo("Actie nodig en rapportages");
	}

}

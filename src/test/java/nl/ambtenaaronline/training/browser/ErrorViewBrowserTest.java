package nl.ambtenaaronline.training.browser;

import java.util.List;

import com.microsoft.playwright.options.LoadState;
import nl.ambtenaaronline.training.security.ProductionHttpSecurityIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin's error views (an unknown course, lesson or scenario in the address, a route
 * that does not exist reached inside the application) on the production build: they say
 * what went wrong without a stack trace, an exception name or a version.
 */
class ErrorViewBrowserTest extends BrowserTest {

	@Test
	void vaadinErrorViewsShowNoStackTraceExceptionNameOrVersion() {
		logIn("medewerker");
		for (String path : List.of("course/nope", "course/social-media/lesson/nope",
				"course/social-media/scenario/nope", "course/social-media/nope")) {
			page.navigate(url(path));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			String text = page.locator("body").innerText();
			System.out.println("error view /" + path + ": " + text.replace('\n', ' '));
			assertThat(ProductionHttpSecurityIT.LEAK.matcher(text).find()).as("/%s shows internals: %s", path, text)
				.isFalse();
		}
		// inside the application (no full page load): Vaadin's "route not found"
		page.navigate(url(""));
		page.locator("#logout").waitFor();
		page.evaluate("() => window.history.pushState({}, '', '/no-such-route')");
		page.evaluate("() => window.dispatchEvent(new PopStateEvent('popstate'))");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		String text = page.locator("body").innerText();
		System.out.println("error view /no-such-route: " + text.replace('\n', ' '));
		assertThat(ProductionHttpSecurityIT.LEAK.matcher(text).find()).as("unknown route shows internals: %s", text)
			.isFalse();
	}

}

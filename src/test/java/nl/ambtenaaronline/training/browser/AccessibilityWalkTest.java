package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's screens at 360 px wide and the public screens with axe-core: no WCAG 2.1
 * A/AA violation (nor of the extra rules) of impact moderate or higher, on the production
 * build of the front end, and no sideways scrolling at 360 px. Every screen of every demo
 * role, reached through that role's own side navigation, is checked with the same axe
 * rules at both widths by {@link ScreensTest}, which also takes its picture.
 * <p>
 * What the two walked is the list the accessibility statement publishes
 * ({@code src/main/resources/accessibility/checks.properties}, see
 * {@link AccessibilityStatement}).
 */
class AccessibilityWalkTest extends BrowserTest {

	static final List<String> ROLES = List.of("medewerker", "manager", "hr", "beheerder", "auditor");

	/** The learner's screens, also checked 360 px wide. */
	static final List<String> LEARNER_SCREENS = List.of("", "certificates", "course/social-media",
			"course/social-media/lesson/waarom-online", "course/social-media/scenario/prive-post-eigen-beleid",
			"course/social-media/assessment", "accessibility");

	/** Screens without a login. */
	static final List<String> PUBLIC_SCREENS = List.of("login", "accessibility", "verify");

	private static final Map<String, String> walked = new LinkedHashMap<>();

	@Test
	void theLearnerScreensPassAxeAndFit360PixelsWide() {
		page.setViewportSize(360, 740);
		logIn("medewerker");
		for (String path : LEARNER_SCREENS) {
			open(path);
			assertAccessible("360 px /" + path);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("sideways scrolling at 360 px on /%s", path)
				.isLessThanOrEqualTo(0);
		}
		walked.put("narrow-screens", String.join(",", LEARNER_SCREENS));
	}

	@Test
	void thePublicScreensPassAxe() {
		for (String path : PUBLIC_SCREENS) {
			open(path);
			assertAccessible("anonymous /" + path);
		}
		walked.put("public-screens", String.join(",", PUBLIC_SCREENS));
	}

	private void open(String path) {
		page.navigate(url(path));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.locator("h1").first().waitFor();
	}

	/** The statement's list of checks must be what was walked. */
	@AfterAll
	static void theStatementListsWhatWasWalked() throws IOException {
		AccessibilityStatement.assertListed(walked);
	}

}

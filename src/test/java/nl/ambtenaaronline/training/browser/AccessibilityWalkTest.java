package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of every demo role, reached through that role's own side navigation, with
 * axe-core: no WCAG 2.1 A/AA violation (nor of the extra rules) of impact moderate or
 * higher, on the production build of the front end; the learner's screens also at 360 px
 * wide, without sideways scrolling.
 * <p>
 * What it walked is the list the accessibility statement publishes
 * ({@code src/main/resources/accessibility/checks.properties}): when the two differ the
 * test fails and writes the right list to {@code target/accessibility-checks.properties}.
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
	void everyMenuEntryOfEveryRolePassesAxe() {
		for (String role : ROLES) {
			context.clearCookies();
			logIn(role);
			List<String> paths = menuPaths();
			assertThat(paths).as("menu of %s", role).isNotEmpty();
			for (String path : paths) {
				open(path);
				assertAccessible(role + " /" + path);
			}
			walked.put("screens." + role, String.join(",", paths));
		}
	}

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

	private List<String> menuPaths() {
		page.locator("vaadin-side-nav-item").first().waitFor();
		List<String> paths = new ArrayList<>();
		for (var item : page.locator("vaadin-side-nav-item").all()) {
			String path = item.getAttribute("path");
			paths.add(path == null ? "" : path.replaceFirst("^/", ""));
		}
		return paths;
	}

	private void open(String path) {
		page.navigate(url(path));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.locator("h1").first().waitFor();
	}

	/**
	 * The statement's list of checks must be what was walked: compares every list this
	 * run walked and writes them as they should be.
	 */
	@AfterAll
	static void theStatementListsWhatWasWalked() throws IOException {
		if (walked.isEmpty()) {
			return;
		}
		Map<String, String> published = published();
		StringBuilder expected = new StringBuilder();
		walked.forEach((key, value) -> expected.append(key).append('=').append(value).append('\n'));
		Path written = Path.of("target", "accessibility-checks.properties");
		Files.writeString(written, expected.toString(), StandardCharsets.UTF_8);
		String pom = Files.readString(Path.of("pom.xml"));
		assertThat(pom).as("axe-core in checks.properties and pom.xml")
			.contains("<axe-core.version>" + published.get("axe-core") + "</axe-core.version>");
		assertThat(published.get("wcag-tags")).as("wcag-tags in checks.properties")
			.isEqualTo(String.join(",", AXE_TAGS));
		assertThat(published.get("extra-rules")).as("extra-rules in checks.properties")
			.isEqualTo(String.join(",", AXE_EXTRA_RULES));
		walked.forEach((key, value) -> assertThat(published.get(key))
			.as("%s in src/main/resources/accessibility/checks.properties (the walked list is in %s)", key, written)
			.isEqualTo(value));
	}

	private static Map<String, String> published() throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		try (InputStream in = AccessibilityWalkTest.class.getResourceAsStream("/accessibility/checks.properties")) {
			assertThat(in).as("src/main/resources/accessibility/checks.properties").isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
					values.put(line.substring(0, line.indexOf('=')).trim(),
							line.substring(line.indexOf('=') + 1).trim());
				}
			}
		}
		return values;
	}

}

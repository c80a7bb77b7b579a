package nl.ambtenaaronline.training.browser;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.ambtenaaronline.training.demo.DemoSecrets;
import nl.ambtenaaronline.training.security.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the real-browser journeys: one running application (the demo city, production
 * build of the front end) shared by all of them, Debian's headless Chromium driven by
 * Playwright, a fresh browser context per test.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ao-browser;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("demo")
public abstract class BrowserTest {

	/** The axe-core rule tags every screen is checked against. */
	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Playwright playwright;

	private static Browser browser;

	/** The last TOTP step used per user within this test run. */
	private static final Map<String, Long> USED_STEPS = new HashMap<>();

	@LocalServerPort
	int port;

	protected BrowserContext context;

	protected Page page;

	static synchronized Browser browser() {
		if (browser == null) {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--no-first-run")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	@BeforeEach
	void openContext() {
		context = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
		context.setDefaultTimeout(20_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	protected String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	/**
	 * Opens the login page and signs in; waits until the start page is there. The demo
	 * logins with HR, ADMIN or AUDITOR also enter the code of their authenticator app.
	 */
	protected void logIn(String username) {
		page.navigate(url("login"));
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill("demo-wachtwoord-2026");
		page.locator("input[name=password]").press("Enter");
		page.locator("#logout").waitFor();
		Optional<String> secret = DemoSecrets.secondFactor(username);
		if (secret.isPresent()) {
			page.locator("#totp-code input").fill(nextCode(username, secret.get()));
			page.locator("#totp-code input").press("Enter");
			page.locator("#totp-code").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
			page.locator("#logout").waitFor();
		}
	}

	/**
	 * The authenticator app's code for a step not used before by this user (a code works
	 * once); waits for the next step when the app has none left within the allowed drift.
	 */
	protected static synchronized String nextCode(String username, String secret) {
		long now = Instant.now().getEpochSecond() / 30;
		long step = Math.max(now, USED_STEPS.getOrDefault(username, Long.MIN_VALUE) + 1);
		while (step > Instant.now().getEpochSecond() / 30 + 1) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		USED_STEPS.put(username, step);
		return TotpCodes.code(TotpCodes.decode(secret), Instant.ofEpochSecond(step * 30), 0);
	}

	/** axe-core on the current page: no serious or critical WCAG 2.1 A/AA violation. */
	protected void assertAccessible(String what) {
		AxeResults results = new AxeBuilder(page).withTags(AXE_TAGS).analyze();
		List<String> severe = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(BrowserTest::describe)
			.toList();
		assertThat(severe).as("serious or critical accessibility violations on " + what).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}

}

package nl.ambtenaaronline.training.browser;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.ambtenaaronline.training.demo.DemoSecrets;
import nl.ambtenaaronline.training.security.secondfactor.TotpCodes;
import nl.ambtenaaronline.training.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the real-browser journeys: one running application (the demo city, production
 * build of the front end) shared by all of them, a headless Chromium driven by Playwright
 * (the system's where it exists, see {@link Chromium}), a fresh browser context per test.
 * Without a browser they are skipped with one message ({@link BrowserAvailable}).
 */
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
@Import(TestFixtures.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ao-browser;DB_CLOSE_DELAY=-1",
				// the journeys act as the reverse proxy too (X-Forwarded-For from
				// loopback)
				"app.trusted-proxies=127.0.0.1|0:0:0:0:0:0:0:1" })
@ActiveProfiles("demo")
public abstract class BrowserTest {

	/** The axe-core rule tags every screen is checked against. */
	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Rules run besides the tagged ones: {@code label-content-name-mismatch} (WCAG 2.5.3,
	 * run by default from axe-core 4.14 on, experimental in the 4.11 line, the newest the
	 * Java binding ships) and {@code region} (all content inside landmarks).
	 */
	static final List<String> AXE_EXTRA_RULES = List.of("label-content-name-mismatch", "region");

	/** The impacts that fail a check: everything but "minor". */
	static final List<String> FAILING_IMPACTS = List.of("moderate", "serious", "critical");

	private static boolean started;

	private static Optional<Chromium.Running> chromium = Optional.empty();

	/** The last TOTP step used per user within this test run. */
	private static final Map<String, Long> USED_STEPS = new HashMap<>();

	@LocalServerPort
	int port;

	protected BrowserContext context;

	protected Page page;

	/**
	 * The browser of this test run, started once: the system's Chromium, else
	 * Playwright's own (see {@link Chromium}); empty when neither can be had.
	 */
	static synchronized Optional<Chromium.Running> running() {
		if (!started) {
			started = true;
			chromium = Chromium.start(true);
			chromium.ifPresent(running -> {
				System.out.println("Browser tests run on " + running.source());
				Runtime.getRuntime().addShutdownHook(new Thread(running::close));
			});
		}
		return chromium;
	}

	static Browser browser() {
		return running().orElseThrow(() -> new IllegalStateException(Chromium.MISSING)).browser();
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

	/** Keyboard activation: focus, then Enter. */
	protected void press(Locator locator) {
		locator.focus();
		page.keyboard().press("Enter");
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

	/**
	 * axe-core on the current page: no WCAG 2.1 A/AA violation (nor of the extra rules)
	 * of impact moderate or higher.
	 */
	protected void assertAccessible(String what) {
		assertThat(accessibilityViolations(page)).as("accessibility violations of impact moderate or higher on " + what)
			.isEmpty();
	}

	/** The violations of impact moderate or higher on a page, described for a failure. */
	static List<String> accessibilityViolations(Page page) {
		return axe(page).analyze()
			.getViolations()
			.stream()
			.filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.map(BrowserTest::describe)
			.toList();
	}

	/**
	 * axe-core with the WCAG 2.1 A/AA tags and the extra rules, run in the page itself
	 * ("legacy mode"): the application has no frames, and the default mode opened a new
	 * browser page for every check to merge the results of frames that are not there.
	 */
	static AxeBuilder axe(Page page) {
		AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(AXE_TAGS);
		Map<String, AxeRuleOptions> rules = new HashMap<>();
		for (String rule : AXE_EXTRA_RULES) {
			AxeRuleOptions enabled = new AxeRuleOptions();
			enabled.setEnabled(true);
			rules.put(rule, enabled);
		}
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(tags);
		options.setRules(rules);
		return new AxeBuilder(page).options(options).setLegacyMode(true);
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}

}

package nl.ambtenaaronline.training.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The Chromium the browser tests drive: the system's ({@code /usr/bin/chromium}, or the
 * path in the system property {@code browser.chromium}) where it exists, otherwise
 * Playwright's own, downloaded once to {@code ~/.cache/ms-playwright} where the network
 * allows. Where neither can be had there is one message saying what to install.
 */
final class Chromium {

	/** The system's Chromium (Debian: {@code apt-get install chromium}). */
	static final Path SYSTEM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	/** The one message when there is no browser. */
	static final String MISSING = """
			No Chromium for the browser tests. Install the system's: `apt-get install chromium` \
			(Debian/Ubuntu; it gives /usr/bin/chromium), or let the tests download Playwright's own \
			(needs network access to cdn.playwright.dev and a browser's system libraries).""";

	private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run");

	/** A running browser and its Playwright. */
	record Running(Playwright playwright, Browser browser, String source) {

		void close() {
			this.browser.close();
			this.playwright.close();
		}

	}

	private Chromium() {
	}

	/**
	 * Starts the system's Chromium, else Playwright's own; empty (with the reason on
	 * standard error) when neither starts.
	 */
	static Optional<Running> start(boolean allowDownload) {
		if (Files.isExecutable(SYSTEM)) {
			return attempt("system " + SYSTEM, Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
					new BrowserType.LaunchOptions().setExecutablePath(SYSTEM));
		}
		if (!allowDownload) {
			return Optional.empty();
		}
		return attempt("Playwright's own Chromium", Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "0"),
				new BrowserType.LaunchOptions());
	}

	private static Optional<Running> attempt(String source, Map<String, String> env, BrowserType.LaunchOptions launch) {
		Playwright playwright = null;
		try {
			playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
			Browser browser = playwright.chromium().launch(launch.setHeadless(true).setArgs(ARGS));
			return Optional.of(new Running(playwright, browser, source));
		}
		catch (RuntimeException ex) {
			System.err.println(source + " did not start: " + firstLine(ex.getMessage()));
			if (playwright != null) {
				playwright.close();
			}
			return Optional.empty();
		}
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}

}

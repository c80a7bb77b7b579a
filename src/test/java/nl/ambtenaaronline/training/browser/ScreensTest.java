package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen as a person sees it: each route of each demo role's menu (and the
 * learner's pages behind them), at 1280 × 800 and at 360 × 740, saved as a PNG under
 * {@code target/screens/} and checked for what the picture would show: no sideways
 * scrolling at 360 px, visually hidden text clipped, each report bar as wide as its
 * figure, no text cut off in buttons or grid headers, every image loaded, and axe-core
 * without a violation of impact moderate or higher. One signed-in page per role; each
 * page is opened once and checked at both widths (the window made narrower, no reload).
 * Also the states people meet: the idle-timeout warning, a scenario step with its
 * feedback, an empty report, a roster preview with errors, an assessment result failed
 * and passed.
 * <p>
 * Regenerate the pictures: {@code ./mvnw test -Dtest=ScreensTest}.
 */
class ScreensTest extends BrowserTest {

	static final Path SCREENS = Path.of("target", "screens");

	/** The widths: desktop and a small phone. */
	static final Map<String, int[]> SIZES = Map.of("1280", new int[] { 1280, 800 }, "360", new int[] { 360, 740 });

	static final List<String> WIDTHS = List.of("1280", "360");

	/** The learner's pages that are no menu entry. */
	static final List<String> LEARNER_PAGES = List.of("course/social-media", "course/social-media/lesson/waarom-online",
			"course/social-media/scenario/prive-post-eigen-beleid", "course/social-media/assessment");

	static final List<String> PUBLIC_PAGES = List.of("login", "privacy", "accessibility", "verify");

	/**
	 * Vaadin has answered everything it asked the server (a page without Vaadin, such as
	 * /verify, has nothing to wait for), the fonts are there and every image has finished
	 * loading (or failed: the check reports that).
	 */
	static final String SETTLED = """
			() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
			  return (!c || Object.values(c).every(client => !client.isActive || !client.isActive()))
			    && document.fonts.status === 'loaded'
			    && Array.from(document.images).every(img => img.complete); }""";

	@Autowired
	Learners learners;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	/** The menu screens walked per role, as the accessibility statement lists them. */
	private static final Map<String, String> walked = new LinkedHashMap<>();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Long> millis = new LinkedHashMap<>();

	private int screens;

	@Test
	void everyScreenOfEveryRoleLooksRightAtBothWidths() {
		long begin = System.nanoTime();
		for (String role : AccessibilityWalkTest.ROLES) {
			long start = System.nanoTime();
			context.clearCookies();
			page.setViewportSize(1280, 800);
			logIn(role);
			List<String> paths = new ArrayList<>(menuPaths());
			walked.put("screens." + role, String.join(",", paths));
			if (role.equals("medewerker")) {
				paths.addAll(LEARNER_PAGES);
			}
			for (String path : paths) {
				open(path);
				checkAtBothWidths(role, path);
			}
			switch (role) {
				case "medewerker" -> idleWarning();
				case "manager" -> scenarioFeedback();
				case "hr" -> {
					emptyReport();
					rosterPreviewWithErrors();
					revokeDialog();
					settingsImpact("hr", "assignment-social-media-rollout-days", "assignment", "60");
				}
				case "beheerder" -> settingsImpact("beheerder", "retention-answers-months", "retention", "1");
				default -> {
				}
			}
			millis.put(role, (System.nanoTime() - start) / 1_000_000);
		}
		long start = System.nanoTime();
		assessmentResults();
		millis.put("assessment results", (System.nanoTime() - start) / 1_000_000);
		start = System.nanoTime();
		context.clearCookies();
		for (String path : PUBLIC_PAGES) {
			open(path);
			checkAtBothWidths("anonymous", path);
		}
		millis.put("anonymous", (System.nanoTime() - start) / 1_000_000);
		long total = (System.nanoTime() - begin) / 1_000_000;
		System.out.printf("ScreensTest: %d screens in %.1f s (%.2f s a screen); per part %s%n", screens, total / 1000.0,
				total / 1000.0 / screens, millis);
		assertThat(problems).as("what the screens under %s show", SCREENS).isEmpty();
	}

	/** The statement's list of screens checked must be what was walked. */
	@AfterAll
	static void theStatementListsWhatWasWalked() throws IOException {
		AccessibilityStatement.assertListed(walked);
	}

	/**
	 * The warning before the idle sign-out, as it appears (the timer is not waited for).
	 */
	private void idleWarning() {
		open("");
		page.evaluate("() => { const d = document.getElementById('idle-warning'); d.hidden = false; }");
		checkAtBothWidths("medewerker", "idle-warning");
		page.evaluate("() => window.__aoIdle.reset()");
	}

	/** A scenario step with the feedback on the chosen answer. */
	private void scenarioFeedback() {
		open("course/social-media/scenario/boze-bewoner");
		page.locator("#choices vaadin-radio-button").first().click();
		page.locator("#confirm-choice").click();
		page.locator("#feedback").waitFor();
		settle();
		checkAtBothWidths("manager", "scenario-feedback");
	}

	/** The dashboard of a selection without anyone: people who start in 2099. */
	private void emptyReport() {
		open("reports");
		page.locator("#report-start-from input").fill("1-1-2099");
		page.locator("#report-start-from input").press("Enter");
		page.locator("#report-summary", new Page.LocatorOptions().setHasText(Pattern.compile("^0 "))).waitFor();
		settle();
		checkAtBothWidths("hr", "reports-empty");
	}

	/**
	 * The preview of a roster file with errors: the rows and what is wrong, in the mode
	 * the screen starts in (nobody leaves), as HR meets it first.
	 */
	private void rosterPreviewWithErrors() {
		open("roster/import");
		page.locator("#roster-upload input[type=file]")
			.setInputFiles(new FilePayload("afdeling-met-fouten.csv", "text/csv",
					"""
							personeelsnummer;voornaam;tussenvoegsel;achternaam;e-mail;afdelingscode;afdeling;leidinggevende;startdatum;einddatum;soort
							940001;Floor;de;Wit;geen-adres;BWY;Bewonerszaken;100001;01-03-2019;;medewerker
							940002;Ravi;;Pinas;;BWY;Bewonerszaken;999999;2024-10-15;;medewerker
							940003;Sanne;;Bakker;;BWY;Bewonerszaken;100001;31-02-2024;;medewerker
							"""
						.getBytes(StandardCharsets.UTF_8)));
		page.locator("#roster-problems").waitFor();
		settle();
		checkAtBothWidths("hr", "roster-import-errors");
	}

	/**
	 * What saving a term or a retention period says before it stores anything: the dialog
	 * with the change and its effect, left with "Terug", the field set back.
	 */
	private void settingsImpact(String role, String field, String section, String value) {
		open("settings");
		Locator input = page.locator("#setting-" + field + " input");
		String before = input.inputValue();
		input.fill(value);
		page.locator("#settings-save-" + section).click();
		page.locator("#settings-impact-effects").waitFor();
		settle();
		checkAtBothWidths(role, "settings-impact-dialog");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terug, niet opslaan")).click();
		input.fill(before);
		input.press("Tab");
	}

	/**
	 * What revoking says before it acts: the dialog of the newest certificate that can
	 * still be revoked, left without confirming.
	 */
	private void revokeDialog() {
		open("certificates/all");
		page.locator("vaadin-button[id^=revoke-]").first().click();
		page.locator("#revoke-explain").waitFor();
		settle();
		checkAtBothWidths("hr", "certificates-revoke-dialog");
		page.locator("#revoke-cancel").click();
	}

	/**
	 * An assessment result, failed and passed: two new learners who read the lessons and
	 * played the scenarios (through the services), one answering everything wrong in
	 * every attempt, the other everything right; that one's start page with one step
	 * left, then the completion page and the start page once done.
	 */
	private void assessmentResults() {
		Course course = contents.current("social-media").orElseThrow();
		for (boolean passed : List.of(false, true)) {
			String learner = learners.create(passed ? "geslaagd" : "gezakt");
			learners.run(learner, () -> {
				Learners.prepareAssessment(learning, course);
				// the one who fails uses every attempt: the way to HR comes first
				for (int i = 0; i < (passed ? 1 : course.assessment().maxAttempts()); i++) {
					AttemptView attempt = assessment.openAttempt(course.id());
					Learners.answerAll(assessment, course, attempt, passed);
					assessment.submit(attempt.attemptId());
				}
			});
			context.clearCookies();
			page.setViewportSize(1280, 800);
			page.navigate(url("login"));
			page.locator("input[name=username]").fill(learner);
			page.locator("input[name=password]").fill(Learners.PASSWORD);
			page.locator("input[name=password]").press("Enter");
			page.locator("#logout").waitFor();
			open("course/social-media/assessment");
			page.locator(passed ? ".ao-result-passed" : ".ao-result-failed").waitFor();
			checkAtBothWidths("learner", "assessment-" + (passed ? "passed" : "failed"));
			if (passed) {
				// "Nog 1 stap: bevestigen", then done: the completion page and a done
				// card
				open("");
				checkAtBothWidths("learner", "start-acknowledge-left");
				learners.run(learner, () -> assessment.acknowledge(course.id()));
				open("course/social-media/assessment");
				page.locator("#course-completed").waitFor();
				checkAtBothWidths("learner", "assessment-completed");
				open("");
				checkAtBothWidths("learner", "start-completed");
			}
		}
	}

	/**
	 * Opens a page at 1280 px wide and waits until it has settled: its heading is there
	 * and Vaadin has nothing pending.
	 */
	private void open(String path) {
		page.setViewportSize(1280, 800);
		page.navigate(url(path));
		page.locator("h1").first().waitFor();
		settle();
	}

	private void settle() {
		page.waitForFunction(SETTLED);
	}

	/**
	 * The screen as it is at 1280 px, then the same page made 360 px wide (the layout
	 * follows the width by CSS and the components' own resize handling; no reload).
	 */
	private void checkAtBothWidths(String role, String path) {
		for (String width : WIDTHS) {
			int[] size = SIZES.get(width);
			page.setViewportSize(size[0], size[1]);
			// two frames: the layout of the new width is done
			page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
			settle();
			check(role, path, width);
		}
	}

	private void check(String role, String path, String width) {
		screens++;
		String screen = role + " /" + path + " at " + width + " px";
		String name = role + "-" + (path.isEmpty() ? "start" : path.replace('/', '_')) + "-" + width + ".png";
		if (width.equals("360")) {
			int overflow = ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
				.intValue();
			if (overflow > 0) {
				problems.add(screen + ": scrolls sideways by " + overflow + " px");
			}
		}
		for (Object found : (List<?>) page.evaluate(CHECKS)) {
			problems.add(screen + ": " + found);
		}
		accessibilityViolations(page).forEach(violation -> problems.add(screen + ": axe " + violation));
		picture(name, width);
	}

	/**
	 * The whole screen as a picture: the layout scrolls inside itself, so the window is
	 * made as tall as the page for the picture, then set back. Lists keep the height they
	 * have in the real window (a list box of 70 % of the window would otherwise grow with
	 * the tall one and push the rest of the page out of the picture); a list that shows
	 * all its rows keeps growing with them.
	 */
	private void picture(String name, String width) {
		int[] size = SIZES.get(width);
		page.evaluate("""
				() => document.querySelectorAll('vaadin-grid').forEach(g => {
				  // a list that shows all its rows grows with them as in the real window
				  if (g.allRowsVisible) return;
				  g.dataset.aoHeight = g.style.height;
				  g.style.height = g.getBoundingClientRect().height + 'px';
				})""");
		int tall = size[1];
		// measured again in the tall window until it stays the same: lists that show all
		// their rows may grow once they have room to lay them out
		for (int round = 0; round < 4; round++) {
			int height = ((Number) page.evaluate("""
					() => { const m = document.querySelector('#main-content');
					  return m ? Math.ceil(m.getBoundingClientRect().top + m.scrollHeight + 16) : 0; }""")).intValue();
			int next = Math.min(Math.max(height, size[1]), 8000);
			if (next <= tall && round > 0) {
				break;
			}
			tall = Math.max(tall, next);
			page.setViewportSize(size[0], tall);
			page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name)));
		if (tall > size[1]) {
			page.setViewportSize(size[0], size[1]);
		}
		page.evaluate("""
				() => document.querySelectorAll('vaadin-grid').forEach(g => {
				  if (g.dataset.aoHeight === undefined) return;
				  g.style.height = g.dataset.aoHeight;
				  delete g.dataset.aoHeight;
				})""");
	}

	/** The checks in the page; each returns what it found wrong. */
	static final String CHECKS = """
			() => {
			  const found = [];
			  const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
			  const label = e => (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
			  // visually hidden text takes no room and shows nothing
			  document.querySelectorAll('.ao-visually-hidden').forEach(e => {
			    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
			    if (r.width > 1 || r.height > 1 || (s.clipPath === 'none' && s.clip === 'auto')) {
			      found.push('visually hidden text shows: "' + label(e) + '"');
			    }
			  });
			  // a report bar: each part as wide as its count of the total
			  document.querySelectorAll('.ao-report-bar-line').forEach(line => {
			    const total = Number((line.querySelector('.ao-report-bar-label').textContent.match(/\\((\\d+)\\)\\s*$/) || [])[1]);
			    const bar = line.querySelector('.ao-report-bar');
			    const inner = bar.clientWidth;
			    if (!(total > 0) || inner < 20) {
			      found.push('report bar not drawn: "' + label(line) + '" (' + inner + ' px)');
			      return;
			    }
			    bar.querySelectorAll('.ao-report-part').forEach(part => {
			      const count = Number((part.getAttribute('title').match(/(\\d+)\\s*$/) || [])[1]);
			      const want = inner * count / total, got = part.getBoundingClientRect().width;
			      if (Math.abs(want - got) > 1.5) {
			        found.push('report bar "' + label(line) + '" part ' + part.getAttribute('title') + ' is ' + got.toFixed(1) + ' px, not ' + want.toFixed(1));
			      }
			    });
			  });
			  // a percentage bar: the fill as wide as the figure written on it
			  document.querySelectorAll('.ao-bar').forEach(bar => {
			    const fill = bar.querySelector('.ao-bar-fill');
			    const percent = Number((bar.textContent.match(/(\\d+)\\s*%/) || [])[1]);
			    const want = bar.getBoundingClientRect().width * percent / 100, got = fill.getBoundingClientRect().width;
			    if (Number.isNaN(percent) || Math.abs(want - got) > 1.5) {
			      found.push('bar "' + label(bar) + '" is ' + got.toFixed(1) + ' px, not ' + want.toFixed(1));
			    }
			  });
			  // no text cut off in buttons
			  document.querySelectorAll('vaadin-button, button, a.ao-button-link').forEach(b => {
			    if (!visible(b)) return;
			    const l = (b.shadowRoot && b.shadowRoot.querySelector('[part=label]')) || b;
			    if (l.scrollWidth > l.clientWidth + 1 || b.scrollWidth > b.clientWidth + 1) {
			      found.push('button text cut off: "' + label(b) + '"');
			    }
			    const cell = b.closest('vaadin-grid-cell-content');
			    if (cell && b.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) {
			      found.push('button cut off by its grid cell: "' + label(b) + '"');
			    }
			  });
			  // no text cut off in grid headers (a tick column's header holds a check box, no text)
			  document.querySelectorAll('vaadin-grid').forEach(grid => {
			    grid.shadowRoot.querySelectorAll('thead th slot').forEach(slot => {
			      slot.assignedElements().forEach(cell => {
			        const inner = cell.firstElementChild || cell;
			        if (visible(cell) && label(cell) !== '' && (cell.scrollWidth > cell.clientWidth + 1 || inner.scrollWidth > inner.clientWidth + 1)) {
			          found.push('grid header cut off: "' + label(cell) + '"');
			        }
			      });
			    });
			  });
			  // on a wide screen every column of a table is in view: nothing to scroll sideways
			  if (window.innerWidth >= 1000) {
			    document.querySelectorAll('vaadin-grid').forEach(grid => {
			      const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
			      if (visible(grid) && table && table.scrollWidth > table.clientWidth + 1) {
			        found.push('grid scrolls sideways on a wide screen: "' + (grid.getAttribute('aria-label') || grid.id) + '" by ' + (table.scrollWidth - table.clientWidth) + ' px');
			      }
			    });
			  }
			  // every image loaded
			  document.querySelectorAll('img').forEach(img => {
			    if (!img.complete || img.naturalWidth === 0) {
			      found.push('image not loaded: ' + img.getAttribute('src'));
			    }
			  });
			  return found;
			}
			""";

	private List<String> menuPaths() {
		page.locator("vaadin-side-nav-item").first().waitFor();
		List<String> paths = new ArrayList<>();
		for (var item : page.locator("vaadin-side-nav-item").all()) {
			String path = item.getAttribute("path");
			paths.add(path == null ? "" : path.replaceFirst("^/", ""));
		}
		return paths;
	}

}

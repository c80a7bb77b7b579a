package nl.ambtenaaronline.training.browser;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.CourseDelta;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.AccountSummary;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delta recertification in the demo, in a real browser, by keyboard only (focus, Enter
 * and Space): the demo login {@code voorbeeld} holds a valid certificate of version 1.0.0
 * of the made-up example course, which the demo raised to 2.0.0 with a delta record at
 * start-up, so the learner has the DELTA assignment ("wat is er veranderd"); the learner
 * starts the delta path on the course page, reads only the changed sections, plays only
 * the changed scenario, answers only the changed rules' questions, passes, acknowledges
 * and holds a 2.0.0 certificate. axe-core on every screen on the way.
 */
class DeltaJourneyTest extends BrowserTest {

	static final String COURSE = "voorbeeld-wijziging";

	static final String LOGIN = "voorbeeld";

	@Autowired
	ContentService contents;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AccountService accounts;

	@Autowired
	CertificateService certificates;

	@Test
	void aHolderOfAValidCertificatePlaysWhatHasChangedByKeyboardAndHoldsTheNewVersionsCertificate() {
		Course course = contents.current(COURSE).orElseThrow();
		assertThat(course.version().toString()).isEqualTo("2.0.0");
		CourseDelta delta = course.deltaRecord().orElseThrow();
		long me = SystemAuthentication.call(() -> accounts.list(0, 1000)
			.stream()
			.filter(account -> account.username().equals(LOGIN))
			.map(AccountSummary::employeeId)
			.findFirst()
			.orElseThrow());
		assertThat(SystemAuthentication.call(() -> certificates.certificatesOf(me)))
			.extracting(CertificateSummary::courseVersion)
			.containsExactly("1.0.0");
		// the new major version reached the assignments through the event registry
		await().atMost(Duration.ofSeconds(60)).until(() -> openReason(me) == AssignmentReason.DELTA);

		logIn(LOGIN);
		assertThat(page.locator("h1")).hasText("Mijn training");
		// still valid and not yet due soon: the card says until when, as for any repeat
		assertThat(page.locator("#course-" + COURSE)).containsText(course.title().nl());
		assertThat(page.locator("#valid-until-" + COURSE)).isVisible();
		assertAccessible("Mijn training with the delta assignment");
		press(page.locator("#go-" + COURSE));

		assertThat(page.locator("#start-refresher")).hasText("Beginnen met \"Wat is er veranderd\"");
		assertAccessible("the course page before the delta path");
		press(page.locator("#start-refresher"));
		assertThat(page.locator("#delta-path")).containsText(String.join(", ", delta.rulesToLearn()));
		assertAccessible("the course page of the delta path");
		press(page.locator("#continue"));

		// only the changed sections of the lesson
		String lesson = delta.lessonSections().keySet().iterator().next();
		assertThat(page.locator("h1")).hasText(course.lesson(lesson).orElseThrow().title().nl());
		List<String> rules = page.locator(".ao-rule").allTextContents();
		assertThat(String.join(" ", rules)).contains(delta.rulesToLearn()).doesNotContain("W-1", "W-4");
		assertAccessible("a lesson of the delta path");
		press(page.locator("#mark-read"));

		// only the changed scenario
		Scenario scenario = course.scenario(delta.scenarios().getFirst()).orElseThrow();
		assertThat(page).hasURL(Pattern.compile(".*/course/" + COURSE + "/scenario/" + scenario.id() + "$"));
		page.locator("#choices").waitFor();
		assertAccessible("a scenario step of the delta path");
		String step = scenario.start();
		while (!scenario.isEnding(step)) {
			ScenarioStep current = scenario.step(step).orElseThrow();
			int best = current.bestIndex();
			on().option("#choices vaadin-radio-button", current.choices().get(best).text().nl()).focus();
			page.keyboard().press("Space");
			assertThat(page.locator("#confirm-choice")).isEnabled();
			press(page.locator("#confirm-choice"));
			assertThat(page.locator("#feedback")).isFocused();
			assertAccessible("scenario feedback on the delta path");
			press(page.locator("#next-step"));
			step = current.choices().get(best).next();
		}
		assertThat(page.locator("#ending")).isFocused();
		assertAccessible("a scenario ending on the delta path");
		press(page.locator("#scenario-done"));

		// the test: every question of the changed rules, no other
		page.locator("#start-assessment").waitFor();
		assertAccessible("the assessment introduction of the delta path");
		press(page.locator("#start-assessment"));
		for (int i = 0; i < delta.questions().size(); i++) {
			assertThat(page.locator("#question-counter")).containsText("Vraag " + (i + 1) + " ");
			Question question = on().question(course);
			assertThat(delta.questions()).contains(question.id());
			on().tick(question, OnScreen.correct(question));
			if (i == 0) {
				assertAccessible("a question of the delta path");
			}
			if (i < delta.questions().size() - 1) {
				press(page.locator("#next-question"));
			}
		}
		press(page.locator("#submit-assessment"));
		press(page
			.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
			.first());
		assertThat(page.locator("#result")).containsText("Gehaald");
		assertAccessible("the passed result of the delta path");
		page.locator("#acknowledge-read input").focus();
		page.keyboard().press("Space");
		assertThat(page.locator("#acknowledge")).isEnabled();
		press(page.locator("#acknowledge"));
		assertThat(page.locator("#course-completed")).isVisible();
		assertAccessible("the completed delta path");

		List<CertificateSummary> held = await().atMost(Duration.ofSeconds(60))
			.until(() -> SystemAuthentication.call(() -> certificates.certificatesOf(me)), list -> list.size() == 2);
		assertThat(held.getFirst().courseVersion()).isEqualTo("2.0.0");
		assertThat(held.getFirst().status().valid()).isTrue();
	}

	private AssignmentReason openReason(long employeeId) {
		return SystemAuthentication.call(() -> assignments.currentOf(employeeId))
			.stream()
			.filter(view -> view.courseId().equals(COURSE) && view.open())
			.map(AssignmentView::reason)
			.findFirst()
			.orElse(null);
	}

	private OnScreen on() {
		return new OnScreen(page, contents);
	}

}

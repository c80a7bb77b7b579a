package nl.ambtenaaronline.training.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioChoice;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided path of issue 23 ("Done when"): a fresh learner goes from login to a
 * certificate pressing only the buttons the product offers as the next step, by keyboard
 * (focus, Enter, Space), with no address typed after the login. "Mijn training"'s
 * "Beginnen", the outline's "Beginnen", each lesson's "Gelezen, volgende", in every
 * required situation the best choice (found by its text, the choices are shown in a drawn
 * order), "Bevestig je keuze", "Volgende stap" / "Naar de afsluiting" and the ending's
 * "Volgende" to the next situation or the test, "Toets beginnen", the right answers (by
 * text), "Toets inleveren" twice, the acknowledgement and "Bekijk je certificaat". All
 * five required situations are played in the browser: the path is long (about 30 screens)
 * but each step is cheap, and playing some through the service first would start the
 * course and skip the outline this journey must show.
 */
class GuidedPathJourneyTest extends BrowserTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	CertificateService certificates;

	@Test
	void aFreshLearnerReachesTheCertificateFollowingOnlyTheNextStepButtons() {
		Course course = contents.current(COURSE).orElseThrow();
		List<Scenario> required = course.mainScenarios();
		assertThat(required).as("the required situations of the main path").isNotEmpty();
		String me = learners.create("guided");

		page.navigate(url("login"));
		page.locator("input[name=username]").fill(me);
		page.locator("input[name=password]").fill(Learners.PASSWORD);
		page.locator("input[name=password]").press("Enter");
		page.locator("#logout").waitFor();
		// from here on no address is typed: only the buttons the pages offer
		assertThat(page.locator("h1")).hasText("Mijn training");
		assertThat(page.locator("#go-" + COURSE)).hasText("Beginnen");
		press(page.locator("#go-" + COURSE));

		// the outline: the route, then one button to the first lesson
		assertThat(page.locator("#outline-title")).isVisible();
		assertThat(page.locator("#outline-scenarios li")).hasCount(required.size());
		assertAccessible("the outline before the first lesson");
		assertThat(page.locator("#continue")).hasText("Beginnen");
		press(page.locator("#continue"));

		// the lessons, each leading to the next; the last to the first situation
		List<Lesson> lessons = course.lessons();
		for (int i = 0; i < lessons.size(); i++) {
			assertThat(page.locator("h1")).hasText(lessons.get(i).title().nl());
			assertThat(page.locator("#stepper")).containsText("Les " + (i + 1) + " van " + lessons.size());
			press(page.locator("#mark-read"));
		}

		// every required situation, in course order, each ending leading on
		for (int i = 0; i < required.size(); i++) {
			Scenario scenario = required.get(i);
			assertThat(page.locator("h1")).hasText(scenario.title().nl());
			assertThat(page.locator("#stepper")).containsText("Situatie " + (i + 1) + " van " + required.size());
			playBestChoices(scenario);
			assertThat(page.locator("#ending")).isFocused();
			assertThat(page.locator("#scenario-score")).containsText("100%");
			assertThat(page.locator("#scenario-done")).hasText("Volgende");
			press(page.locator("#scenario-done"));
		}

		// the test: offered, answered right, submitted
		assertThat(page).hasURL(Pattern.compile(".*/course/" + COURSE + "/assessment$"));
		assertThat(page.locator("#start-assessment")).isFocused();
		page.keyboard().press("Enter");
		answerEveryQuestionRight(course);
		press(page.locator("#submit-assessment"));
		Locator submit = page
			.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
			.first();
		assertThat(submit).hasText("Toets inleveren");
		press(submit);

		// the acknowledgement is the first thing after passing and finishes the training
		assertThat(page.locator("#acknowledge-step")).isVisible();
		assertThat(page.locator("#result")).containsText("Gehaald");
		page.locator("#acknowledge-read input").focus();
		page.keyboard().press("Space");
		assertThat(page.locator("#acknowledge")).isEnabled();
		// the button follows the check box in the tab order
		page.keyboard().press("Tab");
		assertThat(page.locator("#acknowledge")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#course-completed")).isFocused();
		assertThat(page.locator("#valid-until")).isVisible();

		// the certificate, by its link, at once. It is issued by an asynchronous listener
		// after the completion commits: should the page open before that, it says the
		// certificate is being made and asks again by itself until it is there
		// the link is the next stop after the focused heading
		page.keyboard().press("Tab");
		assertThat(page.locator("#certificate-link")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile(".*/certificates$"));
		assertThat(page.locator("h1")).hasText("Mijn certificaten");
		Locator current = page.locator("#current-certificates");
		assertThat(current).containsText(course.title().nl(),
				new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		assertAccessible("the learner's certificates after the guided path");

		CourseProgress progress = learners.as(me, () -> learning.progress(COURSE));
		assertThat(progress.completed()).as("the course is completed").isTrue();
		List<CertificateSummary> mine = learners.as(me, () -> certificates.myCertificates());
		assertThat(mine).singleElement().satisfies(certificate -> {
			assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
			assertThat(certificate.courseTitle().nl()).isEqualTo(course.title().nl());
		});
		assertThat(current).containsText(mine.getFirst().number());
	}

	/**
	 * Plays the situation on screen to its ending: at every step the best choice (the
	 * step found by its situation text, the choice by its text), confirmed, then on.
	 */
	private void playBestChoices(Scenario scenario) {
		for (int guard = 0; guard <= scenario.steps().size(); guard++) {
			Locator situation = page.locator("#situation");
			Locator ending = page.locator("#ending");
			situation.or(ending).first().waitFor();
			if (ending.isVisible()) {
				return;
			}
			ScenarioStep step = stepShown(scenario, situation.textContent().strip());
			ScenarioChoice best = step.choices().get(step.bestIndex());
			assertThat(page.locator("#choices vaadin-radio-button input")).hasCount(step.choices().size());
			on().option("#choices vaadin-radio-button", best.text().nl()).focus();
			page.keyboard().press("Space");
			assertThat(page.locator("#confirm-choice")).isEnabled();
			press(page.locator("#confirm-choice"));
			assertThat(page.locator("#feedback")).isFocused();
			press(page.locator("#next-step"));
		}
		throw new AssertionError("no ending of " + scenario.id() + " after " + scenario.steps().size() + " steps");
	}

	private ScenarioStep stepShown(Scenario scenario, String situation) {
		return scenario.steps()
			.stream()
			.filter(step -> on().shown(step.situation().nl()).strip().equals(situation))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no step of " + scenario.id() + " reads " + situation));
	}

	private void answerEveryQuestionRight(Course course) {
		int total = course.assessment().questionsPerAttempt();
		for (int i = 0; i < total; i++) {
			assertThat(page.locator("#question-counter")).containsText("Vraag " + (i + 1) + " ");
			Question question = on().question(course);
			// by content (the correct flag), never by position
			on().tick(question, OnScreen.correct(question));
			if (i < total - 1) {
				press(page.locator("#next-question"));
			}
		}
	}

	private OnScreen on() {
		return new OnScreen(page, contents);
	}

}

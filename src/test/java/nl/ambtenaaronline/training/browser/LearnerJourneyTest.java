package nl.ambtenaaronline.training.browser;

import java.util.List;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.NextStep;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's journey in a real browser, by keyboard only (focus and keys, no mouse
 * clicks), with axe-core on every learner screen.
 */
class LearnerJourneyTest extends BrowserTest {

	static final String COURSE = "social-media";

	static final String PASSWORD = Learners.PASSWORD;

	static final String SCENARIO = "prive-post-eigen-beleid";

	@Autowired
	Learners learners;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Test
	void anEmployeeReadsPlaysFailsOncePassesTheSecondTimeAndCompletesTheCourse() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = newLearner("journey");
		// all scenarios but the one played in the browser are done through the service
		as(me, () -> course.scenarios()
			.stream()
			.filter(scenario -> !scenario.id().equals(SCENARIO))
			.forEach(scenario -> Learners.play(learning, course, scenario, true)));

		logInAs(me);
		assertThat(page.locator("h1")).hasText("Mijn training");
		assertAccessible("Mijn training");
		press(page.locator("#go-" + COURSE));

		// lessons, in order
		for (int i = 0; i < course.lessons().size(); i++) {
			assertThat(page.locator("h1")).hasText(course.lessons().get(i).title().nl());
			if (i == 0) {
				assertThat(page.locator(".ao-rule").first()).isVisible();
				assertAccessible("a lesson");
			}
			press(page.locator("#mark-read"));
		}
		// after the last lesson: on to the step the learner continues with
		NextStep next = learners.as(me, () -> learning.progress(COURSE).next());
		String continueWith = next.kind() == NextStep.Kind.SCENARIO ? "course/" + COURSE + "/scenario/" + next.id()
				: "course/" + COURSE + "/assessment";
		assertThat(page).hasURL(Pattern.compile(".*/" + OnScreen.escape(continueWith) + "$"));
		page.navigate(url("course/" + COURSE));
		assertThat(page.locator("#course-progress-label")).isVisible();
		assertAccessible("the course overview");

		// the scenario about a private post on your own policy area
		page.navigate(url("course/" + COURSE + "/scenario/" + SCENARIO));
		Scenario scenario = course.scenario(SCENARIO).orElseThrow();
		page.locator("#choices").waitFor();
		assertAccessible("a scenario step");
		String step = scenario.start();
		while (!scenario.isEnding(step)) {
			ScenarioStep current = scenario.step(step).orElseThrow();
			int best = current.bestIndex();
			assertThat(page.locator("#choices vaadin-radio-button input")).hasCount(current.choices().size());
			// by content, never by position: the choices are shown in an order drawn per
			// play
			on().option("#choices vaadin-radio-button", current.choices().get(best).text().nl()).focus();
			page.keyboard().press("Space");
			assertThat(page.locator("#confirm-choice")).isEnabled();
			press(page.locator("#confirm-choice"));
			assertThat(page.locator("#feedback")).isFocused();
			assertThat(page.locator("#feedback")).containsText(current.choices().get(best).rules().getFirst());
			assertAccessible("scenario feedback");
			press(page.locator("#next-step"));
			step = current.choices().get(best).next();
		}
		assertThat(page.locator("#ending")).isFocused();
		assertThat(page.locator("#scenario-score")).containsText("100%");
		assertAccessible("a scenario ending");

		// the assessment: fail once
		page.navigate(url("course/" + COURSE + "/assessment"));
		page.locator("#start-assessment").waitFor();
		assertAccessible("the assessment introduction");
		press(page.locator("#start-assessment"));
		answerEveryQuestion(course, false);
		press(page.locator("#submit-assessment"));
		press(page
			.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
			.first());
		assertThat(page.locator("#result")).containsText("Niet gehaald");
		assertAccessible("a failed result");

		// and pass the second time
		press(page.locator("#start-assessment"));
		answerEveryQuestion(course, true);
		press(page.locator("#submit-assessment"));
		press(page
			.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
			.first());
		assertThat(page.locator("#result")).containsText("Gehaald");
		assertAccessible("a passed result with the acknowledgement");

		page.locator("#acknowledge-read input").focus();
		page.keyboard().press("Space");
		assertThat(page.locator("#acknowledge")).isEnabled();
		press(page.locator("#acknowledge"));
		assertThat(page.locator("#course-completed")).isVisible();

		page.navigate(url(""));
		assertThat(page.locator("#completions")).containsText(course.title().nl());
		assertThat(page.locator("#course-" + COURSE)).containsText("Afgerond");
	}

	@Test
	void afterTheSessionIsLostTheLearnerResumesAtTheSameQuestionWithEarlierAnswersKept() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = newLearner("resume");
		as(me, () -> Learners.prepareAssessment(learning, course));
		logInAs(me);
		page.navigate(url("course/" + COURSE + "/assessment"));
		press(page.locator("#start-assessment"));
		String firstPrompt = page.locator("#question-prompt").textContent();
		List<String> firstOrder = shownOptions();
		chooseCorrectOptions(course);
		press(page.locator("#next-question"));
		assertThat(page.locator("#question-counter")).containsText("Vraag 2");
		press(page.locator("#next-question"));
		assertThat(page.locator("#question-counter")).containsText("Vraag 3");
		chooseCorrectOptions(course);

		// the session is gone (time-out, server restart, another device)
		context.clearCookies();
		page.reload();
		logInAs(me);
		page.navigate(url(""));
		press(page.locator("#go-" + COURSE));
		assertThat(page.locator("#question-counter")).containsText("Vraag 3");
		assertThat(page.locator(".ao-answered")).hasCount(2);
		press(page.locator(".ao-question-overview vaadin-button").first());
		assertThat(page.locator("#question-prompt")).hasText(firstPrompt);
		assertThat(page.locator("#answer [checked]").first()).isAttached();
		assertThat(shownOptions()).as("the order drawn for the attempt, also after the session was lost")
			.isEqualTo(firstOrder);
	}

	/** The option labels of the question on screen, in the order shown. */
	private List<String> shownOptions() {
		page.locator("#answer vaadin-radio-button, #answer vaadin-checkbox").first().waitFor();
		return page.locator("#answer vaadin-radio-button, #answer vaadin-checkbox")
			.allTextContents()
			.stream()
			.map(String::strip)
			.toList();
	}

	/** Chooses the correct options of the question on screen, by their text. */
	private void chooseCorrectOptions(Course course) {
		Question question = on().question(course);
		on().tick(question, OnScreen.correct(question));
	}

	private void answerEveryQuestion(Course course, boolean right) {
		int total = course.assessment().questionsPerAttempt();
		for (int i = 0; i < total; i++) {
			assertThat(page.locator("#question-counter")).containsText("Vraag " + (i + 1) + " ");
			Question question = on().question(course);
			List<QuestionOption> options = question.options();
			// by content (the correct flag), never by position: options are shown in a
			// drawn order
			on().tick(question, right ? OnScreen.correct(question)
					: List.of(options.stream().filter(option -> !option.correct()).findFirst().orElseThrow()));
			if (i == 0) {
				assertAccessible("an assessment question");
			}
			if (i < total - 1) {
				press(page.locator("#next-question"));
			}
		}
	}

	private void logInAs(String username) {
		page.navigate(url("login"));
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(PASSWORD);
		page.locator("input[name=password]").press("Enter");
		page.locator("#logout").waitFor();
	}

	private String newLearner(String prefix) {
		return learners.create(prefix);
	}

	private void as(String username, Runnable work) {
		learners.run(username, work);
	}

	private OnScreen on() {
		return new OnScreen(page, contents);
	}

}

package nl.ambtenaaronline.training.browser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AssessmentStatus;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.LearningService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer option of the assessment is its whole row, on a phone: a tap at the right end
 * of the row or on the text toggles the option and stores the answer at once; and with
 * questions still open, Enter in the submit dialog leads to the first open question
 * instead of submitting.
 */
class AnswerRowJourneyTest extends BrowserTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Test
	void aTapAnywhereOnAnOptionRowTogglesItAndStoresTheAnswerAndEnterInTheSubmitDialogDoesNotSubmit() {
		Course course = contents.current(COURSE).orElseThrow();
		// about one attempt in twelve draws no multiple-answer question: a new learner
		// (a fresh draw) until one does
		AtomicLong attemptId = new AtomicLong();
		int[] position = { -1 };
		String me = "";
		for (int tries = 0; tries < 40 && position[0] < 0; tries++) {
			me = learners.create("rows");
			learners.run(me, () -> {
				Learners.prepareAssessment(learning, course);
				AttemptView attempt = assessment.openAttempt(COURSE);
				attemptId.set(attempt.attemptId());
				List<String> ids = attempt.questionIds();
				for (int i = 0; i < ids.size() && position[0] < 0; i++) {
					if (course.question(ids.get(i)).orElseThrow().type() == QuestionType.MULTIPLE) {
						position[0] = i;
					}
				}
				if (position[0] >= 0) {
					assessment.moveTo(attempt.attemptId(), position[0]);
				}
			});
		}
		assertThat(position[0]).as("an attempt draws a multiple-answer question").isNotNegative();
		String questionId = learners.as(me, () -> assessment.attempt(attemptId.get()).questionIds().get(position[0]));
		Question question = course.question(questionId).orElseThrow();

		page.setViewportSize(360, 740);
		page.navigate(url("login"));
		page.locator("input[name=username]").fill(me);
		page.locator("input[name=password]").fill(Learners.PASSWORD);
		page.locator("input[name=password]").press("Enter");
		page.locator("#logout").waitFor();
		page.navigate(url("course/" + COURSE + "/assessment"));
		assertThat(page.locator("#question-counter")).containsText("Vraag " + (position[0] + 1) + " ");

		// the right end of the row (the field's width, not the option's own), then the
		// text of another option, then the right end of the first again
		Locator first = row(question, 0);
		Locator second = row(question, 1);
		tapRightEnd(first);
		assertThat(first).hasAttribute("checked", "");
		assertThat(page.locator("#answer-saved")).hasText("Antwoord bewaard.");
		waitUntilStored(learners, me, attemptId.get(), questionId, Set.of(0));

		second.locator("label").click();
		assertThat(second).hasAttribute("checked", "");
		waitUntilStored(learners, me, attemptId.get(), questionId, Set.of(0, 1));

		tapRightEnd(first);
		assertThat(first).not().hasAttribute("checked", "");
		waitUntilStored(learners, me, attemptId.get(), questionId, Set.of(1));

		// Enter in the submit dialog with questions open: to the first open question
		page.locator("#submit-assessment").click();
		assertThat(page.locator("#submit-first-open")).isFocused();
		page.keyboard().press("Enter");
		int firstOpen = position[0] == 0 ? 1 : 0;
		assertThat(page.locator("#question-counter")).containsText("Vraag " + (firstOpen + 1) + " ");
		assertThat(learners.as(me, () -> learning.progress(COURSE).assessment()))
			.isEqualTo(AssessmentStatus.IN_PROGRESS);
	}

	/**
	 * A tap at the right end of the option's row: the field's width, not the option's
	 * own. Measured when the tap is made, relative to the field, so that a page still
	 * settling (or scrolled to the field) cannot move the point onto another row.
	 */
	private void tapRightEnd(Locator option) {
		Locator field = page.locator("#answer");
		option.scrollIntoViewIfNeeded();
		BoundingBox fieldBox = field.boundingBox();
		BoundingBox optionBox = option.boundingBox();
		field.click(new Locator.ClickOptions().setPosition(fieldBox.width - 6,
				optionBox.y - fieldBox.y + optionBox.height / 2));
	}

	/** The option with this index, found by its text (options show in a drawn order). */
	private Locator row(Question question, int option) {
		String shown = contents.resolvePlaceholders(question.options().get(option).text().nl(), Locale.of("nl"));
		Locator row = page.locator("#answer vaadin-checkbox")
			.filter(new Locator.FilterOptions()
				.setHasText(Pattern.compile("^\\s*" + OnScreen.escape(shown) + "\\s*$")));
		assertThat(row).hasCount(1);
		return row;
	}

	private Set<Integer> stored(Learners learners, String me, long attemptId, String questionId) {
		return learners.as(me, () -> assessment.attempt(attemptId).answers().getOrDefault(questionId, Set.of()));
	}

	/**
	 * The answer is stored when the server confirmed it; the check waits for the round
	 * trip.
	 */
	private void waitUntilStored(Learners learners, String me, long attemptId, String questionId,
			Set<Integer> expected) {
		long until = System.currentTimeMillis() + 10_000;
		while (!stored(learners, me, attemptId, questionId).equals(expected) && System.currentTimeMillis() < until) {
			page.waitForTimeout(100);
		}
		assertThat(stored(learners, me, attemptId, questionId)).isEqualTo(expected);
	}

}

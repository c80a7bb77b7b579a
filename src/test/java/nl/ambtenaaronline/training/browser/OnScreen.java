package nl.ambtenaaronline.training.browser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.QuestionType;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What the learner's journeys find on screen by its text, never by position (options and
 * choices are shown in a drawn order): the question shown, the input of an option or a
 * choice, and options ticked by keyboard, each stored the moment it is given.
 */
final class OnScreen {

	private final Page page;

	private final ContentService contents;

	OnScreen(Page page, ContentService contents) {
		this.page = page;
		this.contents = contents;
	}

	/** A content text as the screen shows it (placeholders filled in). */
	String shown(String text) {
		return contents.resolvePlaceholders(text, Locale.of("nl"));
	}

	/** The question on screen, found by its prompt. */
	Question question(Course course) {
		String prompt = page.locator("#question-prompt").textContent();
		return course.questions()
			.stream()
			.filter(q -> shown(q.prompt().nl()).equals(prompt))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no question with prompt " + prompt));
	}

	/** The input of the option (or choice) with exactly this (Dutch) text. */
	Locator option(String items, String text) {
		Locator input = page.locator(items)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + escape(shown(text)) + "\\s*$")))
			.locator("input");
		assertThat(input).hasCount(1);
		return input;
	}

	/** Ticks these options of the question on screen by keyboard, each one stored. */
	void tick(Question question, List<QuestionOption> options) {
		for (QuestionOption option : options) {
			option("#answer " + kind(question), option.text().nl()).focus();
			page.keyboard().press("Space");
			assertThat(page.locator("#answer-saved")).hasText("Antwoord bewaard.");
		}
	}

	/** The right options of a question, by their correct flag. */
	static List<QuestionOption> correct(Question question) {
		return question.options().stream().filter(QuestionOption::correct).toList();
	}

	static String kind(Question question) {
		return question.type() == QuestionType.MULTIPLE ? "vaadin-checkbox" : "vaadin-radio-button";
	}

	/**
	 * Escapes a text for a regular expression that also JavaScript reads (no \\Q...\\E).
	 */
	static String escape(String text) {
		return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
	}

}

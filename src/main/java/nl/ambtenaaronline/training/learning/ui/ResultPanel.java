package nl.ambtenaaronline.training.learning.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.LessonSection;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.learning.AttemptResult;
import org.jsoup.nodes.Element;

/**
 * The result panel of the assessment: passed or not against the pass mark, the score per
 * rule group, and per wrong answer the answer given, the right one, its explanation and
 * the rules it is about. It adds itself to the view's body.
 */
final class ResultPanel {

	private final ContentService contents;

	private final Course course;

	private final Locale locale;

	private final Div body;

	ResultPanel(ContentService contents, Course course, Locale locale, Div body) {
		this.locale = locale;
		this.contents = contents;
		this.course = course;
		this.body = body;
	}

	/**
	 * Adds the result to the body.
	 * @param focus whether the result takes the focus (not when a next step above it
	 * does)
	 * @param attemptLeft whether the learner may take the test again now or after the
	 * cool-down (else only after HR grants an attempt)
	 */
	void show(AttemptResult result, boolean focus, boolean attemptLeft) {
		Div box = new Div();
		box.setId("result");
		box.addClassName(result.passed() ? "ao-result-passed" : "ao-result-failed");
		box.getElement().setAttribute("tabindex", "-1");
		box.add(new H2(body.getTranslation(result.passed() ? "assessment.passed" : "assessment.failed",
				result.scorePercent(), result.passMark())));
		UnorderedList groups = new UnorderedList();
		groups.setId("group-scores");
		result.groupPercent()
			.forEach((group, percent) -> groups.add(new ListItem(body.getTranslation("assessment.group-score",
					course.catalogue().group(group).map(g -> g.title().in(locale)).orElse(group), percent))));
		box.add(new H3(body.getTranslation("assessment.per-group")), groups);
		if (!result.wrong().isEmpty()) {
			box.add(new H3(body.getTranslation("assessment.wrong-answers")));
			if (!result.passed()) {
				// the test may be taken again (an attempt left, or one HR grants): the
				// right options would be a key to it; why the answer given is not right,
				// the rule and the section to reread are the way to learn it
				Paragraph why = new Paragraph(body.getTranslation(
						attemptLeft ? "assessment.right-answers-later" : "assessment.right-answers-later-hr"));
				why.setId("right-answers-later");
				box.add(why);
			}
			for (AttemptResult.WrongAnswer wrong : result.wrong()) {
				box.add(wrongAnswer(wrong, result.passed()));
			}
		}
		body.add(box);
		if (focus) {
			box.getElement().callJsFunction("focus");
		}
	}

	/**
	 * One wrong answer: the question, the answer given, the right one (only after a
	 * passed test), why the answer is not right, the rules and the section to reread.
	 * Read-only, so one element with its markup ({@link Markup}): eleven wrong answers as
	 * components were most of a learner's session.
	 */
	private Div wrongAnswer(AttemptResult.WrongAnswer wrong, boolean passed) {
		Question question = course.question(wrong.questionId()).orElseThrow();
		Element item = Markup.element("div");
		item.appendElement("p").text(resolve(question.prompt().in(locale), locale));
		String chosen = wrong.chosen().isEmpty() ? body.getTranslation("assessment.no-answer")
				: wrong.chosen()
					.stream()
					.sorted()
					.map(i -> resolve(question.options().get(i).text().in(locale), locale))
					.collect(Collectors.joining("; "));
		item.appendElement("p").text(body.getTranslation("assessment.your-answer", chosen));
		List<QuestionOption> right = question.options().stream().filter(QuestionOption::correct).toList();
		if (passed) {
			item.appendElement("p")
				.text(body.getTranslation("assessment.right-answer",
						right.stream()
							.map(option -> resolve(option.text().in(locale), locale))
							.collect(Collectors.joining("; "))));
		}
		// why the answer given is not right (its own feedback); the right options'
		// feedback only after a passed test when nothing wrong was chosen
		List<QuestionOption> wrongChosen = wrong.chosen()
			.stream()
			.sorted()
			.map(i -> question.options().get(i))
			.filter(option -> !option.correct())
			.toList();
		(wrongChosen.isEmpty() && passed ? right : wrongChosen)
			.forEach(option -> item.appendElement("p").text(resolve(option.feedback().in(locale), locale)));
		item.appendChild(RuleTags.markup(course, question.rules(), locale, body));
		reread(question).ifPresent(item::appendChild);
		Div box = new Div();
		box.addClassName("ao-wrong");
		Markup.fill(box, item);
		return box;
	}

	/** A link to the first lesson section that teaches the question's first rule. */
	private Optional<Element> reread(Question question) {
		if (question.rules().isEmpty()) {
			return Optional.empty();
		}
		String rule = question.rules().getFirst();
		for (Lesson lesson : course.lessons()) {
			for (int number = 1; number <= lesson.sections().size(); number++) {
				LessonSection section = lesson.sections().get(number - 1);
				if (section.rules().contains(rule)) {
					return Optional.of(Markup.element("a")
						.addClass("ao-reread")
						.attr("href",
								CourseRoutes.lesson(course.id(), lesson.id()) + "#" + CourseRoutes.sectionId(number))
						.text(body.getTranslation("assessment.reread", lesson.title().in(locale),
								section.title().in(locale))));
				}
			}
		}
		return Optional.empty();
	}

	private String resolve(String text, Locale locale) {
		return contents.resolvePlaceholders(text, locale);
	}

}

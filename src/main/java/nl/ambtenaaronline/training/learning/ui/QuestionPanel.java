package nl.ambtenaaronline.training.learning.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.LearningException;

/**
 * The question panel of the assessment: one question at a time with its options in the
 * order drawn for the attempt, every answer stored the moment it is given (its key made
 * here, once per answer the learner gives, so that a repeated request is recognised as
 * the same answer), moving between questions, and submitting after a confirmation. It
 * fills the view's body; what it cannot do (a submitted attempt, a refusal) goes back to
 * the view as a notice.
 */
final class QuestionPanel {

	private final AssessmentService assessment;

	private final ContentService contents;

	private final Course course;

	private final Locale locale;

	private final Div body;

	private final Consumer<String> refresh;

	/**
	 * @param refresh shows the assessment page again, with the notice (a message key) or
	 * without ({@code null})
	 */
	QuestionPanel(AssessmentService assessment, ContentService contents, Course course, Locale locale, Div body,
			Consumer<String> refresh) {
		this.locale = locale;
		this.assessment = assessment;
		this.contents = contents;
		this.course = course;
		this.body = body;
		this.refresh = refresh;
	}

	/** Shows the attempt at the question it is at, in place of what the body showed. */
	void show(AttemptView attempt) {
		body.removeAll();
		List<String> ids = attempt.questionIds();
		int position = Math.max(0, Math.min(attempt.position(), ids.size() - 1));
		Question question = course.question(ids.get(position)).orElseThrow();
		Set<Integer> current = attempt.answers().getOrDefault(question.id(), Set.of());
		// option ids in the order drawn for this attempt: the position on screen means
		// nothing
		List<Integer> shown = attempt.orderOf(question.id(), question.options().size());

		Paragraph counter = new Paragraph(body.getTranslation("assessment.question-of", position + 1, ids.size()));
		counter.setId("question-counter");
		H2 prompt = new H2(resolve(question.prompt().in(locale), locale));
		prompt.setId("question-prompt");
		Span saved = new Span();
		saved.setId("answer-saved");
		saved.getElement().setAttribute("role", "status");
		saved.addClassName("ao-saved");

		Div field;
		if (question.type() == QuestionType.MULTIPLE) {
			CheckboxGroup<Integer> options = new CheckboxGroup<>(body.getTranslation("assessment.choose-all"));
			options.setItems(shown);
			options.setItemLabelGenerator(i -> resolve(question.options().get(i).text().in(locale), locale));
			options.setValue(current);
			options.setId("answer");
			options.addValueChangeListener(change -> {
				if (change.isFromClient()) {
					store(attempt, question, change.getValue(), saved);
				}
			});
			field = new Div(options);
		}
		else {
			RadioButtonGroup<Integer> options = new RadioButtonGroup<>(body.getTranslation("assessment.choose-one"));
			options.setItems(shown);
			options.setItemLabelGenerator(i -> resolve(question.options().get(i).text().in(locale), locale));
			if (!current.isEmpty()) {
				options.setValue(current.iterator().next());
			}
			options.setId("answer");
			options.addValueChangeListener(change -> {
				if (change.isFromClient() && change.getValue() != null) {
					store(attempt, question, Set.of(change.getValue()), saved);
				}
			});
			field = new Div(options);
		}

		Button previous = new Button(body.getTranslation("assessment.previous"), click -> go(attempt, position - 1));
		previous.setId("previous-question");
		previous.setEnabled(position > 0);
		Button next = new Button(body.getTranslation("assessment.next"), click -> go(attempt, position + 1));
		next.setId("next-question");
		next.setEnabled(position < ids.size() - 1);
		next.addThemeVariants(ButtonVariant.PRIMARY);
		Button submit = new Button(body.getTranslation("assessment.submit"), click -> confirmSubmit(attempt));
		submit.setId("submit-assessment");
		FlexLayout buttons = new FlexLayout(previous, next, submit);
		buttons.addClassName("ao-buttons");

		UnorderedList overview = new UnorderedList();
		overview.addClassName("ao-question-overview");
		overview.getElement().setAttribute("aria-label", body.getTranslation("assessment.overview"));
		AttemptView fresh = attempt;
		for (int i = 0; i < ids.size(); i++) {
			int target = i;
			boolean answered = fresh.answers().containsKey(ids.get(i)) && !fresh.answers().get(ids.get(i)).isEmpty();
			Button jump = new Button(String.valueOf(i + 1), click -> go(attempt, target));
			jump.getElement()
				.setAttribute("aria-label",
						body.getTranslation(answered ? "assessment.jump-answered" : "assessment.jump-open", i + 1));
			jump.addClassName(answered ? "ao-answered" : "ao-open");
			if (i == position) {
				jump.getElement().setAttribute("aria-current", "step");
			}
			overview.add(new ListItem(jump));
		}
		body.add(counter, prompt, field, saved, buttons, overview);
		prompt.getElement().setAttribute("tabindex", "-1");
		prompt.getElement().callJsFunction("focus");
	}

	private void store(AttemptView attempt, Question question, Set<Integer> selected, Span saved) {
		try {
			assessment.answer(attempt.attemptId(), question.id(), new HashSet<>(selected), UUID.randomUUID());
			saved.setText(body.getTranslation("assessment.saved"));
		}
		catch (LearningException ex) {
			refresh.accept(ex.getMessage());
		}
	}

	private void go(AttemptView attempt, int position) {
		try {
			assessment.moveTo(attempt.attemptId(), position);
			show(assessment.attempt(attempt.attemptId()));
		}
		catch (LearningException ex) {
			refresh.accept(ex.getMessage());
		}
	}

	private void confirmSubmit(AttemptView attempt) {
		AttemptView fresh;
		try {
			fresh = assessment.attempt(attempt.attemptId());
		}
		catch (LearningException ex) {
			refresh.accept(ex.getMessage());
			return;
		}
		long open = fresh.questionIds()
			.stream()
			.filter(id -> fresh.answers().getOrDefault(id, Set.of()).isEmpty())
			.count();
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(body.getTranslation("assessment.submit-title"));
		if (open == 0) {
			dialog.setText(body.getTranslation("assessment.submit-all"));
			dialog.setCancelable(true);
			dialog.setCancelText(body.getTranslation("assessment.submit-cancel"));
			dialog.setConfirmText(body.getTranslation("assessment.submit"));
			dialog.addConfirmListener(confirm -> submit(attempt));
		}
		else {
			// questions still open: the primary, focused action (Enter) goes to the first
			// open one; submitting incomplete takes a deliberate click on the other
			// button
			dialog.setText(body.getTranslation("assessment.submit-open", open));
			int firstOpen = 0;
			while (!fresh.answers().getOrDefault(fresh.questionIds().get(firstOpen), Set.of()).isEmpty()) {
				firstOpen++;
			}
			int target = firstOpen;
			Button toOpen = new Button(body.getTranslation("assessment.submit-first-open"), click -> {
				dialog.close();
				go(attempt, target);
			});
			toOpen.setId("submit-first-open");
			toOpen.addThemeVariants(ButtonVariant.PRIMARY);
			toOpen.setAutofocus(true);
			Button anyway = new Button(body.getTranslation("assessment.submit-anyway"), click -> {
				dialog.close();
				submit(attempt);
			});
			anyway.setId("submit-anyway");
			anyway.addThemeVariants(ButtonVariant.TERTIARY);
			dialog.setConfirmButton(toOpen);
			dialog.setRejectable(true);
			dialog.setRejectButton(anyway);
		}
		dialog.open();
	}

	private void submit(AttemptView attempt) {
		try {
			assessment.submit(attempt.attemptId());
			refresh.accept(null);
		}
		catch (LearningException ex) {
			refresh.accept(ex.getMessage());
		}
	}

	private String resolve(String text, Locale locale) {
		return contents.resolvePlaceholders(text, locale);
	}

}

package nl.ambtenaaronline.training.learning.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.QuestionType;
import nl.ambtenaaronline.training.learning.AssessmentStatus;
import nl.ambtenaaronline.training.learning.AttemptResult;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * The final assessment: one question at a time, every answer stored the moment it is
 * given and changeable until the whole assessment is submitted; no feedback before that.
 * Then the result per rule group with an explanation per wrong answer, and the
 * acknowledgement that completes the course.
 */
@Route("course/:courseId/assessment")
@RolesAllowed(Roles.EMPLOYEE)
class AssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LearningService learning;

	private final ContentService contents;

	private final SettingsService settings;

	private final Div body = new Div();

	private String courseId = "";

	private Course course;

	AssessmentView(LearningService learning, ContentService contents, SettingsService settings) {
		this.learning = learning;
		this.contents = contents;
		this.settings = settings;
		addClassName("ao-page");
		addClassName("ao-assessment");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		courseId = event.getRouteParameters().get("courseId").orElse("");
		removeAll();
		course = learning.course(courseId);
		add(new Anchor(CourseRoutes.course(courseId), getTranslation("learning.back-to-course")),
				new H1(getTranslation("assessment.title", course.title().in(getLocale()))), body);
		refresh(null);
	}

	private void refresh(String notice) {
		body.removeAll();
		if (notice != null) {
			Paragraph message = new Paragraph(getTranslation(notice));
			message.addClassName("ao-notice");
			message.getElement().setAttribute("role", "status");
			body.add(message);
		}
		CourseProgress progress = learning.progress(courseId);
		switch (progress.assessment()) {
			case LOCKED -> body.add(new Paragraph(getTranslation("assessment.status.LOCKED")));
			case IN_PROGRESS -> showQuestion(learning.openAttempt(courseId));
			case AVAILABLE -> {
				learning.lastResult(courseId).ifPresent(this::showResult);
				showIntro(progress);
			}
			case COOLDOWN, EXHAUSTED -> {
				learning.lastResult(courseId).ifPresent(this::showResult);
				showRetry(progress);
			}
			case PASSED -> {
				learning.lastResult(courseId).ifPresent(this::showResult);
				showAcknowledgement(progress);
			}
		}
	}

	private void showIntro(CourseProgress progress) {
		body.add(new Paragraph(getTranslation("assessment.intro", course.assessment().questionsPerAttempt(),
				course.assessment().passMark(), progress.attemptsAllowed() - progress.attemptsUsed())));
		Button start = new Button(getTranslation("assessment.start"), click -> {
			try {
				showQuestion(learning.openAttempt(courseId));
			}
			catch (LearningException ex) {
				refresh(ex.getMessage());
			}
		});
		start.setId("start-assessment");
		start.addThemeVariants(ButtonVariant.PRIMARY);
		start.setDisableOnClick(true);
		body.add(start);
		start.focus();
	}

	private void showQuestion(AttemptView attempt) {
		body.removeAll();
		Locale locale = getLocale();
		List<String> ids = attempt.questionIds();
		int position = Math.max(0, Math.min(attempt.position(), ids.size() - 1));
		Question question = course.question(ids.get(position)).orElseThrow();
		Set<Integer> current = attempt.answers().getOrDefault(question.id(), Set.of());
		// option ids in the order drawn for this attempt: the position on screen means
		// nothing
		List<Integer> shown = attempt.orderOf(question.id(), question.options().size());

		Paragraph counter = new Paragraph(getTranslation("assessment.question-of", position + 1, ids.size()));
		counter.setId("question-counter");
		H2 prompt = new H2(resolve(question.prompt().in(locale), locale));
		prompt.setId("question-prompt");
		Span saved = new Span();
		saved.setId("answer-saved");
		saved.getElement().setAttribute("role", "status");
		saved.addClassName("ao-saved");

		Div field;
		if (question.type() == QuestionType.MULTIPLE) {
			CheckboxGroup<Integer> options = new CheckboxGroup<>(getTranslation("assessment.choose-all"));
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
			RadioButtonGroup<Integer> options = new RadioButtonGroup<>(getTranslation("assessment.choose-one"));
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

		Button previous = new Button(getTranslation("assessment.previous"), click -> go(attempt, position - 1));
		previous.setId("previous-question");
		previous.setEnabled(position > 0);
		Button next = new Button(getTranslation("assessment.next"), click -> go(attempt, position + 1));
		next.setId("next-question");
		next.setEnabled(position < ids.size() - 1);
		next.addThemeVariants(ButtonVariant.PRIMARY);
		Button submit = new Button(getTranslation("assessment.submit"), click -> confirmSubmit(attempt));
		submit.setId("submit-assessment");
		FlexLayout buttons = new FlexLayout(previous, next, submit);
		buttons.addClassName("ao-buttons");

		UnorderedList overview = new UnorderedList();
		overview.addClassName("ao-question-overview");
		overview.getElement().setAttribute("aria-label", getTranslation("assessment.overview"));
		AttemptView fresh = attempt;
		for (int i = 0; i < ids.size(); i++) {
			int target = i;
			boolean answered = fresh.answers().containsKey(ids.get(i)) && !fresh.answers().get(ids.get(i)).isEmpty();
			Button jump = new Button(String.valueOf(i + 1), click -> go(attempt, target));
			jump.getElement()
				.setAttribute("aria-label",
						getTranslation(answered ? "assessment.jump-answered" : "assessment.jump-open", i + 1));
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
			learning.answer(attempt.attemptId(), question.id(), new HashSet<>(selected), UUID.randomUUID());
			saved.setText(getTranslation("assessment.saved"));
		}
		catch (LearningException ex) {
			refresh(ex.getMessage());
		}
	}

	private void go(AttemptView attempt, int position) {
		try {
			learning.moveTo(attempt.attemptId(), position);
			showQuestion(learning.attempt(attempt.attemptId()));
		}
		catch (LearningException ex) {
			refresh(ex.getMessage());
		}
	}

	private void confirmSubmit(AttemptView attempt) {
		AttemptView fresh;
		try {
			fresh = learning.attempt(attempt.attemptId());
		}
		catch (LearningException ex) {
			refresh(ex.getMessage());
			return;
		}
		long open = fresh.questionIds()
			.stream()
			.filter(id -> fresh.answers().getOrDefault(id, Set.of()).isEmpty())
			.count();
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("assessment.submit-title"));
		dialog.setText(
				open == 0 ? getTranslation("assessment.submit-all") : getTranslation("assessment.submit-open", open));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("assessment.submit-cancel"));
		dialog.setConfirmText(getTranslation("assessment.submit"));
		dialog.addConfirmListener(confirm -> {
			try {
				learning.submit(attempt.attemptId());
				refresh(null);
			}
			catch (LearningException ex) {
				refresh(ex.getMessage());
			}
		});
		dialog.open();
	}

	private void showResult(AttemptResult result) {
		Locale locale = getLocale();
		Div box = new Div();
		box.setId("result");
		box.addClassName(result.passed() ? "ao-result-passed" : "ao-result-failed");
		box.getElement().setAttribute("tabindex", "-1");
		box.add(new H2(getTranslation(result.passed() ? "assessment.passed" : "assessment.failed",
				result.scorePercent(), result.passMark())));
		UnorderedList groups = new UnorderedList();
		groups.setId("group-scores");
		result.groupPercent()
			.forEach((group, percent) -> groups.add(new ListItem(getTranslation("assessment.group-score",
					course.catalogue().group(group).map(g -> g.title().in(locale)).orElse(group), percent))));
		box.add(new H3(getTranslation("assessment.per-group")), groups);
		if (!result.wrong().isEmpty()) {
			box.add(new H3(getTranslation("assessment.wrong-answers")));
			for (AttemptResult.WrongAnswer wrong : result.wrong()) {
				Question question = course.question(wrong.questionId()).orElseThrow();
				Div item = new Div();
				item.addClassName("ao-wrong");
				item.add(new Paragraph(resolve(question.prompt().in(locale), locale)));
				String chosen = wrong.chosen().isEmpty() ? getTranslation("assessment.no-answer")
						: wrong.chosen()
							.stream()
							.sorted()
							.map(i -> resolve(question.options().get(i).text().in(locale), locale))
							.collect(Collectors.joining("; "));
				item.add(new Paragraph(getTranslation("assessment.your-answer", chosen)));
				List<QuestionOption> right = question.options().stream().filter(QuestionOption::correct).toList();
				item.add(new Paragraph(getTranslation("assessment.right-answer",
						right.stream()
							.map(option -> resolve(option.text().in(locale), locale))
							.collect(Collectors.joining("; ")))));
				right.forEach(option -> item.add(new Paragraph(resolve(option.feedback().in(locale), locale))));
				item.add(new RuleTags(course, question.rules(), locale));
				box.add(item);
			}
		}
		body.add(box);
		box.getElement().callJsFunction("focus");
	}

	private void showRetry(CourseProgress progress) {
		if (progress.assessment() == AssessmentStatus.EXHAUSTED) {
			String contact = settings.text("contact.support");
			Paragraph exhausted = new Paragraph(
					getTranslation("assessment.status.EXHAUSTED", progress.attemptsUsed(), progress.attemptsAllowed())
							+ (contact.isBlank() ? "" : " " + contact));
			exhausted.setId("attempts-exhausted");
			body.add(exhausted);
			return;
		}
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(TimeConfiguration.ZONE)
			.format(progress.nextAttemptAt());
		body.add(new Paragraph(getTranslation("assessment.status.COOLDOWN", when)));
	}

	private void showAcknowledgement(CourseProgress progress) {
		Locale locale = getLocale();
		if (progress.completed()) {
			Paragraph done = new Paragraph(getTranslation("assessment.completed"));
			done.setId("course-completed");
			body.add(done);
			return;
		}
		H2 heading = new H2(getTranslation("assessment.acknowledge-title"));
		Checkbox read = new Checkbox(getTranslation("assessment.acknowledge", course.guideline().title().in(locale),
				course.guideline().version(), course.guideline().date().in(locale)));
		read.setId("acknowledge-read");
		Button confirm = new Button(getTranslation("assessment.acknowledge-confirm"));
		confirm.setId("acknowledge");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.setEnabled(false);
		read.addValueChangeListener(change -> confirm.setEnabled(change.getValue()));
		confirm.addClickListener(click -> {
			learning.acknowledge(courseId);
			refresh(null);
		});
		confirm.setDisableOnClick(true);
		body.add(heading, read, confirm);
	}

	private String resolve(String text, Locale locale) {
		return contents.resolvePlaceholders(text, locale);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("learning.assessment") + " – " + getTranslation("app.name");
	}

}

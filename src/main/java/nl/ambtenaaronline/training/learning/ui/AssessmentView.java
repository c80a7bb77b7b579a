package nl.ambtenaaronline.training.learning.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AssessmentStatus;
import nl.ambtenaaronline.training.learning.AttemptResult;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.NextStep;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.ui.ContactText;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * The final assessment: one question at a time ({@link QuestionPanel}), every answer
 * stored the moment it is given and changeable until the whole assessment is submitted;
 * no feedback before that. Then the result per rule group with an explanation per wrong
 * answer ({@link ResultPanel}), and the acknowledgement that completes the course.
 */
@Route("course/:courseId/assessment")
@RolesAllowed(Roles.EMPLOYEE)
class AssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LearningService learning;

	private final AssessmentService assessment;

	private final ContentService contents;

	private final SettingsService settings;

	private final LearningRecords records;

	private final Div body = new Div();

	private String courseId = "";

	private Course course;

	AssessmentView(LearningService learning, AssessmentService assessment, ContentService contents,
			SettingsService settings, LearningRecords records) {
		this.records = records;
		this.learning = learning;
		this.assessment = assessment;
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
			case LOCKED -> showMissing(progress);
			case IN_PROGRESS -> showQuestion(assessment.openAttempt(courseId));
			case AVAILABLE -> {
				assessment.lastResult(courseId).ifPresent(result -> showResult(result, true, true));
				showIntro(progress);
			}
			case COOLDOWN -> {
				assessment.lastResult(courseId).ifPresent(result -> showResult(result, true, true));
				showRetry(progress);
			}
			case EXHAUSTED -> {
				// the way to HR first, with the contact and what happens next
				showExhausted(progress);
				assessment.lastResult(courseId).ifPresent(result -> showResult(result, false, false));
			}
			case PASSED -> {
				// the step that completes the course first, the explanations below it
				showAcknowledgement(progress);
				assessment.lastResult(courseId).ifPresent(result -> showResult(result, false, false));
			}
		}
	}

	/**
	 * Locked: what is still missing, each lesson not read and each required situation not
	 * passed as a link, and one button to the next of them.
	 */
	private void showMissing(CourseProgress progress) {
		Locale locale = getLocale();
		Div box = new Div();
		box.setId("assessment-missing");
		box.addClassName("ao-next-step");
		box.getElement().setAttribute("role", "region");
		H2 heading = new H2(getTranslation("assessment.missing-title"));
		heading.setId("assessment-missing-title");
		box.getElement().setAttribute("aria-labelledby", "assessment-missing-title");
		box.add(heading, new Paragraph(getTranslation("assessment.status.LOCKED")));
		UnorderedList missing = new UnorderedList();
		missing.setId("assessment-missing-items");
		missing.addClassName("ao-steps");
		List<CourseProgress.LessonProgress> lessons = progress.lessons();
		for (int i = 0; i < lessons.size(); i++) {
			CourseProgress.LessonProgress lesson = lessons.get(i);
			if (!lesson.read()) {
				String title = course.lesson(lesson.id()).map(l -> l.title().in(locale)).orElse(lesson.id());
				missing.add(new ListItem(new Anchor(CourseRoutes.lesson(courseId, lesson.id()),
						getTranslation("assessment.missing-lesson", i + 1, title))));
			}
		}
		List<CourseProgress.ScenarioProgress> required = progress.scenarios()
			.stream()
			.filter(scenario -> !scenario.optional())
			.toList();
		for (int i = 0; i < required.size(); i++) {
			CourseProgress.ScenarioProgress scenario = required.get(i);
			if (!scenario.passed()) {
				String title = course.scenario(scenario.id()).map(s -> s.title().in(locale)).orElse(scenario.id());
				String text = scenario.finished()
						? getTranslation("assessment.missing-scenario-again", i + 1, title, scenario.bestPercent())
						: getTranslation("assessment.missing-scenario", i + 1, title);
				missing.add(new ListItem(new Anchor(CourseRoutes.scenario(courseId, scenario.id()), text)));
			}
		}
		box.add(missing);
		NextStep next = progress.next();
		String target = switch (next.kind()) {
			case LESSON -> CourseRoutes.lesson(courseId, next.id());
			case SCENARIO -> CourseRoutes.scenario(courseId, next.id());
			default -> CourseRoutes.course(courseId);
		};
		String nextTitle = switch (next.kind()) {
			case LESSON -> course.lesson(next.id()).map(l -> l.title().in(locale)).orElse("");
			case SCENARIO -> course.scenario(next.id()).map(s -> s.title().in(locale)).orElse("");
			default -> "";
		};
		Button go = new Button(
				nextTitle.isEmpty() ? getTranslation("learning.continue")
						: getTranslation("assessment.missing-continue", nextTitle),
				click -> getUI().ifPresent(ui -> ui.navigate(target)));
		go.setId("continue-missing");
		go.addThemeVariants(ButtonVariant.PRIMARY);
		box.add(go);
		body.add(box);
		focus(heading);
	}

	private void showIntro(CourseProgress progress) {
		body.add(new Paragraph(getTranslation("assessment.intro", course.assessment().questionsPerAttempt(),
				course.assessment().passMark(), progress.attemptsAllowed() - progress.attemptsUsed())));
		Button start = new Button(getTranslation("assessment.start"), click -> {
			try {
				showQuestion(assessment.openAttempt(courseId));
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
		new QuestionPanel(assessment, contents, course, getLocale(), body, this::refresh).show(attempt);
	}

	private void showResult(AttemptResult result, boolean focus, boolean attemptLeft) {
		new ResultPanel(contents, course, getLocale(), body).show(result, focus, attemptLeft);
	}

	private void showRetry(CourseProgress progress) {
		String when = Dates.moment(progress.nextAttemptAt(), getLocale());
		body.add(new Paragraph(getTranslation("assessment.status.COOLDOWN", when)));
	}

	/** No attempt left: who to contact and what happens next, at the top of the page. */
	private void showExhausted(CourseProgress progress) {
		Div box = new Div();
		box.setId("attempts-exhausted");
		box.addClassName("ao-next-step");
		box.getElement().setAttribute("role", "region");
		H2 heading = new H2(getTranslation("assessment.exhausted-title"));
		heading.setId("attempts-exhausted-title");
		box.getElement().setAttribute("aria-labelledby", "attempts-exhausted-title");
		String contact = settings.text("contact.support").strip();
		Paragraph who = ContactText.paragraph(contact.isEmpty() ? getTranslation("assessment.exhausted-no-contact")
				: getTranslation("assessment.exhausted-contact", contact));
		who.setId("hr-contact");
		box.add(heading, new Paragraph(
				getTranslation("assessment.status.EXHAUSTED", progress.attemptsUsed(), progress.attemptsAllowed())),
				who, new Paragraph(getTranslation("assessment.exhausted-next")));
		body.add(box);
		focus(heading);
	}

	/**
	 * Passed: the acknowledgement that completes the course, first on the page; once
	 * completed, the certificate.
	 */
	private void showAcknowledgement(CourseProgress progress) {
		Locale locale = getLocale();
		Div box = new Div();
		box.addClassName("ao-next-step");
		if (progress.completed()) {
			H2 done = new H2(getTranslation("assessment.completed"));
			done.setId("course-completed");
			Anchor certificate = new Anchor("certificates", getTranslation("assessment.certificate"));
			certificate.setId("certificate-link");
			certificate.addClassName("ao-button-link");
			certificate.addClassName("ao-button-link-primary");
			box.add(done);
			records.myCompletions()
				.stream()
				.filter(completion -> completion.courseId().equals(courseId))
				.map(CompletionSummary::passedAt)
				.max(Comparator.naturalOrder())
				.ifPresent(passedAt -> {
					// the certificate's rule: the completion's date plus the validity
					LocalDate validUntil = LocalDate.ofInstant(passedAt, TimeConfiguration.ZONE)
						.plusMonths(course.certificate().validityMonths());
					Paragraph valid = new Paragraph(
							getTranslation("my-training.valid-until", Dates.day(validUntil, locale)));
					valid.setId("valid-until");
					box.add(valid);
				});
			box.add(new Paragraph(getTranslation("assessment.completed-next")), certificate);
			learning.guidelineUrl(courseId)
				.ifPresent(url -> box.add(GuidelineLink.of(url, course.guideline().title().in(locale))));
			// the start page says whether another training waits
			Anchor home = new Anchor("", getTranslation("assessment.to-my-training"));
			home.setId("to-my-training");
			box.add(new Paragraph(home));
			body.add(box);
			focus(done);
			return;
		}
		box.setId("acknowledge-step");
		H2 heading = new H2(getTranslation("assessment.acknowledge-title"));
		Paragraph first = new Paragraph(getTranslation("assessment.acknowledge-first"));
		first.setId("acknowledge-first");
		Checkbox read = new Checkbox(getTranslation("assessment.acknowledge", course.guideline().title().in(locale),
				course.guideline().version(), course.guideline().date().in(locale)));
		read.setId("acknowledge-read");
		Button confirm = new Button(getTranslation("assessment.acknowledge-confirm"));
		confirm.setId("acknowledge");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.setEnabled(false);
		// why the button does not work yet, until it does
		Paragraph hint = new Paragraph(getTranslation("assessment.acknowledge-hint"));
		hint.setId("acknowledge-hint");
		hint.addClassName("ao-help");
		read.addValueChangeListener(change -> {
			confirm.setEnabled(change.getValue());
			hint.setVisible(!change.getValue());
		});
		confirm.addClickListener(click -> {
			assessment.acknowledge(courseId);
			refresh(null);
		});
		confirm.setDisableOnClick(true);
		box.add(heading, first);
		// the guideline the learner confirms, where HR published it
		learning.guidelineUrl(courseId)
			.ifPresent(url -> box.add(GuidelineLink.of(url, course.guideline().title().in(locale))));
		box.add(read, hint, confirm);
		body.add(box);
		focus(heading);
	}

	private static void focus(H2 heading) {
		heading.getElement().setAttribute("tabindex", "-1");
		heading.getElement().callJsFunction("focus");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("learning.assessment") + " – " + getTranslation("app.name");
	}

}

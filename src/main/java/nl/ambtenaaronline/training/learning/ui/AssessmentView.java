package nl.ambtenaaronline.training.learning.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.settings.SettingsService;
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

	private final Div body = new Div();

	private String courseId = "";

	private Course course;

	AssessmentView(LearningService learning, AssessmentService assessment, ContentService contents,
			SettingsService settings) {
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
			case LOCKED -> body.add(new Paragraph(getTranslation("assessment.status.LOCKED")));
			case IN_PROGRESS -> showQuestion(assessment.openAttempt(courseId));
			case AVAILABLE -> {
				assessment.lastResult(courseId).ifPresent(this::showResult);
				showIntro(progress);
			}
			case COOLDOWN, EXHAUSTED -> {
				assessment.lastResult(courseId).ifPresent(this::showResult);
				showRetry(progress);
			}
			case PASSED -> {
				assessment.lastResult(courseId).ifPresent(this::showResult);
				showAcknowledgement(progress);
			}
		}
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

	private void showResult(AttemptResult result) {
		new ResultPanel(contents, course, getLocale(), body).show(result);
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
			assessment.acknowledge(courseId);
			refresh(null);
		});
		confirm.setDisableOnClick(true);
		body.add(heading, read, confirm);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("learning.assessment") + " – " + getTranslation("app.name");
	}

}

package nl.ambtenaaronline.training.learning.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.CourseDelta;
import nl.ambtenaaronline.training.learning.AssessmentStatus;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.NextStep;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * A course at a glance: progress, the continue button, lessons, scenarios, assessment.
 */
@Route("course/:courseId")
@RolesAllowed(Roles.EMPLOYEE)
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LearningService learning;

	private String title = "";

	CourseView(LearningService learning) {
		this.learning = learning;
		addClassName("ao-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String courseId = event.getRouteParameters().get("courseId").orElse("");
		removeAll();
		Course course;
		CourseProgress progress;
		try {
			course = learning.course(courseId);
			progress = learning.progress(courseId);
		}
		catch (LearningException ex) {
			add(new H1(getTranslation("learning.not-found")));
			return;
		}
		Locale locale = getLocale();
		title = course.title().in(locale);
		add(new H1(title));
		add(new Paragraph(course.summary().in(locale)));
		add(new Paragraph(getTranslation("learning.guideline", course.guideline().title().in(locale),
				course.guideline().version(), course.guideline().date().in(locale), course.durationMinutes())));
		if (progress.refresher()) {
			add(new Paragraph(getTranslation("learning.refresher")));
		}
		if (progress.delta()) {
			Paragraph delta = new Paragraph(getTranslation("learning.delta",
					String.join(", ", course.deltaRecord().map(CourseDelta::rulesToLearn).orElse(List.of()))));
			delta.setId("delta-path");
			add(delta);
		}

		ProgressBar bar = new ProgressBar(0, 100, progress.percent());
		bar.setId("course-progress");
		Span barLabel = new Span(getTranslation("learning.progress", progress.percent()));
		barLabel.setId("course-progress-label");
		bar.getElement().setAttribute("aria-labelledby", "course-progress-label");
		add(barLabel, bar);
		if (!progress.completed() && progress.minutesLeft() > 0) {
			// computed from the content, as the course's duration is
			Paragraph left = new Paragraph(getTranslation("learning.time-left", progress.minutesLeft()));
			left.setId("time-left");
			add(left);
		}

		Button next = continueButton(courseId, progress);
		add(next);

		add(new H2(getTranslation("learning.lessons")));
		UnorderedList lessons = new UnorderedList();
		lessons.addClassName("ao-steps");
		progress.lessons()
			.forEach(lesson -> lessons.add(item(course.lesson(lesson.id()).map(l -> l.title().in(locale)).orElse(""),
					CourseRoutes.lesson(courseId, lesson.id()),
					getTranslation(lesson.read() ? "learning.read" : "learning.not-read"), lesson.read())));
		add(lessons);

		add(new H2(getTranslation("learning.scenarios")));
		UnorderedList scenarios = new UnorderedList();
		scenarios.addClassName("ao-steps");
		progress.scenarios()
			.forEach(scenario -> scenarios.add(item(
					course.scenario(scenario.id()).map(s -> s.title().in(locale)).orElse(""),
					CourseRoutes.scenario(courseId, scenario.id()),
					scenario.passed() ? getTranslation("learning.scenario-passed", scenario.bestPercent())
							: scenario.finished() ? getTranslation("learning.scenario-again", scenario.bestPercent())
									: getTranslation(
											scenario.optional() ? "learning.scenario-optional" : "learning.not-done"),
					scenario.passed())));
		add(scenarios);

		add(new H2(getTranslation("learning.assessment")));
		String status = switch (progress.assessment()) {
			case COOLDOWN -> getTranslation("assessment.status.COOLDOWN",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(TimeConfiguration.ZONE)
						.format(progress.nextAttemptAt()));
			default -> getTranslation("assessment.status." + progress.assessment().name(), progress.attemptsUsed(),
					progress.attemptsAllowed());
		};
		Paragraph assessment = new Paragraph(status);
		assessment.setId("assessment-status");
		add(assessment);
		if (progress.assessment() == AssessmentStatus.AVAILABLE
				|| progress.assessment() == AssessmentStatus.IN_PROGRESS) {
			// the test is offered where it is announced
			Button toAssessment = new Button(getTranslation("assessment.start"),
					click -> getUI().ifPresent(ui -> ui.navigate(CourseRoutes.assessment(courseId))));
			toAssessment.setId("to-assessment");
			add(toAssessment);
		}
		if (progress.completed()) {
			String startAgain = learning.deltaAvailable(courseId) ? "learning.start-delta" : "learning.start-refresher";
			Button again = new Button(getTranslation(startAgain), click -> {
				learning.startRefresher(courseId);
				getUI().ifPresent(ui -> ui.navigate(CourseRoutes.course(courseId)));
			});
			again.setId("start-refresher");
			add(again);
		}
	}

	private Button continueButton(String courseId, CourseProgress progress) {
		NextStep next = progress.next();
		String target = switch (next.kind()) {
			case LESSON -> CourseRoutes.lesson(courseId, next.id());
			case SCENARIO -> CourseRoutes.scenario(courseId, next.id());
			case ASSESSMENT, ACKNOWLEDGE -> CourseRoutes.assessment(courseId);
			case DONE -> "";
		};
		String label = next.kind() == NextStep.Kind.DONE ? getTranslation("learning.completed")
				: getTranslation(progress.started() ? "learning.continue" : "learning.start");
		Button button = new Button(label, click -> getUI().ifPresent(ui -> ui.navigate(target)));
		button.setId("continue");
		button.addThemeVariants(ButtonVariant.PRIMARY);
		button.setEnabled(next.kind() != NextStep.Kind.DONE);
		return button;
	}

	private static ListItem item(String text, String href, String status, boolean done) {
		Anchor link = new Anchor(href, text);
		Span state = new Span(status);
		state.addClassName(done ? "ao-done" : "ao-todo");
		ListItem item = new ListItem(link, new Span(" – "), state);
		return item;
	}

	@Override
	public String getPageTitle() {
		return title + " – " + getTranslation("app.name");
	}

}

package nl.ambtenaaronline.training.learning.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
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
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.Roles;
import org.jspecify.annotations.Nullable;

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
		// before the start the outline says how long it takes
		add(new Paragraph(progress.started()
				? getTranslation("learning.guideline", course.guideline().title().in(locale),
						course.guideline().version(), course.guideline().date().in(locale), course.durationMinutes())
				: getTranslation("learning.guideline.about", course.guideline().title().in(locale),
						course.guideline().version(), course.guideline().date().in(locale))));
		learning.guidelineUrl(courseId)
			.ifPresent(url -> add(GuidelineLink.of(url, course.guideline().title().in(locale))));
		if (progress.refresher()) {
			add(new Paragraph(getTranslation("learning.refresher")));
		}
		if (progress.delta()) {
			Paragraph delta = new Paragraph(getTranslation("learning.delta",
					String.join(", ", course.deltaRecord().map(CourseDelta::rulesToLearn).orElse(List.of()))));
			delta.setId("delta-path");
			add(delta);
		}

		if (!progress.started()) {
			// the route first: how long it takes and one button to the first lesson (in
			// view on a phone too), then what the training holds
			H2 heading = new H2(getTranslation("learning.outline.title"));
			heading.setId("outline-title");
			Paragraph time = new Paragraph(getTranslation("learning.outline.time", progress.minutesLeft()));
			time.setId("outline-time");
			add(heading, time, continueButton(courseId, progress), outline(courseId, course, progress, locale));
			addRefresher(courseId, progress);
			return;
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
		add(continueButton(courseId, progress));
		// the route stays in view, with where the learner stands on it
		H2 heading = new H2(getTranslation("learning.outline.route"));
		heading.setId("outline-title");
		add(heading, outline(courseId, course, progress, locale));
		addRefresher(courseId, progress);
	}

	/**
	 * The route through the course: the lessons, the situations (required first, then the
	 * optional deepening, marked), the test (questions, pass mark, attempts) and the
	 * acknowledgement; with the learner's state of each once they have started.
	 */
	private OrderedList outline(String courseId, Course course, CourseProgress progress, Locale locale) {
		boolean started = progress.started();
		OrderedList route = new OrderedList();
		route.setId("outline");
		route.addClassName("ao-outline");

		UnorderedList lessons = new UnorderedList();
		lessons.setId("outline-lessons");
		lessons.addClassName("ao-steps");
		progress.lessons()
			.forEach(lesson -> lessons.add(item(course.lesson(lesson.id()).map(l -> l.title().in(locale)).orElse(""),
					CourseRoutes.lesson(courseId, lesson.id()),
					started ? getTranslation(lesson.read() ? "learning.read" : "learning.not-read") : null,
					lesson.read())));
		route.add(new ListItem(new H3(getTranslation("learning.lessons")),
				new Paragraph(getTranslation("learning.outline.lessons", progress.lessons().size())), lessons));

		List<CourseProgress.ScenarioProgress> required = progress.scenarios()
			.stream()
			.filter(scenario -> !scenario.optional())
			.toList();
		List<CourseProgress.ScenarioProgress> optional = progress.scenarios()
			.stream()
			.filter(CourseProgress.ScenarioProgress::optional)
			.toList();
		UnorderedList scenarios = new UnorderedList();
		scenarios.setId("outline-scenarios");
		scenarios.addClassName("ao-steps");
		required.forEach(scenario -> scenarios.add(scenarioItem(courseId, course, scenario, started, locale)));
		ListItem situations = new ListItem(new H3(getTranslation("learning.scenarios")),
				new Paragraph(getTranslation("learning.outline.scenarios", required.size())), scenarios);
		if (!optional.isEmpty()) {
			UnorderedList deepening = new UnorderedList();
			deepening.setId("outline-deepening");
			deepening.addClassName("ao-steps");
			optional.forEach(scenario -> deepening.add(scenarioItem(courseId, course, scenario, started, locale)));
			Paragraph about = new Paragraph(getTranslation("learning.outline.deepening", optional.size()));
			about.setId("outline-deepening-intro");
			// optional: folded, so the route to done stays short
			Details more = new Details(getTranslation("learning.outline.deepening-show", optional.size()), deepening);
			more.setId("outline-deepening-details");
			situations.add(about, more);
		}
		route.add(situations);

		ListItem test = new ListItem(new H3(getTranslation("learning.assessment")));
		Paragraph facts = new Paragraph(getTranslation("learning.outline.assessment",
				course.assessment().questionsPerAttempt(), course.assessment().passMark(), progress.attemptsAllowed()));
		facts.setId("assessment-facts");
		test.add(facts);
		String status = switch (progress.assessment()) {
			case COOLDOWN ->
				getTranslation("assessment.status.COOLDOWN", Dates.moment(progress.nextAttemptAt(), locale));
			default -> getTranslation("assessment.status." + progress.assessment().name(), progress.attemptsUsed(),
					progress.attemptsAllowed());
		};
		Paragraph assessment = new Paragraph(status);
		assessment.setId("assessment-status");
		test.add(assessment);
		if (progress.assessment() == AssessmentStatus.AVAILABLE
				|| progress.assessment() == AssessmentStatus.IN_PROGRESS) {
			// the test is offered where it is announced
			Button toAssessment = new Button(getTranslation("assessment.start"),
					click -> getUI().ifPresent(ui -> ui.navigate(CourseRoutes.assessment(courseId))));
			toAssessment.setId("to-assessment");
			test.add(toAssessment);
		}
		route.add(test);

		Paragraph acknowledge = new Paragraph(getTranslation("learning.outline.acknowledge"));
		acknowledge.setId("outline-acknowledge");
		route.add(new ListItem(new H3(getTranslation("learning.outline.acknowledge-title")), acknowledge));
		return route;
	}

	private ListItem scenarioItem(String courseId, Course course, CourseProgress.ScenarioProgress scenario,
			boolean started, Locale locale) {
		String status = scenario.passed() ? getTranslation("learning.scenario-passed", scenario.bestPercent())
				: scenario.finished() ? getTranslation("learning.scenario-again", scenario.bestPercent())
						// before the start the lists say it once: these are to pass,
						// those
						// are deepening
						: started
								? getTranslation(
										scenario.optional() ? "learning.scenario-optional" : "learning.not-done")
								: null;
		return item(course.scenario(scenario.id()).map(s -> s.title().in(locale)).orElse(""),
				CourseRoutes.scenario(courseId, scenario.id()), status, scenario.passed());
	}

	private void addRefresher(String courseId, CourseProgress progress) {
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

	private static ListItem item(String text, String href, @Nullable String status, boolean done) {
		Anchor link = new Anchor(href, text);
		if (status == null) {
			return new ListItem(link);
		}
		Span state = new Span(status);
		state.addClassName(done ? "ao-done" : "ao-todo");
		return new ListItem(link, new Span(" – "), state);
	}

	@Override
	public String getPageTitle() {
		return title + " – " + getTranslation("app.name");
	}

}

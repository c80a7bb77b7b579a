package nl.ambtenaaronline.training.learning.ui;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioChoice;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.ScenarioState;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * Plays a scenario: the situation, the choices as a radio group, a separate confirm
 * (selecting never submits, WCAG 3.2.2), feedback that names the rule with focus moved to
 * it, and the next step chosen by the choice. Its state is read from the stored choices,
 * so it resumes anywhere.
 */
@Route("course/:courseId/scenario/:scenarioId")
@RolesAllowed(Roles.EMPLOYEE)
class ScenarioView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LearningService learning;

	private final ContentService contents;

	private final Div body = new Div();

	private final Paragraph stepper = new Paragraph();

	private String courseId = "";

	private String title = "";

	ScenarioView(LearningService learning, ContentService contents) {
		this.learning = learning;
		this.contents = contents;
		addClassName("ao-page");
		addClassName("ao-scenario");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		courseId = event.getRouteParameters().get("courseId").orElse("");
		String scenarioId = event.getRouteParameters().get("scenarioId").orElse("");
		removeAll();
		Course course = learning.course(courseId);
		Scenario scenario = course.scenario(scenarioId).orElse(null);
		if (scenario == null) {
			add(new H1(getTranslation("learning.not-found")));
			return;
		}
		title = scenario.title().in(getLocale());
		add(new Anchor(CourseRoutes.course(courseId), getTranslation("learning.back-to-course")), stepper,
				new H1(title), body);
		show(course, scenario, learning.openScenario(courseId, scenarioId), null);
	}

	private void show(Course course, Scenario scenario, ScenarioState state, String notice) {
		Stepper.scenario(stepper, learning.progress(courseId), scenario.id());
		Locale locale = getLocale();
		body.removeAll();
		if (notice != null) {
			Paragraph message = new Paragraph(getTranslation(notice));
			message.addClassName("ao-notice");
			message.getElement().setAttribute("role", "status");
			body.add(message);
		}
		if (state.finished()) {
			showEnding(course, scenario, state, locale);
			return;
		}
		ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
		Paragraph counter = new Paragraph(counter(scenario, state));
		counter.setId("step-counter");
		counter.addClassName("ao-step-counter");
		Paragraph situation = new Paragraph(resolve(step.situation().in(locale), locale));
		situation.addClassName("ao-situation");
		situation.setId("situation");

		RadioButtonGroup<Integer> choices = new RadioButtonGroup<>(getTranslation("scenario.what-do-you-do"));
		choices.setId("choices");
		// choice ids in the order drawn for this play: the position on screen means
		// nothing
		choices.setItems(state.orderOf(step.id(), step.choices().size()));
		choices.setItemLabelGenerator(index -> resolve(step.choices().get(index).text().in(locale), locale));

		Button confirm = new Button(getTranslation("scenario.confirm"));
		confirm.setId("confirm-choice");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.setEnabled(false);
		choices.addValueChangeListener(change -> confirm.setEnabled(change.getValue() != null));
		UUID answerId = UUID.randomUUID();
		confirm.addClickListener(click -> {
			Integer index = choices.getValue();
			if (index == null) {
				return;
			}
			try {
				ScenarioState after = learning.choose(courseId, scenario.id(), step.id(), index, answerId);
				showFeedback(course, scenario, step, index, after, locale);
			}
			catch (LearningException ex) {
				show(course, scenario, learning.scenario(courseId, scenario.id()), ex.getMessage());
			}
		});
		// the button on a line of its own under all the choices, not beside the first one
		Div confirmLine = new Div(confirm);
		confirmLine.addClassName("ao-choice-confirm");
		body.add(counter, situation, choices, confirmLine);
		if (!state.choices().isEmpty()) {
			situation.getElement().setAttribute("tabindex", "-1");
			situation.getElement().callJsFunction("focus");
		}
	}

	/**
	 * "Stap 2 van 4" when every route from here is as long, else "Stap 2 van hoogstens
	 * 4": the steps behind the learner plus the longest route from this step to an ending
	 * (a branching scenario has no fixed number of steps).
	 */
	private String counter(Scenario scenario, ScenarioState state) {
		int number = state.choices().size() + 1;
		Scenario.StepsLeft left = scenario.stepsLeft(state.currentStep());
		int most = number - 1 + left.most();
		return left.exact() ? getTranslation("scenario.step-of", number, most)
				: getTranslation("scenario.step-of-at-most", number, most);
	}

	private void showFeedback(Course course, Scenario scenario, ScenarioStep step, int index, ScenarioState after,
			Locale locale) {
		body.removeAll();
		ScenarioChoice choice = step.choices().get(index);
		Div feedback = new Div();
		feedback.setId("feedback");
		feedback.addClassName("ao-feedback");
		feedback.addClassName("ao-feedback-" + choice.score());
		feedback.getElement().setAttribute("tabindex", "-1");
		feedback.getElement().setAttribute("role", "region");
		feedback.getElement().setAttribute("aria-labelledby", "feedback-title");
		H2 verdict = new H2(getTranslation("scenario.verdict." + choice.score()));
		verdict.setId("feedback-title");
		Paragraph chosen = new Paragraph(
				getTranslation("scenario.you-chose", resolve(choice.text().in(locale), locale)));
		Paragraph explanation = new Paragraph(resolve(choice.feedback().in(locale), locale));
		feedback.add(verdict, chosen, explanation, new RuleTags(course, choice.rules(), locale));
		// whether and how this situation counts: a learner who moves on after "Dit mag
		// niet" knows what passing needs and that a replay opens the final test
		Paragraph counts = new Paragraph(
				scenario.deepening() ? getTranslation("scenario.counts-deepening") : getTranslation(
						after.finished() ? "scenario.counts-last" : "scenario.counts", course.passMarkOf(scenario)));
		counts.setId("scenario-counts");
		counts.addClassName("ao-scenario-counts");
		feedback.add(counts);
		Button next = new Button(getTranslation(after.finished() ? "scenario.to-ending" : "scenario.next"),
				click -> show(course, scenario, learning.scenario(courseId, scenario.id()), null));
		next.setId("next-step");
		next.addThemeVariants(ButtonVariant.PRIMARY);
		body.add(feedback, next);
		feedback.getElement().callJsFunction("focus");
	}

	private void showEnding(Course course, Scenario scenario, ScenarioState state, Locale locale) {
		Div ending = new Div();
		ending.setId("ending");
		ending.addClassName("ao-ending");
		ending.getElement().setAttribute("tabindex", "-1");
		H2 heading = new H2(getTranslation("scenario.ending"));
		Paragraph score = new Paragraph(getTranslation(state.passed() ? "scenario.passed" : "scenario.not-passed",
				state.percent(), course.passMarkOf(scenario)));
		score.setId("scenario-score");
		Paragraph summary = new Paragraph(
				resolve(scenario.ending(state.ending()).map(e -> e.summary().in(locale)).orElse(""), locale));
		ending.add(heading, score, summary);
		Component action;
		if (state.passed()) {
			// on to the step the learner continues with (the next situation, the test)
			action = new Button(getTranslation("scenario.to-next"), click -> getUI()
				.ifPresent(ui -> ui.navigate(Stepper.next(courseId, learning.progress(courseId).next()))));
		}
		else {
			action = new Button(getTranslation("scenario.replay"),
					click -> show(course, scenario, learning.replay(courseId, scenario.id()), null));
		}
		((Button) action).setId("scenario-done");
		((Button) action).addThemeVariants(ButtonVariant.PRIMARY);
		Button replay = new Button(getTranslation("scenario.replay"),
				click -> show(course, scenario, learning.replay(courseId, scenario.id()), null));
		replay.setId("scenario-replay");
		body.add(ending, action);
		if (state.passed()) {
			body.add(replay);
		}
		ending.getElement().callJsFunction("focus");
	}

	private String resolve(String text, Locale locale) {
		return contents.resolvePlaceholders(text, locale);
	}

	@Override
	public String getPageTitle() {
		return title + " – " + getTranslation("app.name");
	}

}

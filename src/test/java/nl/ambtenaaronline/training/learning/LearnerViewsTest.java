package nl.ambtenaaronline.training.learning;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.security.AccountService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner's screens without a browser, as the demo employee. */
@IntegrationTest
class LearnerViewsTest extends SpringBrowserlessTest {

	static final String COURSE = "social-media";

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	AuthenticationProvider provider;

	@Test
	@WithUserDetails("medewerker")
	void mijnTrainingShowsTheCourseWithProgressAndOneButtonToStart() {
		navigate("", Main.class);
		assertThat($(H1.class).first().getText()).isEqualTo("Mijn training");
		assertThat($(Button.class).withId("go-" + COURSE).single().getText()).isIn("Beginnen", "Verder gaan");
		assertThat($(ProgressBar.class).all()).isNotEmpty();
	}

	@Test
	@WithUserDetails("medewerker")
	void theCourseOverviewListsLessonsScenariosAndTheLockedAssessment() {
		Course course = contents.current(COURSE).orElseThrow();
		navigate("course/" + COURSE, Main.class);
		assertThat($(H1.class).first().getText()).isEqualTo(course.title().nl());
		assertThat($(Paragraph.class).withId("assessment-status").single().getText()).contains("eindtoets");
		assertThat($(Button.class).withId("continue").single().isEnabled()).isTrue();
	}

	@Test
	@WithUserDetails("medewerker")
	void aLessonShowsItsSectionsWithTheirRulesAndMarksItselfRead() {
		Course course = contents.current(COURSE).orElseThrow();
		String lesson = course.lessons().getFirst().id();
		navigate("course/" + COURSE + "/lesson/" + lesson, Main.class);
		assertThat($(H1.class).first().getText()).isEqualTo(course.lessons().getFirst().title().nl());
		assertThat($(Html.class).all()).anyMatch(html -> "ao-markdown".equals(html.getElement().getAttribute("class")));
		test($(Button.class).withId("mark-read").single()).click();
		assertThat(learning.progress(COURSE).lessons().getFirst().read()).isTrue();
	}

	@Test
	@WithUserDetails("medewerker")
	@SuppressWarnings("unchecked")
	void aScenarioStoresTheConfirmedChoiceAndShowsFeedbackNamingTheRule() {
		Course course = contents.current(COURSE).orElseThrow();
		Scenario scenario = course.scenarios().get(1);
		ScenarioState before = learning.scenario(COURSE, scenario.id());
		if (before.finished()) {
			learning.replay(COURSE, scenario.id());
		}
		navigate("course/" + COURSE + "/scenario/" + scenario.id(), Main.class);
		ScenarioStep step = scenario.step(learning.scenario(COURSE, scenario.id()).currentStep()).orElseThrow();
		RadioButtonGroup<Integer> choices = $(RadioButtonGroup.class).withId("choices").single();
		Button confirm = $(Button.class).withId("confirm-choice").single();
		assertThat(confirm.isEnabled()).as("selecting never submits by itself").isFalse();
		test(choices).selectItem(step.choices().getFirst().text().nl());
		assertThat(learning.scenario(COURSE, scenario.id()).choices()).as("nothing stored before confirming")
			.hasSize(before.finished() ? 0 : before.choices().size());
		test(confirm).click();
		Div feedback = $(Div.class).withId("feedback").single();
		assertThat(feedback.getElement().getTextRecursively()).contains(step.choices().getFirst().rules().getFirst());
		assertThat(learning.scenario(COURSE, scenario.id()).choices().getLast().stepId()).isEqualTo(step.id());
	}

	@Test
	void theAssessmentShowsTheOptionsInTheOrderDrawnForTheAttemptAndTheSameOrderWhenTheLearnerReturns() {
		Course course = contents.current(COURSE).orElseThrow();
		Learners learners = new Learners(employees, accounts, provider);
		String me = learners.create("vieworder");
		learners.run(me, () -> {
			Learners.prepareAssessment(learning, course);
			navigate("course/" + COURSE + "/assessment", Main.class);
			test($(Button.class).withId("start-assessment").single()).click();
			AttemptView attempt = assessment.openAttempt(COURSE);
			String question = attempt.questionIds().getFirst();
			List<Integer> drawn = attempt.orderOf(question, course.question(question).orElseThrow().options().size());
			assertThat(shownOptions()).isEqualTo(drawn);
			navigate("", Main.class);
			navigate("course/" + COURSE + "/assessment", Main.class);
			assertThat(shownOptions()).as("resumed: the same order").isEqualTo(drawn);
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void aScenarioShowsItsChoicesInTheOrderDrawnForThePlayAndTheSameOrderAfterAReload() {
		Course course = contents.current(COURSE).orElseThrow();
		Scenario scenario = course.scenarios().get(3);
		Learners learners = new Learners(employees, accounts, provider);
		String me = learners.create("viewplay");
		learners.run(me, () -> {
			navigate("course/" + COURSE + "/scenario/" + scenario.id(), Main.class);
			ScenarioState stored = learning.scenario(COURSE, scenario.id());
			assertThat(stored.playNo()).as("the play and its order are stored when shown").isEqualTo(1);
			List<Integer> drawn = stored.orderOf(scenario.start(), scenario.startStep().choices().size());
			RadioButtonGroup<Integer> choices = $(RadioButtonGroup.class).withId("choices").single();
			assertThat(choices.getListDataView().getItems().toList()).isEqualTo(drawn);
			navigate("course/" + COURSE + "/scenario/" + scenario.id(), Main.class);
			choices = $(RadioButtonGroup.class).withId("choices").single();
			assertThat(choices.getListDataView().getItems().toList()).as("reloaded: the same order").isEqualTo(drawn);
		});
	}

	@SuppressWarnings("unchecked")
	private List<Integer> shownOptions() {
		Component answer = $(Component.class).withId("answer").single();
		if (answer instanceof RadioButtonGroup<?> radios) {
			return ((RadioButtonGroup<Integer>) radios).getListDataView().getItems().toList();
		}
		return ((CheckboxGroup<Integer>) answer).getListDataView().getItems().toList();
	}

	@Test
	@WithUserDetails("medewerker")
	void theAssessmentStaysLockedUntilLessonsAndScenariosAreDone() {
		navigate("course/" + COURSE + "/assessment", Main.class);
		assertThat($(Button.class).withId("start-assessment").all()).isEmpty();
		assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
			.anyMatch(text -> text.contains("alle lessen"));
	}

}

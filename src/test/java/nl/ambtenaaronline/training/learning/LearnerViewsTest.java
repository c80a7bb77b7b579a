package nl.ambtenaaronline.training.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner's screens without a browser, as the demo employee. */
@IntegrationTest
class LearnerViewsTest extends SpringBrowserlessTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	AccountService accounts;

	@Autowired
	AssignmentService assignments;

	@Autowired
	LearningRecords records;

	@Autowired
	SettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("medewerker")
	void mijnTrainingShowsTheCourseWithProgressAndOneButtonToStart() {
		navigate("", Main.class);
		assertThat($(H1.class).first().getText()).isEqualTo("Mijn training");
		assertThat($(Button.class).withId("go-" + COURSE).single().getText()).isIn("Beginnen", "Verder gaan");
		assertThat($(ProgressBar.class).all()).isNotEmpty();
	}

	@Test
	@WithUserDetails("hr")
	void theLearnersOwnLateTrainingIsMarkedInRedAsHrAndTheManagerSeeIt() {
		AssignmentView own = assignments.mine()
			.stream()
			.filter(a -> a.courseId().equals(COURSE))
			.findFirst()
			.orElseThrow();
		assertThat(own.status().late()).as("the demo's HR user is late with their own training").isTrue();
		// the start page of HR's session was the reports; the second visit is Mijn
		// training
		navigate("", Main.class);
		Section card = $(Section.class).withId("course-" + COURSE).single();
		assertThat(card.getClassNames()).contains("ao-card-todo", "ao-must-act");
		Paragraph status = $(Paragraph.class).withId("status-" + COURSE).single();
		assertThat(status.getClassNames()).contains("ao-late-status");
		assertThat(status.getText()).isIn("Te laat", "Verlopen");
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

	@Test
	void theLockedAssessmentListsEachLessonNotReadAndEachRequiredSituationNotPassedWithAButtonToTheNext() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("locked");
		learners.run(me, () -> {
			List<Lesson> lessons = course.lessons();
			lessons.subList(0, lessons.size() - 1).forEach(lesson -> learning.markLessonRead(COURSE, lesson.id()));
			List<Scenario> required = course.mainScenarios();
			Learners.play(learning, course, required.get(0), true);
			ScenarioState failed = Learners.play(learning, course, required.get(1), false);
			assertThat(learning.progress(COURSE).scenarios().get(1).passed()).as("the worst choices fail").isFalse();

			navigate("course/" + COURSE + "/assessment", Main.class);
			assertThat($(Button.class).withId("start-assessment").all()).isEmpty();
			List<String> items = $(UnorderedList.class).withId("assessment-missing-items")
				.single()
				.getChildren()
				.map(item -> item.getElement().getTextRecursively())
				.toList();
			List<String> expected = new java.util.ArrayList<>();
			expected.add("Les " + lessons.size() + ": " + lessons.getLast().title().nl() + " – nog niet gelezen");
			expected.add("Situatie 2: " + required.get(1).title().nl() + " – "
					+ learning.progress(COURSE).scenarios().get(1).bestPercent()
					+ "%, nog niet gehaald: speel hem opnieuw");
			for (int i = 2; i < required.size(); i++) {
				expected.add("Situatie " + (i + 1) + ": " + required.get(i).title().nl() + " – nog niet gehaald");
			}
			assertThat(items).containsExactlyElementsOf(expected);
			assertThat(failed.finished()).isTrue();
			List<String> links = $(Anchor.class).all()
				.stream()
				.filter(a -> a.getParent().filter(ListItem.class::isInstance).isPresent())
				.map(Anchor::getHref)
				.toList();
			assertThat(links).contains("course/" + COURSE + "/lesson/" + lessons.getLast().id(),
					"course/" + COURSE + "/scenario/" + required.get(1).id());

			NextStep next = learning.progress(COURSE).next();
			Button go = $(Button.class).withId("continue-missing").single();
			String nextTitle = next.kind() == NextStep.Kind.LESSON ? course.lesson(next.id()).orElseThrow().title().nl()
					: course.scenario(next.id()).orElseThrow().title().nl();
			assertThat(go.getText()).isEqualTo("Ga verder met: " + nextTitle);
			test(go).click();
			assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("course/" + COURSE + "/"
					+ (next.kind() == NextStep.Kind.LESSON ? "lesson/" : "scenario/") + next.id());
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void afterAWrongChoiceTheFeedbackSaysWhatPassingTheSituationNeedsAndThatTheTestWaitsForIt() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("counts");
		learners.run(me, () -> {
			Scenario scenario = course.mainScenarios().getFirst();
			navigate("course/" + COURSE + "/scenario/" + scenario.id(), Main.class);
			ScenarioStep step = scenario.step(learning.scenario(COURSE, scenario.id()).currentStep()).orElseThrow();
			int worst = Learners.worstIndex(step);
			test($(RadioButtonGroup.class).withId("choices").single())
				.selectItem(step.choices().get(worst).text().nl());
			test($(Button.class).withId("confirm-choice").single()).click();
			assertThat($(H2.class).withId("feedback-title").single().getText()).isNotEqualTo("Goed gedaan");
			String counts = $(Paragraph.class).withId("scenario-counts").single().getText();
			assertThat(counts).contains("minstens " + course.passMarkOf(scenario) + "%")
				.contains("speel je hem opnieuw")
				.contains("eindtoets");
		});
	}

	@Test
	void afterPassingTheAcknowledgementComesBeforeTheExplanationsAndMijnTrainingSaysOnlyThatOneStepIsLeftAndByWhen() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("ackfirst");
		ListenersQuiet.await(jdbc);
		long employee = learners.as(me, () -> accounts.current().orElseThrow().employeeId());
		SystemAuthentication.run(() -> assignments.reconcile(List.of(employee)));
		learners.run(me, () -> {
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(COURSE);
			Learners.answerAll(assessment, course, attempt, true);
			assessment.submit(attempt.attemptId());

			navigate("course/" + COURSE + "/assessment", Main.class);
			Div step = $(Div.class).withId("acknowledge-step").single();
			Div result = $(Div.class).withId("result").single();
			Component body = step.getParent().orElseThrow();
			assertThat(result.getParent()).contains(body);
			List<Component> order = body.getChildren().toList();
			assertThat(order.indexOf(step)).as("the step that completes the course comes first")
				.isZero()
				.isLessThan(order.indexOf(result));
			assertThat($(Paragraph.class).withId("acknowledge-first").single().getText()).contains("Nog 1 stap");

			navigate("", Main.class);
			CourseProgress progress = learning.progress(COURSE);
			assertThat($(Paragraph.class).withId("status-" + COURSE).single().getText())
				.isEqualTo("Nog 1 stap: bevestigen");
			assertThat($(Button.class).withId("go-" + COURSE).single().getText()).isEqualTo("Bevestigen");
			assertThat($(Paragraph.class).withId("due-" + COURSE).all()).as("no second task").isEmpty();
			// the one step still has a deadline: a late person stays late until it is
			// done
			AssignmentView open = assignments.mine()
				.stream()
				.filter(a -> a.courseId().equals(COURSE))
				.findFirst()
				.orElseThrow();
			String due = Dates.day(open.dueOn(), Locale.of("nl"));
			assertThat($(Paragraph.class).withId("acknowledge-by-" + COURSE).single().getText()).isEqualTo(
					open.status().late() ? "De termijn was " + due + ". Bevestig nu, dan is je training afgerond."
							: "Bevestig uiterlijk " + due + ", dan is je training op tijd afgerond.");
			assertThat($(Paragraph.class).withId("time-left-" + COURSE).all()).isEmpty();
			// nothing left to read, but not done: not 100 yet
			assertThat(progress.minutesLeft()).isZero();
			assertThat(progress.percent()).isEqualTo(99);

			test($(Button.class).withId("go-" + COURSE).single()).click();
			test($(Checkbox.class).withId("acknowledge-read").single()).click();
			test($(Button.class).withId("acknowledge").single()).click();
			assertThat(learning.progress(COURSE).completed()).isTrue();
		});
	}

	@Test
	void aCompletionRecordedElsewhereMakesTheCardDoneWithoutOnlineProgressToShow() {
		String me = learners.create("classroom");
		ListenersQuiet.await(jdbc);
		long employee = learners.as(me, () -> accounts.current().orElseThrow().employeeId());
		SystemAuthentication.run(() -> assignments.recordClassroom(employee, COURSE,
				LocalDate.now(TimeConfiguration.ZONE).minusMonths(2), "Trainer van de afdeling"));
		learners.run(me, () -> {
			assertThat(learning.progress(COURSE).started()).as("nothing done online").isFalse();
			navigate("", Main.class);
			Section card = $(Section.class).withId("course-" + COURSE).single();
			assertThat(card.getClassNames()).contains("ao-card-done").doesNotContain("ao-card-todo");
			assertThat($(Paragraph.class).withId("valid-until-" + COURSE).single().getText()).startsWith("Geldig tot ");
			assertThat($(Button.class).withId("go-" + COURSE).single().getText())
				.isEqualTo("Training opnieuw bekijken");
			assertThat($(Span.class).withId("progress-label-" + COURSE).all()).as("no 0 % beside a done course")
				.isEmpty();
			// and the list of completed trainings says so too
			assertThat($(UnorderedList.class).id("completions").getElement().getTextRecursively())
				.contains("afgerond op "
						+ Dates.day(LocalDate.now(TimeConfiguration.ZONE).minusMonths(2), Locale.of("nl")))
				.contains("klassikaal of eerder vastgelegd");
		});
	}

	@Test
	void aCompletedCourseLooksDoneWithTheCertificateAndHowLongItIsValid() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("donedone");
		learners.run(me, () -> Learners.passCourse(learning, assessment, course));
		ListenersQuiet.await(jdbc);
		long employee = learners.as(me, () -> accounts.current().orElseThrow().employeeId());
		SystemAuthentication.run(() -> assignments.reconcile(List.of(employee)));
		learners.run(me, () -> {
			CompletionSummary completion = records.myCompletions().getFirst();
			LocalDate validUntil = LocalDate.ofInstant(completion.passedAt(), TimeConfiguration.ZONE)
				.plusMonths(course.certificate().validityMonths());
			Locale nl = Locale.of("nl");

			navigate("course/" + COURSE + "/assessment", Main.class);
			assertThat($(H2.class).withId("course-completed").all()).hasSize(1);
			assertThat($(Paragraph.class).withId("valid-until").single().getText())
				.isEqualTo("Geldig tot " + Dates.day(validUntil, nl) + ".");
			assertThat($(Anchor.class).withId("certificate-link").single().getHref()).isEqualTo("certificates");
			// and the way back to the start page, which says whether more training waits
			assertThat($(Anchor.class).withId("to-my-training").single().getHref()).isEmpty();
			// the last page links the guideline's own text, as the demo sets it
			assertThat($(Anchor.class).withId("guideline-link").single().getHref())
				.isEqualTo(settings.text("course." + COURSE + ".guideline-url"))
				.isEqualTo("https://gemeente.example/richtlijn-social-media");

			navigate("", Main.class);
			Section card = $(Section.class).withId("course-" + COURSE).single();
			assertThat(card.getClassNames()).contains("ao-card-done").doesNotContain("ao-card-todo");
			AssignmentView open = assignments.mine()
				.stream()
				.filter(a -> a.courseId().equals(COURSE))
				.findFirst()
				.orElseThrow();
			assertThat(open.status()).isEqualTo(AssignmentStatus.COMPLETED);
			// the repeat is due when the certificate ends (both 24 months) and can be
			// done now: no "from" date that the expiry reminders (60 days before)
			// contradict
			assertThat(open.dueOn()).isEqualTo(open.validUntil());
			assertThat($(Paragraph.class).withId("valid-until-" + COURSE).single().getText())
				.isEqualTo("Geldig tot " + Dates.day(open.validUntil(), nl)
						+ ". Herhaal de training v\u00f3\u00f3r die datum; dat kan nu al.");
			assertThat($(Paragraph.class).withId("due-" + COURSE).all()).as("no due date that reads like a new task")
				.isEmpty();
			// done: the certificate is the main action, first and primary
			Anchor certificate = $(Anchor.class).withId("certificate-" + COURSE).single();
			assertThat(certificate.getHref()).isEqualTo("certificates");
			assertThat(certificate.getClassNames()).contains("ao-button-link-primary");
			Button again = $(Button.class).withId("go-" + COURSE).single();
			assertThat(again.getText()).isEqualTo("Training opnieuw bekijken");
			assertThat(again.getThemeNames()).doesNotContain("primary");
			assertThat(certificate.getParent().orElseThrow().getChildren().toList()).containsExactly(certificate,
					again);
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void withQuestionsOpenTheSubmitDialogLeadsToTheFirstOpenQuestionAndOnlyTheOtherButtonSubmits() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("submitopen");
		learners.run(me, () -> {
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(COURSE);
			// every question answered but the second and the last
			for (int i = 0; i < attempt.questionIds().size(); i++) {
				if (i != 1 && i != attempt.questionIds().size() - 1) {
					String id = attempt.questionIds().get(i);
					assessment.answer(attempt.attemptId(), id, Learners.correct(course.question(id).orElseThrow()),
							UUID.randomUUID());
				}
			}
			navigate("course/" + COURSE + "/assessment", Main.class);
			test($(Button.class).withId("submit-assessment").single()).click();
			ConfirmDialog dialog = $(ConfirmDialog.class).single();
			assertThat(test(dialog).getText()).startsWith("Je hebt 2 vragen nog niet beantwoord.");
			Button toOpen = $(Button.class).withId("submit-first-open").single();
			assertThat(toOpen.getElement().getAttribute("slot")).as("the dialog's confirm button: Enter")
				.isEqualTo("confirm-button");
			assertThat(toOpen.getThemeNames()).contains(ButtonVariant.PRIMARY.getVariantName());
			assertThat(toOpen.isAutofocus()).isTrue();
			Button anyway = $(Button.class).withId("submit-anyway").single();
			assertThat(anyway.getThemeNames()).doesNotContain(ButtonVariant.PRIMARY.getVariantName());

			test(toOpen).click();
			assertThat(assessment.attempt(attempt.attemptId()).position()).isEqualTo(1);
			assertThat($(Paragraph.class).withId("question-counter").single().getText()).startsWith("Vraag 2 ");
			assertThat(learning.progress(COURSE).assessment()).as("nothing submitted")
				.isEqualTo(AssessmentStatus.IN_PROGRESS);

			test($(Button.class).withId("submit-assessment").single()).click();
			test($(Button.class).withId("submit-anyway").single()).click();
			assertThat(learning.progress(COURSE).assessment()).isNotEqualTo(AssessmentStatus.IN_PROGRESS);
			assertThat($(Div.class).withId("result").all()).hasSize(1);
		});
	}

	@Test
	void aPassedTestShowsTheRightAnswerToTheQuestionsAnsweredWrong() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("passed-one-wrong");
		learners.run(me, () -> {
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(COURSE);
			Learners.answerAll(assessment, course, attempt, true);
			String first = attempt.questionIds().getFirst();
			Question question = course.question(first).orElseThrow();
			assessment.answer(attempt.attemptId(), first, Learners.wrongSelection(question), UUID.randomUUID());
			assertThat(assessment.submit(attempt.attemptId()).passed()).isTrue();
			navigate("course/" + COURSE + "/assessment", Main.class);
			String text = markup($(Div.class).withClassName("ao-wrong").single()).text();
			assertThat(text).contains("Goed antwoord: ");
			assertThat($(Paragraph.class).withId("right-answers-later").exists()).isFalse();
		});
	}

	@Test
	void afterTheLastFailedAttemptTheWayToHrWithTheContactComesFirst() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("exhausted");
		String contact = settings.text("contact.support");
		assertThat(contact).as("the demo sets a contact").isNotBlank();
		learners.run(me, () -> {
			Learners.prepareAssessment(learning, course);
			for (int i = 0; i < course.assessment().maxAttempts(); i++) {
				AttemptView attempt = assessment.openAttempt(COURSE);
				Learners.answerAll(assessment, course, attempt, false);
				assessment.submit(attempt.attemptId());
			}
			navigate("course/" + COURSE + "/assessment", Main.class);
			Div exhausted = $(Div.class).withId("attempts-exhausted").single();
			Div result = $(Div.class).withId("result").single();
			List<Component> order = exhausted.getParent().orElseThrow().getChildren().toList();
			assertThat(order.indexOf(exhausted)).isZero().isLessThan(order.indexOf(result));
			Paragraph hrContact = $(Paragraph.class).withId("hr-contact").single();
			assertThat(hrContact.getElement().getTextRecursively()).isEqualTo("Contact: " + contact);
			// one tap to HR on a phone: the address and the number are links
			assertThat(
					hrContact.getChildren().filter(Anchor.class::isInstance).map(anchor -> ((Anchor) anchor).getHref()))
				.containsExactly("mailto:hr-servicepunt@gemeente.example", "tel:14020");
			assertThat(exhausted.getElement().getTextRecursively()).contains("Wat nu");

			// a wrong answer: why the answer given is not right (not the right option's
			// "Goed."), the rule's paraphrase before its code, and the section to reread
			AttemptResult.WrongAnswer wrong = assessment.lastResult(COURSE).orElseThrow().wrong().getFirst();
			Question question = course.question(wrong.questionId()).orElseThrow();
			// a wrong answer is one element with its markup (one state node, not dozens)
			org.jsoup.nodes.Element item = markup($(Div.class).withClassName("ao-wrong").first());
			String text = item.text();
			Locale nl = Locale.of("nl");
			// HR can grant another attempt: the right options are no key to the next one
			assertThat(result.getElement().getTextRecursively()).doesNotContain("Goed antwoord");
			// no attempt left: a new attempt comes from HR, not "you can take it again"
			assertThat($(Paragraph.class).withId("right-answers-later").single().getText())
				.startsWith("Het goede antwoord staat hier niet: geeft HR je een extra poging");
			wrong.chosen()
				.forEach(i -> assertThat(text)
					.contains(contents.resolvePlaceholders(question.options().get(i).feedback().nl(), nl)));
			question.options()
				.stream()
				.filter(QuestionOption::correct)
				.forEach(option -> assertThat(text)
					.doesNotContain(contents.resolvePlaceholders(option.feedback().nl(), nl)));
			org.jsoup.nodes.Element tag = item.selectFirst(".ao-rules[role=list] > .ao-rule[role=listitem]");
			assertThat(tag).isNotNull();
			assertThat(tag.child(0).text()).as("the paraphrase leads")
				.isEqualTo(course.catalogue().rule(question.rules().getFirst()).orElseThrow().text().nl());
			assertThat(tag.child(1).text()).startsWith(question.rules().getFirst() + " · ");
			org.jsoup.nodes.Element reread = item.selectFirst("a.ao-reread");
			assertThat(reread).isNotNull();
			Lesson lesson = course.lessons()
				.stream()
				.filter(l -> l.sections().stream().anyMatch(sec -> sec.rules().contains(question.rules().getFirst())))
				.findFirst()
				.orElseThrow();
			int section = 1 + lesson.sections()
				.indexOf(lesson.sections()
					.stream()
					.filter(sec -> sec.rules().contains(question.rules().getFirst()))
					.findFirst()
					.orElseThrow());
			assertThat(reread.attr("href"))
				.isEqualTo("course/" + COURSE + "/lesson/" + lesson.id() + "#section-" + section);
			assertThat(reread.text()).startsWith("Lees opnieuw: " + lesson.title().nl());
		});
	}

	@Test
	void mijnTrainingAndTheOverviewShowTheTimeLeftComputedFromTheCourseAndProgressCountsTheTest() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("timeleft");
		learners.run(me, () -> {
			navigate("", Main.class);
			assertThat($(Paragraph.class).withId("time-left-" + COURSE).single().getText())
				.isEqualTo("Nog ± " + course.durationMinutes() + " min.");

			course.lessons().forEach(lesson -> learning.markLessonRead(COURSE, lesson.id()));
			int afterLessons = course.remaining(List.of(), course.mainScenarios(), true).minutes();
			assertThat(afterLessons).isLessThan(course.durationMinutes());
			navigate("course/" + COURSE, Main.class);
			assertThat($(Paragraph.class).withId("time-left").single().getText())
				.isEqualTo("Nog ± " + afterLessons + " min");

			course.scenarios().forEach(scenario -> Learners.play(learning, course, scenario, true));
			CourseProgress before = learning.progress(COURSE);
			assertThat(before.minutesLeft()).as("the test is left")
				.isEqualTo(course.remaining(List.of(), List.of(), true).minutes())
				.isPositive();
			int whole = course.length().main().seconds();
			int test = course.remaining(List.of(), List.of(), true).seconds();
			assertThat(before.percent()).as("everything but the test: the test counts as long as it takes")
				.isEqualTo((whole - test) * 100 / whole);
			navigate("course/" + COURSE, Main.class);
			assertThat($(Button.class).withId("to-assessment").single().getText()).isEqualTo("Toets beginnen");
		});
	}

	@Test
	void lessonsAndScenariosSayWhereTheLearnerIsAndHowLongIsLeftAndAPassedScenarioLeadsToTheNextStep() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("stepper");
		learners.run(me, () -> {
			navigate("course/" + COURSE + "/lesson/" + course.lessons().get(1).id(), Main.class);
			assertThat($(Paragraph.class).withId("stepper").single().getText())
				.isEqualTo("Les 2 van " + course.lessons().size() + " · nog ± " + course.durationMinutes() + " min");

			course.lessons().forEach(lesson -> learning.markLessonRead(COURSE, lesson.id()));
			List<Scenario> required = course.mainScenarios();
			Learners.play(learning, course, required.getFirst(), true);
			int left = learning.progress(COURSE).minutesLeft();
			navigate("course/" + COURSE + "/scenario/" + required.getFirst().id(), Main.class);
			assertThat($(Paragraph.class).withId("stepper").single().getText())
				.isEqualTo("Situatie 1 van " + required.size() + " · nog ± " + left + " min");
			Button next = $(Button.class).withId("scenario-done").single();
			assertThat(next.getText()).isEqualTo("Volgende");
			test(next).click();
			assertThat(UI.getCurrent().getActiveViewLocation().getPath())
				.isEqualTo("course/" + COURSE + "/scenario/" + required.get(1).id());
			assertThat($(Paragraph.class).withId("stepper").single().getText())
				.startsWith("Situatie 2 van " + required.size() + " · ");
		});
	}

	@Test
	void aLearnerWhoHasNotStartedSeesTheRouteFirstAndOneButtonToTheFirstLesson() {
		Course course = contents.current(COURSE).orElseThrow();
		String me = learners.create("outline");
		learners.run(me, () -> {
			navigate("", Main.class);
			test($(Button.class).withId("go-" + COURSE).single()).click();
			assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as("Beginnen leads to the outline")
				.isEqualTo("course/" + COURSE);

			assertThat($(H2.class).withId("outline-title").single().getText()).isEqualTo("Zo ziet je training eruit");
			// the time from the content, as the course's duration is computed
			int minutes = course.remaining(course.lessons(), course.mainScenarios(), true).minutes();
			assertThat(minutes).isEqualTo(course.durationMinutes());
			assertThat($(Paragraph.class).withId("outline-time").single().getText())
				.startsWith("Je bent er ± " + minutes + " min mee bezig, in vier stappen.");
			assertThat(titles("outline-lessons"))
				.containsExactlyElementsOf(course.lessons().stream().map(lesson -> lesson.title().nl()).toList());
			assertThat(titles("outline-scenarios")).as("the required situations")
				.containsExactlyElementsOf(course.mainScenarios().stream().map(s -> s.title().nl()).toList());
			List<Scenario> deepening = course.scenarios().stream().filter(Scenario::deepening).toList();
			assertThat(deepening).isNotEmpty();
			assertThat(titles("outline-deepening")).as("the optional ones, apart")
				.containsExactlyElementsOf(deepening.stream().map(s -> s.title().nl()).toList());
			assertThat($(Paragraph.class).withId("outline-deepening-intro").single().getText())
				.startsWith("Verdieping, niet verplicht: " + deepening.size() + " situaties");
			Details folded = $(Details.class).withId("outline-deepening-details").single();
			assertThat(folded.isOpened()).as("optional, so folded").isFalse();
			assertThat(folded.getSummaryText()).isEqualTo("Toon de " + deepening.size() + " situaties voor verdieping");
			assertThat($(Paragraph.class).withId("assessment-facts").single().getText())
				.isEqualTo(course.assessment().questionsPerAttempt() + " vragen. Je hebt "
						+ course.assessment().passMark() + "% goed nodig om te slagen en je hebt "
						+ course.assessment().maxAttempts() + " pogingen.");
			assertThat($(Paragraph.class).withId("outline-acknowledge").single().getText()).contains("bevestig");
			assertThat($(ProgressBar.class).all()).as("nothing to show progress on yet").isEmpty();
			assertThat($(Anchor.class).withId("guideline-link").single().getHref())
				.isEqualTo("https://gemeente.example/richtlijn-social-media");

			List<Button> primary = $(Button.class).all()
				.stream()
				.filter(button -> button.getThemeNames().contains(ButtonVariant.PRIMARY.getVariantName()))
				.toList();
			assertThat(primary).hasSize(1);
			assertThat(primary.getFirst().getText()).isEqualTo("Beginnen");
			// in view on a phone: the button comes before the route, not after it
			List<Component> page = primary.getFirst().getParent().orElseThrow().getChildren().toList();
			assertThat(page.indexOf(primary.getFirst()))
				.isLessThan(page.indexOf($(OrderedList.class).withId("outline").single()));
			test(primary.getFirst()).click();
			assertThat(UI.getCurrent().getActiveViewLocation().getPath())
				.isEqualTo("course/" + COURSE + "/lesson/" + course.lessons().getFirst().id());

			// started: Mijn training goes on where the learner was, the outline stays
			learning.markLessonRead(COURSE, course.lessons().getFirst().id());
			navigate("", Main.class);
			test($(Button.class).withId("go-" + COURSE).single()).click();
			assertThat(UI.getCurrent().getActiveViewLocation().getPath())
				.isEqualTo("course/" + COURSE + "/lesson/" + course.lessons().get(1).id());
			navigate("course/" + COURSE, Main.class);
			assertThat($(Button.class).withId("continue").single().getText()).isEqualTo("Verder gaan");
			assertThat($(H2.class).withId("outline-title").single().getText()).isEqualTo("Je route");
			assertThat(titles("outline-lessons")).hasSize(course.lessons().size());
			assertThat($(UnorderedList.class).withId("outline-lessons").single().getElement().getTextRecursively())
				.contains("gelezen");
			assertThat($(Paragraph.class).withId("assessment-facts").all()).hasSize(1);
			assertThat($(UnorderedList.class).withId("outline-deepening").single().getElement().getTextRecursively())
				.as("with where the learner stands, each optional one says so")
				.contains("verdieping, niet verplicht");
		});
	}

	@Test
	void withoutAnAddressForTheGuidelineThereIsNoLink() {
		String key = "course." + COURSE + ".guideline-url";
		String before = settings.text(key);
		String me = learners.create("nolink");
		try {
			SystemAuthentication.run(() -> settings.update(key, ""));
			learners.run(me, () -> {
				assertThat(learning.guidelineUrl(COURSE)).isEmpty();
				navigate("course/" + COURSE, Main.class);
				assertThat($(Anchor.class).withId("guideline-link").all()).isEmpty();
			});
		}
		finally {
			SystemAuthentication.run(() -> settings.update(key, before));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aScenarioStepSaysWhichStepItIsAndHowManyAtMostThisRouteStillHas() {
		Course course = contents.current(COURSE).orElseThrow();
		// a scenario whose routes from the start differ in length
		Scenario scenario = course.scenarios()
			.stream()
			.filter(s -> !s.stepsLeft(s.start()).exact())
			.findFirst()
			.orElseThrow();
		String me = learners.create("stepsleft");
		learners.run(me, () -> {
			navigate("course/" + COURSE + "/scenario/" + scenario.id(), Main.class);
			assertThat($(Paragraph.class).withId("step-counter").single().getText())
				.isEqualTo("Stap 1 van hoogstens " + scenario.stepsLeft(scenario.start()).most());

			// on along a choice that leads to another step
			ScenarioStep first = scenario.startStep();
			int index = 0;
			while (scenario.isEnding(first.choices().get(index).next())) {
				index++;
			}
			String next = first.choices().get(index).next();
			RadioButtonGroup<Integer> choices = $(RadioButtonGroup.class).withId("choices").single();
			test(choices).selectItem(first.choices().get(index).text().nl());
			test($(Button.class).withId("confirm-choice").single()).click();
			test($(Button.class).withId("next-step").single()).click();
			Scenario.StepsLeft left = scenario.stepsLeft(next);
			assertThat($(Paragraph.class).withId("step-counter").single().getText())
				.isEqualTo((left.exact() ? "Stap 2 van " : "Stap 2 van hoogstens ") + (1 + left.most()));
		});
	}

	private List<String> titles(String listId) {
		return $(UnorderedList.class).withId(listId)
			.single()
			.getChildren()
			.map(item -> ((ListItem) item).getChildren().findFirst().orElseThrow())
			.map(link -> ((Anchor) link).getText())
			.toList();
	}

	/** The markup a read-only block shows (set as its inner HTML). */
	private static org.jsoup.nodes.Element markup(Component block) {
		return org.jsoup.Jsoup.parseBodyFragment(block.getElement().getProperty("innerHTML", "")).body();
	}

}

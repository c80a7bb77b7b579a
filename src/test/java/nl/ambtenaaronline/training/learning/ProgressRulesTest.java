package nl.ambtenaaronline.training.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioChoice;
import nl.ambtenaaronline.training.content.ScenarioEnding;
import nl.ambtenaaronline.training.content.ScenarioStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressRulesTest {

	static final LocalizedText TEXT = new LocalizedText("t", "t");

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final Duration COOLDOWN = Duration.ofMinutes(60);

	static final Scenario SCENARIO = new Scenario(
			"sc", TEXT, List.of("OFF-1"), OptionalInt.empty(), "s1", List.of(
					new ScenarioStep("s1", TEXT,
							List.of(new ScenarioChoice(TEXT, TEXT, List.of("OFF-1"), 2, "s2"),
									new ScenarioChoice(TEXT, TEXT, List.of("OFF-1"), 0, "s2"))),
					new ScenarioStep("s2", TEXT,
							List.of(new ScenarioChoice(TEXT, TEXT, List.of("OFF-1"), 2, "end"),
									new ScenarioChoice(TEXT, TEXT, List.of("OFF-1"), 1, "end")))),
			List.of(new ScenarioEnding("end", TEXT)), false);

	static AttemptRow attempt(int no, Instant submitted, Boolean passed) {
		return new AttemptRow(no, 1, no, List.of("q"), 0, NOW.minusSeconds(7200), submitted, passed == null ? null : 50,
				passed, null, null);
	}

	@Test
	void aPlayStandsWhereItsLastChoiceLedAndPassesOnlyOnceEndedAtThePassMark() {
		ScenarioState fresh = ProgressRules.scenarioState(SCENARIO, 75, 1, List.of(), Map.of());
		assertThat(fresh.currentStep()).isEqualTo("s1");
		assertThat(fresh.finished()).isFalse();

		ScenarioState halfway = ProgressRules.scenarioState(SCENARIO, 75, 1,
				List.of(new ScenarioState.MadeChoice("s1", 0, 2, 2, "s2")), Map.of());
		assertThat(halfway.currentStep()).isEqualTo("s2");
		assertThat(halfway.percent()).isEqualTo(100);
		assertThat(halfway.passed()).as("not ended").isFalse();

		ScenarioState ended = ProgressRules.scenarioState(SCENARIO, 75, 2, List
			.of(new ScenarioState.MadeChoice("s1", 0, 2, 2, "s2"), new ScenarioState.MadeChoice("s2", 1, 1, 2, "end")),
				Map.of());
		assertThat(ended.ending()).isEqualTo("end");
		assertThat(ended.currentStep()).isNull();
		assertThat(ended.percent()).isEqualTo(75);
		assertThat(ended.passed()).isTrue();
		assertThat(ended.playNo()).isEqualTo(2);
		assertThat(ProgressRules.scenarioState(SCENARIO, 76, 2, ended.choices(), Map.of()).passed()).isFalse();
	}

	@Test
	void theAssessmentOpensOnlyWithThePrerequisitesDoneAndAttemptsLeft() {
		assertThat(ProgressRules.assessment(false, List.of(), false, 3, COOLDOWN, NOW).status())
			.isEqualTo(AssessmentStatus.LOCKED);
		assertThat(ProgressRules.assessment(false, List.of(), true, 3, COOLDOWN, NOW).status())
			.isEqualTo(AssessmentStatus.AVAILABLE);
		assertThat(ProgressRules.assessment(false, List.of(attempt(1, null, null)), true, 3, COOLDOWN, NOW).status())
			.isEqualTo(AssessmentStatus.IN_PROGRESS);
		List<AttemptRow> failedTwice = List.of(attempt(1, NOW.minusSeconds(7200), false),
				attempt(2, NOW.minusSeconds(7000), false));
		assertThat(ProgressRules.assessment(false, failedTwice, true, 2, COOLDOWN, NOW).status())
			.isEqualTo(AssessmentStatus.EXHAUSTED);
		assertThat(ProgressRules.assessment(false, failedTwice, true, 3, COOLDOWN, NOW).status())
			.isEqualTo(AssessmentStatus.AVAILABLE);
	}

	@Test
	void afterAFailedAttemptTheCooldownRunsFromItsSubmission() {
		Instant submitted = NOW.minusSeconds(600);
		ProgressRules.Assessment waiting = ProgressRules.assessment(false, List.of(attempt(1, submitted, false)), true,
				3, COOLDOWN, NOW);
		assertThat(waiting.status()).isEqualTo(AssessmentStatus.COOLDOWN);
		assertThat(waiting.nextAttemptAt()).isEqualTo(submitted.plus(COOLDOWN));
		assertThat(ProgressRules
			.assessment(false, List.of(attempt(1, submitted, false)), true, 3, COOLDOWN, submitted.plus(COOLDOWN))
			.status()).isEqualTo(AssessmentStatus.AVAILABLE);
	}

	@Test
	void aPassedAttemptOrACompletedRunIsPassedWhateverElseHolds() {
		assertThat(ProgressRules.assessment(false, List.of(attempt(1, NOW, true)), false, 0, COOLDOWN, NOW).status())
			.isEqualTo(AssessmentStatus.PASSED);
		assertThat(ProgressRules.assessment(true, List.of(), false, 0, COOLDOWN, NOW).status())
			.as("attempts erased by retention")
			.isEqualTo(AssessmentStatus.PASSED);
	}

	@Test
	void theNextStepIsTheFirstUnreadLessonThenTheFirstRequiredScenarioThenTheAssessment() {
		List<CourseProgress.LessonProgress> lessons = List.of(new CourseProgress.LessonProgress("l1", true),
				new CourseProgress.LessonProgress("l2", false));
		List<CourseProgress.ScenarioProgress> scenarios = List.of(
				new CourseProgress.ScenarioProgress("deep", false, 0, false, true),
				new CourseProgress.ScenarioProgress("s1", true, 50, false, false));
		assertThat(ProgressRules.next(lessons, scenarios, AssessmentStatus.LOCKED, false))
			.isEqualTo(new NextStep(NextStep.Kind.LESSON, "l2"));
		List<CourseProgress.LessonProgress> read = List.of(new CourseProgress.LessonProgress("l1", true));
		assertThat(ProgressRules.next(read, scenarios, AssessmentStatus.LOCKED, false))
			.as("the optional deepening scenario is skipped")
			.isEqualTo(new NextStep(NextStep.Kind.SCENARIO, "s1"));
		List<CourseProgress.ScenarioProgress> passed = List.of(
				new CourseProgress.ScenarioProgress("deep", false, 0, false, true),
				new CourseProgress.ScenarioProgress("s1", true, 100, true, false));
		assertThat(ProgressRules.prerequisitesDone(read, passed)).isTrue();
		assertThat(ProgressRules.prerequisitesDone(lessons, passed)).isFalse();
		assertThat(ProgressRules.next(read, passed, AssessmentStatus.AVAILABLE, false))
			.isEqualTo(new NextStep(NextStep.Kind.ASSESSMENT, ""));
		assertThat(ProgressRules.next(read, passed, AssessmentStatus.PASSED, false))
			.isEqualTo(new NextStep(NextStep.Kind.ACKNOWLEDGE, ""));
		assertThat(ProgressRules.next(lessons, scenarios, AssessmentStatus.LOCKED, true))
			.isEqualTo(new NextStep(NextStep.Kind.DONE, ""));
	}

	@Test
	void theShareDoneIsTheTimeBehindTheLearnerSoTheTestCountsAndOnlyTheCompletionMakesItAHundred() {
		assertThat(ProgressRules.percentDone(1000, 1000, false)).isZero();
		// everything but a test of a quarter of the time: 75, not nearly done
		assertThat(ProgressRules.percentDone(1000, 250, false)).isEqualTo(75);
		assertThat(ProgressRules.percentDone(1000, 1, false)).isEqualTo(99);
		// passed, not yet acknowledged: nothing left to read, still not 100
		assertThat(ProgressRules.percentDone(1000, 0, false)).isEqualTo(99);
		assertThat(ProgressRules.percentDone(1000, 0, true)).isEqualTo(100);
		assertThat(ProgressRules.percentDone(0, 0, false)).isZero();
	}

}

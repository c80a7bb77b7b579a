package nl.ambtenaaronline.training.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.ambtenaaronline.training.content.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * The learner's progress as plain functions: where a scenario play stands, whether the
 * assessment is open, what to do next and how far the course is done.
 */
final class ProgressRules {

	private ProgressRules() {
	}

	/**
	 * A play from its choices: the step it is at (the start, or where the last choice
	 * led), the ending once reached, and the score as a share of the best possible,
	 * passed at {@code passMark} once ended.
	 */
	static ScenarioState scenarioState(Scenario scenario, int passMark, int playNo,
			List<ScenarioState.MadeChoice> choices, Map<String, List<Integer>> choiceOrders) {
		String position = choices.isEmpty() ? scenario.start() : choices.getLast().next();
		boolean ended = scenario.isEnding(position);
		int scored = choices.stream().mapToInt(ScenarioState.MadeChoice::score).sum();
		int best = choices.stream().mapToInt(ScenarioState.MadeChoice::bestScore).sum();
		int percent = best == 0 ? 0 : scored * 100 / best;
		return new ScenarioState(scenario.id(), playNo, choices, ended ? null : position, ended ? position : null,
				percent, ended && percent >= passMark, choiceOrders);
	}

	/** Where the assessment stands, and when a cool-down ends. */
	record Assessment(AssessmentStatus status, @Nullable Instant nextAttemptAt) {
	}

	/**
	 * Whether the assessment is open: passed once a run is completed or an attempt
	 * passed; in progress with an open attempt; locked until lessons and required
	 * scenarios are done; exhausted when the attempts allowed are used; in cool-down
	 * until {@code cooldown} after the last submission; available otherwise.
	 */
	static Assessment assessment(boolean completed, List<AttemptRow> attempts, boolean prerequisites, int allowed,
			Duration cooldown, Instant now) {
		if (completed || attempts.stream().anyMatch(attempt -> Boolean.TRUE.equals(attempt.passed()))) {
			// a completed run counts as passed also once retention erased its attempts
			return new Assessment(AssessmentStatus.PASSED, null);
		}
		if (attempts.stream().anyMatch(AttemptRow::open)) {
			return new Assessment(AssessmentStatus.IN_PROGRESS, null);
		}
		if (!prerequisites) {
			return new Assessment(AssessmentStatus.LOCKED, null);
		}
		if (attempts.size() >= allowed) {
			return new Assessment(AssessmentStatus.EXHAUSTED, null);
		}
		Instant lastSubmitted = attempts.isEmpty() ? null : attempts.getLast().submittedAt();
		Instant opens = lastSubmitted == null ? null : lastSubmitted.plus(cooldown);
		if (opens != null && opens.isAfter(now)) {
			return new Assessment(AssessmentStatus.COOLDOWN, opens);
		}
		return new Assessment(AssessmentStatus.AVAILABLE, null);
	}

	/**
	 * The next step: the first unread lesson, then the first required scenario not
	 * passed, then the assessment, then the acknowledgement; done once completed.
	 */
	static NextStep next(List<CourseProgress.LessonProgress> lessons, List<CourseProgress.ScenarioProgress> scenarios,
			AssessmentStatus status, boolean completed) {
		if (completed) {
			return new NextStep(NextStep.Kind.DONE, "");
		}
		for (CourseProgress.LessonProgress lesson : lessons) {
			if (!lesson.read()) {
				return new NextStep(NextStep.Kind.LESSON, lesson.id());
			}
		}
		for (CourseProgress.ScenarioProgress scenario : scenarios) {
			if (!scenario.optional() && !scenario.passed()) {
				return new NextStep(NextStep.Kind.SCENARIO, scenario.id());
			}
		}
		return status == AssessmentStatus.PASSED ? new NextStep(NextStep.Kind.ACKNOWLEDGE, "")
				: new NextStep(NextStep.Kind.ASSESSMENT, "");
	}

	/** Whether every lesson is read and every required scenario passed. */
	static boolean prerequisitesDone(List<CourseProgress.LessonProgress> lessons,
			List<CourseProgress.ScenarioProgress> scenarios) {
		return lessons.stream().allMatch(CourseProgress.LessonProgress::read)
				&& scenarios.stream().allMatch(scenario -> scenario.optional() || scenario.passed());
	}

	/**
	 * How far the course is done, in percent (rounded down), by time: the share of the
	 * run's whole path (lessons, required scenarios, one test attempt; see
	 * {@code CourseLength}) that is behind the learner, so the test counts as long as it
	 * takes. 100 only once completed: passed but not acknowledged stays at 99.
	 * @param wholeSeconds the run's whole path
	 * @param secondsLeft what is left of it
	 */
	static int percentDone(int wholeSeconds, int secondsLeft, boolean completed) {
		if (completed) {
			return 100;
		}
		if (wholeSeconds <= 0) {
			return 0;
		}
		int done = Math.max(0, wholeSeconds - secondsLeft);
		return Math.min(99, (int) ((long) done * 100 / wholeSeconds));
	}

}

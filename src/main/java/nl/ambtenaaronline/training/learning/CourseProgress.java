package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A learner's progress through one course (the current run).
 *
 * @param started whether the learner has begun
 * @param refresher whether this run follows the shorter refresher path
 * @param delta whether this run follows the "Wat is er veranderd" path (only the rules
 * that changed since the previous major version)
 * @param courseVersion the version this run is pinned to
 * @param lessons the lessons of this run, in order
 * @param scenarios the scenarios of this run, in order
 * @param attemptsUsed attempts made in this run
 * @param attemptsAllowed attempts allowed, with extra attempts granted by HR
 * @param nextAttemptAt when the cool-down ends, if one runs
 * @param completed whether this run has been completed (passed and acknowledged)
 * @param percent progress as a share of the steps: lessons, required scenarios, the
 * assessment and the acknowledgement, each one step
 * @param next where the learner continues
 * @param minutesLeft about how many minutes the rest takes (lessons not read, required
 * scenarios not passed, the assessment until passed), computed from the content as the
 * course's duration is
 */
public record CourseProgress(String courseId, boolean started, boolean refresher, boolean delta, String courseVersion,
		List<LessonProgress> lessons, List<ScenarioProgress> scenarios, AssessmentStatus assessment, int attemptsUsed,
		int attemptsAllowed, @Nullable Instant nextAttemptAt, boolean completed, int percent, NextStep next,
		int minutesLeft) {

	public record LessonProgress(String id, boolean read) {
	}

	/**
	 * @param finished whether a play reached an ending
	 * @param bestPercent the best score of a finished play
	 * @param passed whether that score meets the pass mark
	 * @param optional deepening: not needed for the assessment
	 */
	public record ScenarioProgress(String id, boolean finished, int bestPercent, boolean passed, boolean optional) {
	}

}

package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/**
 * A learner read a lesson for the first time in a run (published in the transaction that
 * stored it; reading it again publishes nothing). Ids only.
 *
 * @param runId the run (enrolment) the lesson was read in
 */
public record LessonRead(long employeeId, String courseId, String courseVersion, long runId, String lessonId,
		Instant readAt) {
}

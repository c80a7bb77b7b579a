package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/**
 * A learner passed the final assessment and acknowledged the guideline: the course is
 * completed. Assignment and certificates listen to it.
 *
 * @param completionId the stored completion, unique per run through the course
 * @param runId the run (enrolment) that was completed
 * @param refresher whether this was a repeat of a course completed before
 */
public record CoursePassed(long employeeId, String courseId, String courseVersion, long completionId, int scorePercent,
		Instant passedAt, boolean refresher, long runId) {
}

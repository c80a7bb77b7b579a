package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/**
 * A learner submitted an assessment attempt (published in the transaction that stored it;
 * submitting again publishes nothing). Ids and the result only.
 *
 * @param runId the run (enrolment) the attempt belongs to
 * @param attemptNo the attempt's number in the run, from 1
 * @param passed whether the score reached the pass mark
 */
public record AttemptSubmitted(long employeeId, String courseId, String courseVersion, long runId, long attemptId,
		int attemptNo, int scorePercent, boolean passed, Instant submittedAt) {
}

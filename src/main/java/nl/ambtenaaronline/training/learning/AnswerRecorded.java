package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment answer was stored (published in its transaction; a repeated request
 * publishes nothing). Ids only: analytics listens and keeps its own facts.
 *
 * @param answerId the answer's idempotency key
 * @param runId the run (enrolment) the attempt belongs to
 * @param attemptId the assessment attempt the answer belongs to
 * @param correct whether exactly the correct options were chosen
 */
public record AnswerRecorded(UUID answerId, long employeeId, String courseId, String courseVersion, String questionId,
		boolean correct, Instant answeredAt, long runId, long attemptId) {
}

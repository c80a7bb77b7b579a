package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * A scenario choice was stored (published in its transaction; a repeated request
 * publishes nothing). Ids only: analytics listens and keeps its own facts.
 *
 * @param answerId the choice's idempotency key
 * @param runId the run (enrolment) the choice was made in
 * @param choiceIndex the choice's id: its index in the step of the course version
 */
public record ScenarioChoiceRecorded(UUID answerId, long employeeId, String courseId, String courseVersion,
		String scenarioId, String stepId, int choiceIndex, Instant chosenAt, long runId) {
}

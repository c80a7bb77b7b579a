package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/**
 * A stored completion of a course.
 *
 * @param delta whether it was completed on the "Wat is er veranderd" path
 */
public record CompletionSummary(long id, long employeeId, String courseId, String courseVersion,
		String guidelineVersion, int scorePercent, Instant passedAt, boolean refresher, boolean delta) {
}

package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/** A stored completion of a course. */
public record CompletionSummary(long id, long employeeId, String courseId, String courseVersion,
		String guidelineVersion, int scorePercent, Instant passedAt, boolean refresher) {
}

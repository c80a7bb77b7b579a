package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/**
 * A learner passed the final assessment and acknowledged the guideline: the course is
 * completed. Assignment and certificates listen to it.
 *
 * @param completionId the stored completion, unique per run through the course
 * @param runId the run (enrolment) that was completed
 * @param refresher whether this was a repeat of a course completed before
 * @param delta whether it was the "Wat is er veranderd" path: only the rules that changed
 * since the previous major version, by someone holding a valid certificate of it
 */
public record CoursePassed(long employeeId, String courseId, String courseVersion, long completionId, int scorePercent,
		Instant passedAt, boolean refresher, long runId, boolean delta) {

	/**
	 * A completion of the whole course (or its refresher path), not the delta path, whose
	 * run is not known (an event published before runs were named in it).
	 */
	public CoursePassed(long employeeId, String courseId, String courseVersion, long completionId, int scorePercent,
			Instant passedAt, boolean refresher) {
		this(employeeId, courseId, courseVersion, completionId, scorePercent, passedAt, refresher, 0L, false);
	}

}

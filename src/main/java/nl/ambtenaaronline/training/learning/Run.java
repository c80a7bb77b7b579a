package nl.ambtenaaronline.training.learning;

import java.time.Instant;

/**
 * One run (enrolment) of a learner through a course, pinned to the course version it
 * started on; completed once a completion points to it. A delta run takes only the
 * material of the rules that changed since the previous major version.
 */
record Run(long id, long employeeId, String courseId, int runNo, String version, boolean refresher, Instant startedAt,
		boolean completed, boolean delta) {
}

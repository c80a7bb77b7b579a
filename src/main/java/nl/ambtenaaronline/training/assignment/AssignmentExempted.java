package nl.ambtenaaronline.training.assignment;

import java.time.Instant;

/**
 * Published in the transaction in which HR exempted a person from a course (without the
 * reason): listen with {@code @ApplicationModuleListener} to react after the commit.
 */
public record AssignmentExempted(long assignmentId, long employeeId, String courseId, Instant exemptedAt) {
}

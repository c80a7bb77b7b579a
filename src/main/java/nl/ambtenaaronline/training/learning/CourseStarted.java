package nl.ambtenaaronline.training.learning;

/**
 * A learner started a run through a course (first time or refresher), published in the
 * transaction that stored it; reports listen to show "in progress".
 */
public record CourseStarted(long employeeId, String courseId) {
}

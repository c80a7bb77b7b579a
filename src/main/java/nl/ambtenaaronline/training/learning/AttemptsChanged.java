package nl.ambtenaaronline.training.learning;

/**
 * Someone's test attempts of a course changed: an attempt was submitted (passed or not)
 * or HR granted an extra one; published in the transaction that stored it. Reports listen
 * to show who used every attempt ({@link LearningRecords#attemptsUsedUp}).
 */
public record AttemptsChanged(long employeeId, String courseId) {
}

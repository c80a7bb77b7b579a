package nl.ambtenaaronline.training.learning;

/** Where the learner stands with the final assessment. */
public enum AssessmentStatus {

	/** Lessons or scenarios still to do. */
	LOCKED,
	/** May start an attempt. */
	AVAILABLE,
	/** An attempt is open. */
	IN_PROGRESS,
	/** Failed; the next attempt opens after the cool-down. */
	COOLDOWN,
	/** No attempts left: HR can grant an extra one. */
	EXHAUSTED,
	/** Passed; the acknowledgement may still be missing. */
	PASSED

}

package nl.ambtenaaronline.training.assignment;

/** Why someone must do a course. */
public enum AssignmentReason {

	/** Started after go-live: within N days of the start date. */
	NEW_HIRE,
	/** Employed at go-live: by the rollout due date. */
	ROLLOUT,
	/** Repeat after the refresher interval, before the certificate expires. */
	REFRESHER,
	/**
	 * A new major version of the course: everyone on an older major version (without a
	 * valid certificate of the version the delta record is counted from).
	 */
	RECERTIFICATION,
	/**
	 * A new major version with a delta record ("Wat is er veranderd"): someone holding a
	 * valid certificate of the previous major version takes only the changed rules'
	 * material.
	 */
	DELTA

}

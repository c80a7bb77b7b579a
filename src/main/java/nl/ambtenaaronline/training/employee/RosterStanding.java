package nl.ambtenaaronline.training.employee;

/**
 * Where the person of an account stands on the roster today: all that signing in needs to
 * know of them. No name, no data.
 */
public enum RosterStanding {

	/** On the roster and not (yet) left. */
	IN_SERVICE,

	/** On the roster, but the end date has passed. */
	LEFT,

	/** Not on the roster (any more). */
	NOT_IN_ROSTER

}

package nl.ambtenaaronline.training.snapshot;

/** Whether a person counted in a snapshot, or why not. */
public enum SnapshotScope {

	/** Employed on the day, not exempt or deferred: in the figures. */
	COUNTED,
	/** Their end date had passed. */
	LEFT,
	/** HR had exempted them. */
	EXEMPT,
	/** HR had deferred them until after the day. */
	DEFERRED,
	/** Their start date was after the day. */
	NOT_YET_EMPLOYED,
	/** Known, but nothing to do on that day. */
	NOT_ASSIGNED;

	public boolean counted() {
		return this == COUNTED;
	}

}

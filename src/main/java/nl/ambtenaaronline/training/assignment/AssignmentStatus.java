package nl.ambtenaaronline.training.assignment;

/**
 * The one status model of a person and a course, shared by every screen, report and
 * reminder. Derived from dates and rows, never a stored flag. Precedence, first match
 * wins:
 * <ol>
 * <li>{@link #EXEMPT}: HR exempted the open assignment.</li>
 * <li>{@link #DEFERRED}: HR deferred it until a date that has not passed.</li>
 * <li>{@link #COMPLETED}: a completion that is still valid and not yet due for a
 * repeat.</li>
 * <li>{@link #EXPIRED}: the last completion's validity has passed.</li>
 * <li>{@link #OVERDUE}: the due date has passed without completion.</li>
 * <li>{@link #DUE_SOON}: due within the "due soon" window.</li>
 * <li>{@link #IN_PROGRESS}: started but not completed.</li>
 * <li>{@link #NOT_STARTED}: assigned, not started.</li>
 * </ol>
 * {@link #NOT_ASSIGNED} holds for people with nothing to do (e.g. leavers).
 */
public enum AssignmentStatus {

	EXEMPT, DEFERRED, COMPLETED, EXPIRED, OVERDUE, DUE_SOON, IN_PROGRESS, NOT_STARTED, NOT_ASSIGNED;

	/**
	 * Whether someone with this status counts in a share (the reports, the trend, a
	 * compliance snapshot): not the exempted, the deferred, nor who has nothing assigned.
	 */
	public boolean counted() {
		return this != EXEMPT && this != DEFERRED && this != NOT_ASSIGNED;
	}

	/** Statuses that count as late in reports and reminders. */
	public boolean late() {
		return this == OVERDUE || this == EXPIRED;
	}

}

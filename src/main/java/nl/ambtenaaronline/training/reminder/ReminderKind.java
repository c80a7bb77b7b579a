package nl.ambtenaaronline.training.reminder;

/** What a reminder is about. */
public enum ReminderKind {

	/** A course was assigned. */
	ASSIGNED,
	/** N days before the due date (a step of the setting {@code reminder.due-days}). */
	DUE_BEFORE,
	/** On the due date. */
	DUE_TODAY,
	/** Weekly while overdue, up to {@code reminder.overdue-max} times. */
	OVERDUE,
	/** N days before a certificate expires ({@code reminder.expiry-days}). */
	CERTIFICATE_EXPIRY,
	/** Weekly to a manager: the team members who are late. */
	MANAGER_DIGEST,
	/** Sent by hand by HR or the manager, at most once a day per person and course. */
	MANUAL

}

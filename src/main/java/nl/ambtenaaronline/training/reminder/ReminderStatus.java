package nl.ambtenaaronline.training.reminder;

/** Where a reminder in the outbox stands. */
public enum ReminderStatus {

	/** Waiting for the send job (office hours, throttle, retry back-off). */
	PENDING,
	/** Handed to the SMTP server. */
	SENT,
	/** No SMTP server configured (the demo): put in the administrator's "sent mail". */
	SHOWN,
	/** Refused for good (5xx at hand-off, no address, too many attempts). */
	FAILED

}

package nl.ambtenaaronline.training.shared;

/**
 * The kinds of personal data with a retention period of their own. The privacy feature
 * keeps one audited setting per kind and runs every {@link RetentionRule} of that kind
 * daily.
 */
public enum RetentionKind {

	/** Individual answers and scenario choices. */
	ANSWERS,
	/** Attempts and their results per rule group. */
	ATTEMPTS,
	/** Completions and certificates: career-relevant, kept long. */
	CERTIFICATES,
	/** Reminders sent. */
	REMINDERS,
	/** Audit events. */
	AUDIT

}

package nl.ambtenaaronline.training.integration;

/** What happened, as the feed names it (stable: the HR system maps these). */
public enum FeedEventKind {

	/** The course was completed (assessment passed, guideline acknowledged). */
	COMPLETED,
	/** A certificate was issued. */
	CERTIFICATE_ISSUED,
	/** A certificate was replaced by a newer one of the same course. */
	CERTIFICATE_SUPERSEDED,
	/** A certificate was revoked. */
	CERTIFICATE_REVOKED,
	/** HR exempted the person from the course. */
	EXEMPTED

}

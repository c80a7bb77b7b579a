package nl.ambtenaaronline.training.assignment;

import java.util.Optional;

/**
 * Why HR extends or defers an assignment: a fixed list, so that nobody needs to write
 * down health or other sensitive data; {@link #OTHER} asks for a short note.
 */
public enum OverrideReason {

	/** Leave (holiday, parental leave, sabbatical); never the kind of leave. */
	LEAVE,
	/** Busy period or planning of the team. */
	WORKLOAD,
	/** New in the job or in a new role. */
	NEW_ROLE,
	/** A technical problem with the training or the account. */
	TECHNICAL,
	/** Reorganisation or a change of department. */
	ORGANISATION,
	/** Another reason, described in the note. */
	OTHER;

	/** The longest note kept. */
	public static final int NOTE_MAX = 200;

	/**
	 * The reason as stored with the override: the code, then the note if any
	 * ({@code "LEAVE"} or {@code "OTHER: note"}).
	 */
	public String stored(String note) {
		String clean = note.strip();
		return clean.isEmpty() ? name() : name() + ": " + clean;
	}

	/** The reason code at the start of a stored reason, if it is one. */
	public static Optional<OverrideReason> of(@org.jspecify.annotations.Nullable String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		int colon = stored.indexOf(':');
		String code = colon < 0 ? stored : stored.substring(0, colon);
		for (OverrideReason reason : values()) {
			if (reason.name().equals(code)) {
				return Optional.of(reason);
			}
		}
		return Optional.empty();
	}

	/** The note of a stored reason, or empty. */
	public static String noteOf(@org.jspecify.annotations.Nullable String stored) {
		if (stored == null || of(stored).isEmpty()) {
			return stored == null ? "" : stored;
		}
		int colon = stored.indexOf(':');
		return colon < 0 ? "" : stored.substring(colon + 1).strip();
	}

}

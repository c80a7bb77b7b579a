package nl.ambtenaaronline.training.content;

import java.util.Locale;
import java.util.Optional;

/** The kind of an assessment question. */
public enum QuestionType {

	/** Exactly one correct option. */
	SINGLE,
	/**
	 * At least one correct option, not all; scores only when exactly the correct options
	 * are chosen.
	 */
	MULTIPLE,
	/** Exactly two options (true, false), one correct. */
	TRUEFALSE;

	/** The word used in the question files, e.g. {@code single}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<QuestionType> of(String id) {
		for (QuestionType type : values()) {
			if (type.id().equals(id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}

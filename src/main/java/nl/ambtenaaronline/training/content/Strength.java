package nl.ambtenaaronline.training.content;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly the guideline words a rule. Scoring follows it: only a choice that breaks
 * a {@link #MOET} rule may score 0; skipping {@link #ADVIES} may cost points; doing what
 * a {@link #MAG} rule allows is never penalised.
 */
public enum Strength {

	/** An instruction. */
	MOET,
	/** Advice. */
	ADVIES,
	/** Allowed. */
	MAG,
	/** A value or starting point. */
	PRINCIPE,
	/** Where to find help. */
	INFO;

	/** The word used in {@code rules.yaml}, e.g. {@code moet}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Strength> of(String id) {
		for (Strength strength : values()) {
			if (strength.id().equals(id)) {
				return Optional.of(strength);
			}
		}
		return Optional.empty();
	}

}

package nl.ambtenaaronline.training.analytics;

/** Which learners a figure covers by how recently they started. */
public enum NewHires {

	/** Everyone. */
	ALL,
	/** Only people who had started less than a year before they answered. */
	ONLY,
	/** Only people who had started a year or more before they answered. */
	EXCLUDED;

	boolean matches(boolean newHire) {
		return this == ALL || (this == ONLY) == newHire;
	}

}

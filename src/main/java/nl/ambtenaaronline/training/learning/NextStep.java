package nl.ambtenaaronline.training.learning;

/**
 * Where the learner continues.
 *
 * @param kind what comes next
 * @param id the lesson or scenario id, empty for the other kinds
 */
public record NextStep(Kind kind, String id) {

	public enum Kind {

		LESSON, SCENARIO, ASSESSMENT, ACKNOWLEDGE, DONE

	}

}

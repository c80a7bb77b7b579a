package nl.ambtenaaronline.training.learning;

/**
 * Something the learner cannot do now, with the message key that tells them why (e.g. the
 * attempt was submitted in another window).
 */
public class LearningException extends RuntimeException {

	public LearningException(String messageKey) {
		super(messageKey);
	}

}

package nl.ambtenaaronline.training.setup;

/** The set-up was refused; the message is a message-bundle key. */
public class SetupRefusedException extends RuntimeException {

	private final String field;

	SetupRefusedException(String key) {
		this(key, "");
	}

	SetupRefusedException(String key, String field) {
		super(key);
		this.field = field;
	}

	/**
	 * The form field the refusal is about, or empty for the token or the set-up as a
	 * whole.
	 */
	public String field() {
		return field;
	}

}

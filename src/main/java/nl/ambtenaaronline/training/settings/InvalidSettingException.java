package nl.ambtenaaronline.training.settings;

/** A value that does not fit its setting; {@link #getMessage()} is a message key. */
public class InvalidSettingException extends RuntimeException {

	private final transient Object[] arguments;

	public InvalidSettingException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}

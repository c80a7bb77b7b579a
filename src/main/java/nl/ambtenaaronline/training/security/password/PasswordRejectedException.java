package nl.ambtenaaronline.training.security.password;

/**
 * A password that breaks the policy, or a wrong current password; the message is a key.
 */
public class PasswordRejectedException extends RuntimeException {

	public PasswordRejectedException(String messageKey) {
		super(messageKey);
	}

}

package nl.ambtenaaronline.training.integration;

/** Bad input to an integration setting; the message is a key of the message bundle. */
public class IntegrationException extends RuntimeException {

	public IntegrationException(String messageKey) {
		super(messageKey);
	}

}

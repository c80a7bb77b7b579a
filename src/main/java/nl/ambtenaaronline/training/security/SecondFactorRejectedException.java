package nl.ambtenaaronline.training.security;

/** A wrong, reused or locked second-factor code; the message is a message key. */
public class SecondFactorRejectedException extends RuntimeException {

	public SecondFactorRejectedException(String messageKey) {
		super(messageKey);
	}

}

package nl.ambtenaaronline.training.security.secondfactor;

import org.springframework.modulith.NamedInterface;

/** A wrong, reused or locked second-factor code; the message is a message key. */
@NamedInterface("second-factor")
public class SecondFactorRejectedException extends RuntimeException {

	public SecondFactorRejectedException(String messageKey) {
		super(messageKey);
	}

}

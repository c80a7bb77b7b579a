package nl.ambtenaaronline.training.security.secondfactor;

import org.springframework.modulith.NamedInterface;

/** What the signed-in user still has to do for the second factor. */
@NamedInterface("second-factor")
public enum SecondFactorStatus {

	/** Nothing: no privileged role waits, or the second factor is done. */
	NOT_NEEDED,

	/** Privileged roles wait and no authenticator app is enrolled yet. */
	ENROL,

	/** Privileged roles wait for a code from the enrolled authenticator app. */
	VERIFY

}

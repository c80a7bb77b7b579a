package nl.ambtenaaronline.training.security.secondfactor;

import java.time.Instant;

/** What an authenticator app does, for tests in other packages. */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static byte[] decode(String base32Secret) {
		return SecondFactors.BASE32.decode(base32Secret);
	}

	/** The app's code at {@code now}, {@code offset} 30-second steps later. */
	public static String code(byte[] secret, Instant now, int offset) {
		return Totp.code(secret, Totp.step(now) + offset);
	}

}

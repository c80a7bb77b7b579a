package nl.ambtenaaronline.training.demo;

import java.util.Optional;

/** The demo logins' authenticator secrets, for tests that sign in as they do. */
public final class DemoSecrets {

	private DemoSecrets() {
	}

	/** The Base32 secret of a demo login with a privileged role, if it has one. */
	public static Optional<String> secondFactor(String username) {
		return Optional.ofNullable(DemoData.SECOND_FACTOR_SECRETS.get(username));
	}

}

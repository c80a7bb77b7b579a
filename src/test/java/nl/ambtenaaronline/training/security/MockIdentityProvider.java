package nl.ambtenaaronline.training.security;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for tests (NAV's mock-oauth2-server on a free local
 * port), started once per test run. Each sign-in takes the next enqueued set of claims.
 */
public final class MockIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ISSUER_ID = "gemeente";

	public static final String CLIENT_ID = "ambtenaar-online";

	private static MockOAuth2Server server;

	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server();
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
			server = started;
		}
		return server;
	}

	public static String issuer() {
		return server().issuerUrl(ISSUER_ID).toString();
	}

	/** The next sign-in gets these claims, valid for an hour. */
	public static void nextSignIn(String subject, Map<String, Object> claims) {
		nextSignIn(subject, claims, 3600);
	}

	/** The next sign-in gets these claims; a negative expiry makes an expired token. */
	public static void nextSignIn(String subject, Map<String, Object> claims, long expirySeconds) {
		server().enqueueCallback(
				new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, expirySeconds));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("app.oidc.issuer-uri=" + issuer()).applyTo(context);
	}

}

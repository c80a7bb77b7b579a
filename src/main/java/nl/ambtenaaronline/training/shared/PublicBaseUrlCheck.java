package nl.ambtenaaronline.training.shared;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an installation whose {@code app.public-base-url} is a local address
 * (localhost, a loopback address, or none at all) outside the demo and load-test
 * profiles. Certificates print that address, and its QR code, for good; reminder mails
 * and the first-run link carry it too. An installation that forgot
 * {@code APP_PUBLIC_BASE_URL} would hand out permanent PDFs pointing nowhere, and nothing
 * would say so.
 */
@Component
class PublicBaseUrlCheck {

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");

	PublicBaseUrlCheck(AppProperties app, Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("demo | loadtest"))) {
			return;
		}
		if (isLocal(app.publicBaseUrl())) {
			throw new IllegalStateException("app.public-base-url is '" + app.publicBaseUrl()
					+ "', a local address: certificates, their QR codes and reminder mails would point there."
					+ " Set APP_PUBLIC_BASE_URL to the address learners and verifiers reach this installation on,"
					+ " e.g. https://training.example.nl (README, Production).");
		}
	}

	/** Whether the address is missing, not http(s), or on this machine only. */
	static boolean isLocal(String url) {
		try {
			URI uri = URI.create(url.trim());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			return !(scheme.equals("http") || scheme.equals("https")) || host.isEmpty() || LOCAL_HOSTS.contains(host)
					|| host.startsWith("127.") || host.endsWith(".localhost");
		}
		catch (IllegalArgumentException notAnAddress) {
			return true;
		}
	}

}

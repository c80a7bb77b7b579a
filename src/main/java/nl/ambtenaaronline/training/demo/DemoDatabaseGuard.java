package nl.ambtenaaronline.training.demo;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the demo profile on any database but an in-memory H2 or the demo's own
 * H2 file ({@value #DEMO_FILE}, the demo profile's default), before any connection is
 * made: demo data and the demo's known passwords and authenticator secrets must never
 * reach a real database — neither PostgreSQL nor the H2 file of a small installation.
 */
public class DemoDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The demo's own H2 file (application-demo.properties). */
	static final String DEMO_FILE = "jdbc:h2:file:./data/demo";

	private static final Pattern ALLOWED = Pattern.compile("jdbc:h2:mem:.*|" + Pattern.quote(DEMO_FILE) + "(;.*)?");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
		String url = environment.getProperty("spring.datasource.url", "");
		if (demo && !allowed(url)) {
			throw new IllegalStateException("The demo profile refuses to start against " + url
					+ ": demo data must never reach a real database. The demo runs on an in-memory H2 or on its own file "
					+ DEMO_FILE + "; start without the demo profile for anything else.");
		}
	}

	static boolean allowed(String url) {
		return ALLOWED.matcher(url).matches();
	}

}

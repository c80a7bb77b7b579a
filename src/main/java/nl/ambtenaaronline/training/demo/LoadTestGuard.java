package nl.ambtenaaronline.training.demo;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code loadtest} profile against a database that is not on this
 * machine, before any connection is made: its learners have a known password and must
 * never reach a real database.
 */
public class LoadTestGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Pattern LOCAL = Pattern
		.compile("jdbc:(h2:(file|mem):.*|postgresql://(127\\.0\\.0\\.1|localhost)(:\\d+)?/.*)");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		boolean loadtest = Arrays.asList(environment.getActiveProfiles()).contains("loadtest");
		String url = environment.getProperty("spring.datasource.url", "");
		if (loadtest && !LOCAL.matcher(url).matches()) {
			throw new IllegalStateException("The loadtest profile refuses to start against " + url
					+ ": its learners have a known password. Use H2 or a PostgreSQL on 127.0.0.1.");
		}
	}

}

package nl.ambtenaaronline.training.demo;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the demo profile against PostgreSQL, before any connection is made:
 * demo data must never reach a production database.
 */
public class DemoDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
		String url = environment.getProperty("spring.datasource.url", "");
		if (demo && url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("The demo profile refuses to start against PostgreSQL (" + url
					+ "): demo data must never reach a real database. Start without the demo profile.");
		}
	}

}

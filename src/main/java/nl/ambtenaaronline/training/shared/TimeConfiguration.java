package nl.ambtenaaronline.training.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application. Stored times are UTC; dates people see are in
 * {@link #ZONE}.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The zone for every date and time a person sees. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

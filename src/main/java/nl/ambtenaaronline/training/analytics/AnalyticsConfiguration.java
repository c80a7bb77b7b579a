package nl.ambtenaaronline.training.analytics;

import nl.ambtenaaronline.training.settings.SettingDefinition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The smallest group analytics shows figures for: an audited setting that only
 * administrators change, never below 5.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

	static final String MIN_GROUP_SIZE = "analytics.min-group-size";

	@Bean
	SettingDefinition analyticsMinGroupSize() {
		return SettingDefinition.integer(MIN_GROUP_SIZE, 10, 5, 1000, false);
	}

}

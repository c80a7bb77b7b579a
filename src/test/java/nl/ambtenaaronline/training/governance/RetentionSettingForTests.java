package nl.ambtenaaronline.training.governance;

import nl.ambtenaaronline.training.settings.SettingDefinition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A retention setting of the test classpath only, so that the privacy-pack tests can
 * change a {@code retention.} setting whether or not the privacy feature's own retention
 * settings are present. Component scanning picks it up in every test context; it changes
 * nothing else.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSettingForTests {

	static final String KEY = "retention.test-only.months";

	@Bean
	SettingDefinition testOnlyRetentionSetting() {
		return SettingDefinition.integer(KEY, 12, 1, 600, false);
	}

}

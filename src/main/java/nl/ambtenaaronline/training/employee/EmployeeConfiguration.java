package nl.ambtenaaronline.training.employee;

import nl.ambtenaaronline.training.settings.SettingDefinition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Run-time settings of the roster. */
@Configuration(proxyBeanMethods = false)
class EmployeeConfiguration {

	/**
	 * Above this share of leavers, a full or department import needs an extra
	 * confirmation.
	 */
	static final String MAX_LEAVER_PERCENT = "roster.max-leaver-percent";

	@Bean
	SettingDefinition rosterMaxLeaverPercent() {
		return SettingDefinition.integer(MAX_LEAVER_PERCENT, 10, 0, 100, true);
	}

}

package nl.ambtenaaronline.training.assignment;

import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assignment rules that HR changes at run time; they apply to every course. */
@Configuration(proxyBeanMethods = false)
class AssignmentConfiguration {

	static final String NEW_HIRE_DAYS = "assignment.new-hire-days";

	static final String GO_LIVE = "assignment.go-live";

	static final String ROLLOUT_DAYS = "assignment.rollout-days";

	static final String REFRESHER_MONTHS = "assignment.refresher-months";

	static final String RECERTIFY_DAYS = "assignment.recertify-days";

	static final String DUE_SOON_DAYS = "assignment.due-soon-days";

	@Bean
	SettingDefinition newHireDays() {
		return SettingDefinition.integer(NEW_HIRE_DAYS, 30, 1, 365, true);
	}

	@Bean
	SettingDefinition goLive() {
		return SettingDefinition.of(GO_LIVE, SettingType.DATE, "", true);
	}

	@Bean
	SettingDefinition rolloutDays() {
		return SettingDefinition.integer(ROLLOUT_DAYS, 90, 1, 730, true);
	}

	@Bean
	SettingDefinition refresherMonths() {
		return SettingDefinition.integer(REFRESHER_MONTHS, 24, 1, 120, true);
	}

	@Bean
	SettingDefinition recertifyDays() {
		return SettingDefinition.integer(RECERTIFY_DAYS, 60, 1, 365, true);
	}

	@Bean
	SettingDefinition dueSoonDays() {
		return SettingDefinition.integer(DUE_SOON_DAYS, 14, 1, 90, true);
	}

}

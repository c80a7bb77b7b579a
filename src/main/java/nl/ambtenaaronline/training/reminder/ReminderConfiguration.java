package nl.ambtenaaronline.training.reminder;

import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run-time settings of the reminders (audited; HR may change them). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

	static final String DUE_DAYS = "reminder.due-days";

	static final String OVERDUE_MAX = "reminder.overdue-max";

	static final String EXPIRY_DAYS = "reminder.expiry-days";

	static final String DIGEST_DAY = "reminder.digest-day";

	static final String OFFICE_START = "reminder.office-start";

	static final String OFFICE_END = "reminder.office-end";

	static final String PER_HOUR = "reminder.per-hour";

	static final String WORKING_TIME_NL = "reminder.working-time-nl";

	static final String WORKING_TIME_EN = "reminder.working-time-en";

	@Bean
	SettingDefinition reminderDueDays() {
		return SettingDefinition.of(DUE_DAYS, SettingType.TEXT, "14,3", true);
	}

	@Bean
	SettingDefinition reminderOverdueMax() {
		return SettingDefinition.integer(OVERDUE_MAX, 4, 0, 52, true);
	}

	@Bean
	SettingDefinition reminderExpiryDays() {
		return SettingDefinition.of(EXPIRY_DAYS, SettingType.TEXT, "60,14", true);
	}

	@Bean
	SettingDefinition reminderDigestDay() {
		return SettingDefinition.weekday(DIGEST_DAY, 1, true);
	}

	@Bean
	SettingDefinition reminderOfficeStart() {
		return SettingDefinition.of(OFFICE_START, SettingType.TEXT, "08:00", true);
	}

	@Bean
	SettingDefinition reminderOfficeEnd() {
		return SettingDefinition.of(OFFICE_END, SettingType.TEXT, "17:00", true);
	}

	@Bean
	SettingDefinition reminderPerHour() {
		return SettingDefinition.integer(PER_HOUR, 1000, 1, 100_000, true);
	}

	@Bean
	SettingDefinition reminderWorkingTimeNl() {
		return SettingDefinition.of(WORKING_TIME_NL, SettingType.TEXT,
				"De training telt als werktijd: plan hem in je werkuren, in overleg met je leidinggevende.", true);
	}

	@Bean
	SettingDefinition reminderWorkingTimeEn() {
		return SettingDefinition.of(WORKING_TIME_EN, SettingType.TEXT,
				"The training counts as working time: plan it in your working hours, in agreement with your manager.",
				true);
	}

}

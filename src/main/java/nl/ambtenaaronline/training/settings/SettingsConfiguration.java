package nl.ambtenaaronline.training.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings that belong to no single feature: contacts and sources. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

	@Bean
	SettingDefinition supportContact() {
		return SettingDefinition.of("contact.support", SettingType.TEXT, "", true);
	}

	@Bean
	SettingDefinition houseStyleContact() {
		return SettingDefinition.of("source.huisstijl-contact", SettingType.TEXT, "", false);
	}

	/*
	 * The sources the lessons send every learner to: empty until an administrator fills
	 * in the city's own addresses (the lesson says "adres nog niet ingevuld"), never an
	 * old or third-party default nobody checked; https only (SettingType.URL).
	 */

	@Bean
	SettingDefinition codeOfConductUrl() {
		return SettingDefinition.of("source.gedragscode-url", SettingType.URL, "", false);
	}

	@Bean
	SettingDefinition handbookUrl() {
		return SettingDefinition.of("source.handreiking-url", SettingType.URL, "", false);
	}

}

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

	@Bean
	SettingDefinition codeOfConductUrl() {
		return SettingDefinition.of("source.gedragscode-url", SettingType.URL,
				"http://www.amsterdam.nl/gemeente/diensten_bedrijven/integriteit/", false);
	}

	@Bean
	SettingDefinition handbookUrl() {
		return SettingDefinition.of("source.handreiking-url", SettingType.URL,
				"http://handreikingambtenaar20.wetpaint.com/page/De+Handreiking", false);
	}

}

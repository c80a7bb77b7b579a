package nl.ambtenaaronline.training.governance;

import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings of the privacy pack. */
@Configuration(proxyBeanMethods = false)
class GovernanceConfiguration {

	/** Who answers privacy questions; shown in the processing-register entry. */
	static final String PRIVACY_CONTACT = "governance.privacy-contact";

	@Bean
	SettingDefinition governancePrivacyContact() {
		return SettingDefinition.of(PRIVACY_CONTACT, SettingType.TEXT,
				"Functionaris gegevensbescherming, privacy@gemeente.example", false);
	}

}

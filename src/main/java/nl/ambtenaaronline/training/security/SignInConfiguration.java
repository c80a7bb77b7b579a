package nl.ambtenaaronline.training.security;

import nl.ambtenaaronline.training.security.oidc.OidcProperties;
import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Run-time settings of signing in. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	SettingDefinition rosterContactSetting(OidcProperties properties) {
		return SettingDefinition.of(SignInService.ROSTER_CONTACT, SettingType.TEXT, properties.rosterContact(), true);
	}

}

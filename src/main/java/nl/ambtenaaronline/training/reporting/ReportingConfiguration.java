package nl.ambtenaaronline.training.reporting;

import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Run-time settings of the reports (audited, HR may change them). */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

	/**
	 * Whether HR sees individual scores per rule group in the drill-down; off by default,
	 * as many works-council agreements forbid it.
	 */
	static final String SHOW_SCORES = "reporting.show-scores";

	/** Whether "Mijn team" includes everyone below the direct reports. */
	static final String TEAM_INDIRECT = "reporting.team.include-indirect";

	@Bean
	SettingDefinition reportingShowScores() {
		return SettingDefinition.of(SHOW_SCORES, SettingType.BOOLEAN, "false", true);
	}

	@Bean
	SettingDefinition reportingTeamIncludeIndirect() {
		return SettingDefinition.of(TEAM_INDIRECT, SettingType.BOOLEAN, "false", true);
	}

}

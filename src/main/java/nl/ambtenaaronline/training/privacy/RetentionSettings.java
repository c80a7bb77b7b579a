package nl.ambtenaaronline.training.privacy;

import java.util.Locale;

import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;
import nl.ambtenaaronline.training.shared.RetentionKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention period per kind of data, in months, as audited settings only an
 * administrator changes ({@code retention.<kind>.months}), and the privacy contact shown
 * in the privacy notice. Defaults and their reasons: {@code docs/privacy.md}.
 */
@Configuration(proxyBeanMethods = false)
public class RetentionSettings {

	/** The privacy contact (e.g. the data protection officer), shown in the notice. */
	public static final String CONTACT = "privacy.contact";

	/** The setting key of a kind's period, e.g. {@code retention.answers.months}. */
	public static String key(RetentionKind kind) {
		return "retention." + kind.name().toLowerCase(Locale.ROOT) + ".months";
	}

	/** The default period of a kind, in months. */
	public static int defaultMonths(RetentionKind kind) {
		return switch (kind) {
			case ANSWERS -> 3;
			case ATTEMPTS -> 24;
			case CERTIFICATES -> 84;
			case REMINDERS -> 12;
			case AUDIT -> 84;
		};
	}

	@Bean
	SettingDefinition retentionAnswers() {
		return months(RetentionKind.ANSWERS, 1, 120);
	}

	@Bean
	SettingDefinition retentionAttempts() {
		return months(RetentionKind.ATTEMPTS, 1, 240);
	}

	@Bean
	SettingDefinition retentionCertificates() {
		return months(RetentionKind.CERTIFICATES, 12, 600);
	}

	@Bean
	SettingDefinition retentionReminders() {
		return months(RetentionKind.REMINDERS, 1, 120);
	}

	@Bean
	SettingDefinition retentionAudit() {
		return months(RetentionKind.AUDIT, 12, 600);
	}

	@Bean
	SettingDefinition privacyContact() {
		return SettingDefinition.of(CONTACT, SettingType.TEXT, "", false);
	}

	private static SettingDefinition months(RetentionKind kind, int min, int max) {
		return SettingDefinition.integer(key(kind), defaultMonths(kind), min, max, false);
	}

}

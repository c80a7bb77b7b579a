package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingType;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certificate's PDF layout on the archival-PDF kit, and the run-time setting of the
 * validity after the delta path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfiguration {

	/**
	 * Whether passing the "Wat is er veranderd" path starts a new validity period (true)
	 * or keeps the validity date of the certificate it replaces (false, the default: a
	 * short update course does not silently stretch the full training's period).
	 */
	static final String DELTA_RENEWS_VALIDITY = "certificate.delta.renew-validity";

	@Bean
	SettingDefinition certificateDeltaRenewsValidity() {
		return SettingDefinition.of(DELTA_RENEWS_VALIDITY, SettingType.BOOLEAN, "false", true);
	}

	@Bean
	CertificatePdfRenderer certificatePdfRenderer(PdfKit kit, MessageSource messages) {
		return new CertificatePdfRenderer(kit, messages);
	}

}

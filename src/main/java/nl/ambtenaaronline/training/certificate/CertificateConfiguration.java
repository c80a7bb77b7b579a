package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.shared.pdf.PdfKit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certificate's PDF layout on the archival-PDF kit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfiguration {

	@Bean
	CertificatePdfRenderer certificatePdfRenderer(PdfKit kit, MessageSource messages) {
		return new CertificatePdfRenderer(kit, messages);
	}

}

package nl.ambtenaaronline.training.shared.pdf;

import nl.ambtenaaronline.training.shared.ShellProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kit with the city mark the screens show ({@code app.shell.city-mark}). */
@Configuration(proxyBeanMethods = false)
class PdfKitConfiguration {

	@Bean
	PdfKit pdfKit(ShellProperties shell) {
		return PdfKit.load(shell.cityMark());
	}

}

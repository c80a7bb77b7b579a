package nl.ambtenaaronline.training.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The PDF renderer with the shipped font (Liberation Sans, SIL Open Font Licence, see
 * {@code fonts/}), the sRGB colour profile (zlib licence, see {@code color/}) and the
 * city mark of the shell.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfiguration {

	@Bean
	CertificatePdfRenderer certificatePdfRenderer(MessageSource messages,
			@Value("${app.shell.city-mark:images/city-mark.svg}") String cityMark) {
		return new CertificatePdfRenderer(read("fonts/LiberationSans-Regular.ttf"),
				read("fonts/LiberationSans-Bold.ttf"), read("color/sRGB.icc"),
				CityMark.parse(read("META-INF/resources/" + cityMark)), messages);
	}

	static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing resource " + resource, ex);
		}
	}

}

package nl.ambtenaaronline.training.certificate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of the public verification ({@code app.certificate.verify.*}).
 *
 * @param verify the public verify page
 */
@ConfigurationProperties("app.certificate")
public record CertificateProperties(@DefaultValue Verify verify) {

	/**
	 * @param maxPerAddress verifications per client address within one window; more gives
	 * 429 (the address is the proxy's forwarded one, see
	 * {@code server.forward-headers-strategy})
	 * @param window the rate-limit window; addresses are forgotten after it
	 * @param cacheMaxAge how long browsers may keep a verify page
	 */
	public record Verify(@DefaultValue("30") int maxPerAddress, @DefaultValue("1m") Duration window,
			@DefaultValue("30s") Duration cacheMaxAge) {
	}

}

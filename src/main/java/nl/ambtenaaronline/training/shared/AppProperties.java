package nl.ambtenaaronline.training.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of Ambtenaar Online ({@code app.*}). What HR or administrators
 * change at run time lives in the audited settings instead.
 *
 * @param cityName the city shown in the header and on certificates
 * @param publicBaseUrl the address learners and verifiers reach the application on
 * @param idleTimeout after how long without activity a tab is logged out
 * @param sessionLifetime after how long any session ends, however active
 */
@ConfigurationProperties("app")
public record AppProperties(@DefaultValue("Gemeente Amsterdam") String cityName,
		@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("30m") Duration idleTimeout,
		@DefaultValue("10h") Duration sessionLifetime) {

}

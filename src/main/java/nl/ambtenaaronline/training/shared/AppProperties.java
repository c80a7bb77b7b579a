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
 * @param login failed-login throttling
 */
@ConfigurationProperties("app")
public record AppProperties(@DefaultValue("Gemeente Amsterdam") String cityName,
		@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("30m") Duration idleTimeout,
		@DefaultValue("10h") Duration sessionLifetime, @DefaultValue Login login) {

	/**
	 * @param maxFailures failures per account name before the delay starts
	 * @param maxFailuresPerAddress failures per client address before the delay starts
	 * (higher, because a whole office may share one address)
	 * @param lockDuration the first lock; it doubles with each further failure
	 * @param maxLockDuration the longest lock
	 * @param failureDecay one failure is forgotten for every period this long since the
	 * last
	 */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("1m") Duration lockDuration, @DefaultValue("30m") Duration maxLockDuration,
			@DefaultValue("1h") Duration failureDecay, @DefaultValue("72h") Duration oneTimePasswordValidity) {
	}

}

package nl.ambtenaaronline.training.security.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up settings of password sign-in ({@code app.login.*}): failed-login throttling
 * and how long a one-time password holds.
 *
 * @param maxFailures failures per account name before the delay starts
 * @param maxFailuresPerAddress failures per client address before the delay starts
 * (higher, because a whole office may share one address)
 * @param lockDuration the first lock; it doubles with each further failure
 * @param maxLockDuration the longest lock
 * @param failureDecay one failure is forgotten for every period this long since the last
 * @param oneTimePasswordValidity how long a one-time password set by an administrator may
 * be used
 */
@ConfigurationProperties("app.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("1m") Duration lockDuration, @DefaultValue("30m") Duration maxLockDuration,
		@DefaultValue("1h") Duration failureDecay, @DefaultValue("72h") Duration oneTimePasswordValidity) {
}

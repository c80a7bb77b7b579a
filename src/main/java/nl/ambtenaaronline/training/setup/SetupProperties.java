package nl.ambtenaaronline.training.setup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first-run set-up ({@code app.setup.*}).
 *
 * @param enabled whether a set-up token is printed at start-up while no administrator
 * exists (switch off where administrators come only from the identity provider's groups)
 * @param tokenValidity how long the token printed at start-up stays valid; a restart
 * prints a new one
 * @param maxAttempts wrong tokens after which the token is withdrawn until a restart
 */
@ConfigurationProperties("app.setup")
public record SetupProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60m") Duration tokenValidity,
		@DefaultValue("10") int maxAttempts) {
}

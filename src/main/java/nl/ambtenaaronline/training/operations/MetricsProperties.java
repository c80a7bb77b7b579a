package nl.ambtenaaronline.training.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read {@code /actuator/prometheus} ({@code app.metrics.*}): HTTP Basic with this
 * user; without a password nobody may.
 *
 * @param username the user Prometheus signs in as
 * @param password its password (at least 16 characters; empty: the endpoint refuses
 * everyone)
 */
@ConfigurationProperties("app.metrics")
public record MetricsProperties(@DefaultValue("prometheus") String username, @DefaultValue("") String password) {
}

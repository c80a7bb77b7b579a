package nl.ambtenaaronline.training.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Resubmission of incomplete event publications ({@code app.events.*}).
 *
 * @param resubmitInterval how often one node resubmits what is incomplete (also once
 * shortly after start-up)
 * @param minAge publications younger than this are left alone (their listener may still
 * be running)
 * @param maxAttempts resubmissions after which a publication is left for an administrator
 */
@ConfigurationProperties("app.events")
public record EventProperties(@DefaultValue("5m") Duration resubmitInterval, @DefaultValue("2m") Duration minAge,
		@DefaultValue("5") int maxAttempts) {
}

package nl.ambtenaaronline.training.settings;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A setting with its current value, for the settings screen.
 *
 * @param changedAt when it was last changed; {@code null} while it has its default
 * @param changedBy the audit id of who changed it last
 */
public record SettingValue(SettingDefinition definition, String value, @Nullable Instant changedAt,
		@Nullable String changedBy) {
}

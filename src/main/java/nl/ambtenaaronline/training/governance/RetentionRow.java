package nl.ambtenaaronline.training.governance;

import org.jspecify.annotations.Nullable;

/**
 * One retention setting.
 *
 * @param key the setting key, e.g. {@code retention.answers.months}
 * @param value its current value, or {@code null} when no such setting is configured
 */
public record RetentionRow(String key, @Nullable String value) {

	public boolean configured() {
		return value != null;
	}

}

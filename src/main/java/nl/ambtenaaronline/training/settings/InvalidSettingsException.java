package nl.ambtenaaronline.training.settings;

import java.util.Map;

/**
 * Values saved together of which some do not fit their settings: none was stored. Per
 * setting key the refusal, whose message is a message key.
 */
public class InvalidSettingsException extends RuntimeException {

	private final transient Map<String, InvalidSettingException> refused;

	public InvalidSettingsException(Map<String, InvalidSettingException> refused) {
		super("settings refused: " + refused.keySet());
		this.refused = Map.copyOf(refused);
	}

	public Map<String, InvalidSettingException> refused() {
		return refused;
	}

}

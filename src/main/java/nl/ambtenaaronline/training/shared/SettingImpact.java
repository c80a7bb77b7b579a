package nl.ambtenaaronline.training.shared;

import java.util.List;
import java.util.Map;

/**
 * What saving changed settings would do, said before they are saved: a feature whose
 * settings move dates or erase data tells the settings screen (which knows no feature) in
 * words from the message bundles, with figures counted now.
 *
 * @param messageKey the message key ({@code messages.properties})
 * @param arguments the message's arguments: numbers, readable text, or a {@link Words}
 * for words from the bundles
 */
public record SettingImpact(String messageKey, List<Object> arguments) {

	public SettingImpact {
		arguments = List.copyOf(arguments);
	}

	/** An argument in words from the message bundles, by their key. */
	public record Words(String messageKey) {
	}

	/** A feature's source of impacts; every bean of this type is asked on each save. */
	public interface Source {

		/**
		 * What storing {@code changed} (key to new raw value; values that do not parse
		 * are left out, the store refuses them) would do; empty when this feature has
		 * nothing to say about these keys.
		 */
		List<SettingImpact> impactOf(Map<String, String> changed);

	}

}

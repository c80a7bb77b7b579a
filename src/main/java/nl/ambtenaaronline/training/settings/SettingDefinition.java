package nl.ambtenaaronline.training.settings;

/**
 * A setting that HR or administrators change at run time. Features declare their settings
 * as beans of this type; labels come from the message bundles as {@code setting.<key>}
 * and {@code setting.<key>.help}.
 *
 * @param key stable key, e.g. {@code assignment.new-hire-days}
 * @param type how the value is validated
 * @param defaultValue the value until someone changes it (may be empty for optional
 * values)
 * @param min lowest allowed value of an INTEGER or WEEKDAY setting
 * @param max highest allowed value of an INTEGER or WEEKDAY setting
 * @param hrEditable whether HR may change it (administrators may change every setting)
 * @param labelKey the message key of its label ({@code .help} appended for the help text)
 * @param labelSuffix shown after the label, e.g. the course a setting is for; may be
 * empty
 */
public record SettingDefinition(String key, SettingType type, String defaultValue, int min, int max, boolean hrEditable,
		String labelKey, String labelSuffix) {

	public static SettingDefinition integer(String key, int defaultValue, int min, int max, boolean hrEditable) {
		return new SettingDefinition(key, SettingType.INTEGER, Integer.toString(defaultValue), min, max, hrEditable,
				"setting." + key, "");
	}

	/** A working day (1 is Monday, 5 is Friday), chosen by its name on the screen. */
	public static SettingDefinition weekday(String key, int defaultDay, boolean hrEditable) {
		return new SettingDefinition(key, SettingType.WEEKDAY, Integer.toString(defaultDay), 1, 5, hrEditable,
				"setting." + key, "");
	}

	public static SettingDefinition of(String key, SettingType type, String defaultValue, boolean hrEditable) {
		return new SettingDefinition(key, type, defaultValue, 0, 0, hrEditable, "setting." + key, "");
	}

	/**
	 * The same setting with another label, e.g. one of a family of per-course settings.
	 */
	public SettingDefinition labelled(String labelKey, String labelSuffix) {
		return new SettingDefinition(key, type, defaultValue, min, max, hrEditable, labelKey, labelSuffix);
	}

}

package nl.ambtenaaronline.training.settings;

/** The kinds of value a setting holds; each is validated before it is stored. */
public enum SettingType {

	TEXT, INTEGER, BOOLEAN, DATE, URL, EMAIL,
	/** A working day stored as its ISO number: 1 is Monday, 5 is Friday. */
	WEEKDAY

}

package nl.ambtenaaronline.training.settings;

/** The kinds of value a setting holds; each is validated before it is stored. */
public enum SettingType {

	TEXT, INTEGER, BOOLEAN, DATE, URL, EMAIL

}

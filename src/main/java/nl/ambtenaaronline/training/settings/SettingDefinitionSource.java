package nl.ambtenaaronline.training.settings;

import java.util.List;

/**
 * Settings that depend on what is loaded at start-up, such as one family of settings per
 * course. Asked once, the first time settings are used.
 */
public interface SettingDefinitionSource {

	List<SettingDefinition> definitions();

}

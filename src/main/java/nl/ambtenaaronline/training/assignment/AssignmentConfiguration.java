package nl.ambtenaaronline.training.assignment;

import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingDefinitionSource;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.stereotype.Component;

/**
 * The assignment rules that HR changes at run time, per course: each course loaded at
 * start-up gets its own family of settings ({@code assignment.<course>.<rule>}).
 */
@Component
class AssignmentConfiguration implements SettingDefinitionSource {

	static final String NEW_HIRE_DAYS = "new-hire-days";

	static final String GO_LIVE = "go-live";

	static final String ROLLOUT_DAYS = "rollout-days";

	static final String REFRESHER_MONTHS = "refresher-months";

	static final String RECERTIFY_DAYS = "recertify-days";

	static final String DUE_SOON_DAYS = "due-soon-days";

	private final ContentService contents;

	AssignmentConfiguration(ContentService contents) {
		this.contents = contents;
	}

	static String key(String courseId, String rule) {
		return "assignment." + courseId + "." + rule;
	}

	@Override
	public List<SettingDefinition> definitions() {
		List<SettingDefinition> definitions = new ArrayList<>();
		for (Course course : contents.courses()) {
			String id = course.id();
			String title = course.title().nl();
			definitions.add(labelled(SettingDefinition.integer(key(id, NEW_HIRE_DAYS), 30, 1, 365, true), NEW_HIRE_DAYS,
					title));
			definitions
				.add(labelled(SettingDefinition.of(key(id, GO_LIVE), SettingType.DATE, "", true), GO_LIVE, title));
			definitions
				.add(labelled(SettingDefinition.integer(key(id, ROLLOUT_DAYS), 90, 1, 730, true), ROLLOUT_DAYS, title));
			definitions.add(labelled(SettingDefinition.integer(key(id, REFRESHER_MONTHS), 24, 1, 120, true),
					REFRESHER_MONTHS, title));
			definitions.add(labelled(SettingDefinition.integer(key(id, RECERTIFY_DAYS), 60, 1, 365, true),
					RECERTIFY_DAYS, title));
			definitions.add(
					labelled(SettingDefinition.integer(key(id, DUE_SOON_DAYS), 14, 1, 90, true), DUE_SOON_DAYS, title));
		}
		return definitions;
	}

	private static SettingDefinition labelled(SettingDefinition definition, String rule, String course) {
		return definition.labelled("setting.assignment." + rule, course);
	}

}

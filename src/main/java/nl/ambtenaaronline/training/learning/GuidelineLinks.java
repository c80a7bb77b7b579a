package nl.ambtenaaronline.training.learning;

import java.util.List;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.settings.SettingDefinition;
import nl.ambtenaaronline.training.settings.SettingDefinitionSource;
import nl.ambtenaaronline.training.settings.SettingType;

import org.springframework.stereotype.Component;

/**
 * Where the text of the guideline a course teaches is published: the application does not
 * serve the guideline itself (the lessons quote it), so HR sets its address per course
 * ({@code course.<course>.guideline-url}, audited like every setting). Without one,
 * learners see no link.
 */
@Component
class GuidelineLinks implements SettingDefinitionSource {

	private final ContentService contents;

	GuidelineLinks(ContentService contents) {
		this.contents = contents;
	}

	static String key(String courseId) {
		return "course." + courseId + ".guideline-url";
	}

	@Override
	public List<SettingDefinition> definitions() {
		return contents.courses()
			.stream()
			.map(course -> SettingDefinition.of(key(course.id()), SettingType.URL, "", true)
				.labelled("setting.course.guideline-url", course.title().nl()))
			.toList();
	}

}

package nl.ambtenaaronline.training.content.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.shared.ReferenceNames;

import org.springframework.stereotype.Component;

/**
 * {@code course:social-media} as the course's title, in the user's language: the audit
 * log reads "Ambtenaar online: social media en je werk", not the course's code.
 */
@Component
class CourseNames implements ReferenceNames {

	private static final String PREFIX = "course:";

	private final ContentService contents;

	CourseNames(ContentService contents) {
		this.contents = contents;
	}

	@Override
	public Optional<String> nameOf(String reference) {
		if (!reference.startsWith(PREFIX) || reference.length() == PREFIX.length()) {
			return Optional.empty();
		}
		Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.of("nl"));
		return contents.current(reference.substring(PREFIX.length())).map(course -> course.title().in(locale));
	}

}

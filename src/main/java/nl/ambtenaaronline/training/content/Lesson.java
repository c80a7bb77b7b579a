package nl.ambtenaaronline.training.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A lesson: an optional introduction and its sections, in both languages.
 *
 * @param id equals the file name without {@code .nl.md}/{@code .en.md}
 * @param title the lesson title
 * @param introHtml the text before the first section (may be empty), rendered like
 * sections
 * @param sections the sections, in file order
 */
public record Lesson(String id, LocalizedText title, LocalizedText introHtml, List<LessonSection> sections) {

	public Lesson {
		sections = List.copyOf(sections);
	}

	/** Every rule id the lesson teaches, in order of first appearance. */
	public Set<String> rules() {
		Set<String> rules = new LinkedHashSet<>();
		sections.forEach(section -> rules.addAll(section.rules()));
		return rules;
	}

}

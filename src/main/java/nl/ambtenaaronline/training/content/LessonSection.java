package nl.ambtenaaronline.training.content;

import java.util.List;

/**
 * One section of a lesson (a {@code ## } heading and what follows).
 *
 * @param title the heading without its rule ids
 * @param rules the rule ids the section teaches, in heading order
 * @param html the body rendered from Markdown: raw HTML escaped, URLs sanitised, images
 * pointing to the course's image endpoint; may still hold placeholders such as
 * {@code {{gedragscode-url}}} (resolve them with
 * {@link ContentService#resolvePlaceholdersInHtml(String, java.util.Locale)})
 */
public record LessonSection(LocalizedText title, List<String> rules, LocalizedText html) {

	public LessonSection {
		rules = List.copyOf(rules);
	}

}

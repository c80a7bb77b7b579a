package nl.ambtenaaronline.training.learning.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Rule;
import org.jsoup.nodes.Element;

/**
 * The rules a section, choice or question is about: each with its text first and then its
 * id and strength as a small tag ("OFF-3 · moet"), readable by screen readers (not a
 * tooltip). Read-only, so one element with the tags as its markup ({@link Markup}), not a
 * dozen components per rule.
 */
final class RuleTags extends Div {

	RuleTags(Course course, List<String> ruleIds, Locale locale) {
		Element tags = markup(course, ruleIds, locale, this);
		addClassName("ao-rules");
		getElement().setAttribute("aria-label", tags.attr("aria-label"));
		getElement().setAttribute("role", "list");
		Markup.fill(this, tags);
	}

	/**
	 * The tags as markup, {@code <div class="ao-rules" role="list">} with one list item
	 * per rule, for a block that is markup as a whole (a wrong answer of the test).
	 * @param texts what translates the words (any component)
	 */
	static Element markup(Course course, List<String> ruleIds, Locale locale, Component texts) {
		Element tags = Markup.element("div").addClass("ao-rules");
		tags.attr("role", "list").attr("aria-label", texts.getTranslation("learning.rules"));
		for (String id : ruleIds) {
			course.catalogue().rule(id).ifPresent(rule -> tag(tags, rule, locale, texts));
		}
		return tags;
	}

	private static void tag(Element tags, Rule rule, Locale locale, Component texts) {
		Element tag = tags.appendElement("span")
			.attr("role", "listitem")
			.addClass("ao-rule")
			.addClass("ao-rule-" + rule.strength().id());
		// the paraphrase leads; the code and strength follow as a small tag
		tag.appendElement("span").addClass("ao-rule-text").text(rule.text().in(locale));
		Element code = tag.appendElement("span").addClass("ao-rule-code");
		code.appendElement("span").addClass("ao-rule-id").text(rule.id());
		code.appendText(" · ");
		code.appendElement("span")
			.addClass("ao-rule-strength")
			.text(texts.getTranslation("strength." + rule.strength().id()));
	}

}

package nl.ambtenaaronline.training.learning.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Rule;

/**
 * The rules a section, choice or question is about: each with its text first and then its
 * id and strength as a small tag ("OFF-3 · moet"), readable by screen readers (not a
 * tooltip).
 */
final class RuleTags extends FlexLayout {

	RuleTags(Course course, List<String> ruleIds, Locale locale) {
		addClassName("ao-rules");
		getElement().setAttribute("aria-label", getTranslation("learning.rules"));
		getElement().setAttribute("role", "list");
		for (String id : ruleIds) {
			course.catalogue().rule(id).ifPresent(rule -> add(tag(rule, locale)));
		}
	}

	private Span tag(Rule rule, Locale locale) {
		Span tag = new Span();
		tag.getElement().setAttribute("role", "listitem");
		tag.addClassName("ao-rule");
		tag.addClassName("ao-rule-" + rule.strength().id());
		// the paraphrase leads; the code and strength follow as a small tag
		Span text = new Span(rule.text().in(locale));
		text.addClassName("ao-rule-text");
		Span id = new Span(rule.id());
		id.addClassName("ao-rule-id");
		Span strength = new Span(getTranslation("strength." + rule.strength().id()));
		strength.addClassName("ao-rule-strength");
		Span code = new Span(id, new Span(" · "), strength);
		code.addClassName("ao-rule-code");
		tag.add(text, code);
		return tag;
	}

}

package nl.ambtenaaronline.training.content;

import java.util.List;

/**
 * An assessment question.
 *
 * @param id unique within the course
 * @param type single, multiple or true/false
 * @param rules the rule ids it tests; the first decides the group
 * @param group the rule group it is drawn from (the group of the first rule)
 * @param prompt the question
 * @param options the options, in file order
 */
public record Question(String id, QuestionType type, List<String> rules, String group, LocalizedText prompt,
		List<QuestionOption> options) {

	public Question {
		rules = List.copyOf(rules);
		options = List.copyOf(options);
	}

}

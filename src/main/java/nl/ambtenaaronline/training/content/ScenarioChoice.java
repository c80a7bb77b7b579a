package nl.ambtenaaronline.training.content;

import java.util.List;

/**
 * A choice at a scenario step.
 *
 * @param text what the learner may choose
 * @param feedback why it is or is not in line with the rules
 * @param rules the rule ids the feedback names (at least one)
 * @param score 0 = breach of a moet rule, 1 = partly right, 2 = best
 * @param next the id of the next step or of an ending
 */
public record ScenarioChoice(LocalizedText text, LocalizedText feedback, List<String> rules, int score, String next) {

	public ScenarioChoice {
		rules = List.copyOf(rules);
	}

}

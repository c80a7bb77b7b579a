package nl.ambtenaaronline.training.analytics;

import nl.ambtenaaronline.training.content.LocalizedText;

/**
 * One rule of a team conversation: what the guideline says, how often it was got wrong at
 * first try in the published cells of the department, and one scenario of the course as
 * the case to discuss.
 *
 * @param rule the rule's text from the course catalogue (the guideline's words)
 * @param answers first answers to items tagged with the rule
 * @param wrong of those, wrong
 * @param scenarioTitle the case's title
 * @param situation the scenario's own opening situation, placeholders resolved
 */
public record ConversationTopic(String ruleId, LocalizedText rule, long answers, long wrong, String scenarioId,
		LocalizedText scenarioTitle, LocalizedText situation) {

	public int percentWrong() {
		return answers == 0 ? 0 : (int) Math.round(wrong * 100.0 / answers);
	}

}

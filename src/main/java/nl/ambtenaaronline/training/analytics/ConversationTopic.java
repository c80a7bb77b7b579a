package nl.ambtenaaronline.training.analytics;

import nl.ambtenaaronline.training.content.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a team conversation: what the guideline says, how often it was got wrong at
 * first try in the published cells of the department, and one scenario of the course as
 * the case to discuss.
 *
 * @param rule the rule's text from the course catalogue (the guideline's words)
 * @param answers first answers to items tagged with the rule
 * @param wrong of those, wrong
 * @param scenarioId the case, none when no scenario of the course is about the rule
 * @param scenarioTitle the case's title
 * @param situation the scenario's own opening situation, placeholders resolved
 * @param sharedWith the rule of an earlier topic with the same case, when the course has
 * no other scenario about this rule
 */
public record ConversationTopic(String ruleId, LocalizedText rule, long answers, long wrong,
		@Nullable String scenarioId, @Nullable LocalizedText scenarioTitle, @Nullable LocalizedText situation,
		@Nullable String sharedWith) {

	/** Whether the course has a scenario about the rule to discuss. */
	public boolean hasCase() {
		return scenarioId != null;
	}

	public int percentWrong() {
		return answers == 0 ? 0 : (int) Math.round(wrong * 100.0 / answers);
	}

}

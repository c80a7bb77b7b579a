package nl.ambtenaaronline.training.analytics;

import nl.ambtenaaronline.training.content.LocalizedText;

/**
 * Per rule: first answers to questions and scenario steps tagged with it, and how many of
 * them were wrong.
 */
public record RuleFigure(String ruleId, LocalizedText rule, long answers, long wrong) {

	public int percentWrong() {
		return answers == 0 ? 0 : (int) Math.round(wrong * 100.0 / answers);
	}

}

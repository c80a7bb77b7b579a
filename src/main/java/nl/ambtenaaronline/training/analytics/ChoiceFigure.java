package nl.ambtenaaronline.training.analytics;

import nl.ambtenaaronline.training.content.LocalizedText;

/**
 * How often a choice at a scenario step was taken as the first choice.
 *
 * @param stepNumber the step's place in the scenario, from 1 (people read it, not the id)
 * @param best whether it is the best choice at that step
 * @param percent share of the first choices at that step
 */
public record ChoiceFigure(String scenarioId, LocalizedText scenario, String stepId, int stepNumber, int choiceIndex,
		LocalizedText choice, boolean best, long taken, int percent) {
}

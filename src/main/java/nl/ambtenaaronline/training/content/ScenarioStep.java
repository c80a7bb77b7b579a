package nl.ambtenaaronline.training.content;

import java.util.List;

/**
 * A step of a scenario: a situation and at least three choices.
 *
 * @param id unique within the scenario
 * @param situation what happens
 * @param choices the choices, in file order
 */
public record ScenarioStep(String id, LocalizedText situation, List<ScenarioChoice> choices) {

	public ScenarioStep {
		choices = List.copyOf(choices);
	}

	/** The highest score a choice at this step gives. */
	public int bestScore() {
		return choices.stream().mapToInt(ScenarioChoice::score).max().orElse(0);
	}

}

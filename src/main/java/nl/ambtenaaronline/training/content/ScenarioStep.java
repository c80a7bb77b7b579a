package nl.ambtenaaronline.training.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	/**
	 * The position of the best choice: the first, in file order, with the highest score
	 * ({@code 0} for a step without choices, which the loader refuses).
	 */
	public int bestIndex() {
		int best = 0;
		for (int i = 1; i < choices.size(); i++) {
			if (choices.get(i).score() > choices.get(best).score()) {
				best = i;
			}
		}
		return best;
	}

	/**
	 * The rules this step tests: those named by any of its choices, in file order. An
	 * answer at this step counts for each of them.
	 */
	public Set<String> rules() {
		Set<String> rules = new LinkedHashSet<>();
		choices.forEach(choice -> rules.addAll(choice.rules()));
		return rules;
	}

}

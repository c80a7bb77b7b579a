package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A branching scenario: a graph of steps that ends in an ending. Scenario score = points
 * scored / best points possible on the steps visited.
 *
 * @param id equals the file name without {@code .yaml}
 * @param title the scenario title
 * @param rules every rule the scenario touches
 * @param passMark the scenario's own pass mark in percent, if it has one (see
 * {@link Course#passMarkOf(Scenario)})
 * @param start the id of the first step
 * @param steps the steps, in file order
 * @param endings the endings, in file order
 * @param deepening whether the scenario is optional deepening ({@code verdieping: true}):
 * not on the main path, not needed for the assessment
 */
public record Scenario(String id, LocalizedText title, List<String> rules, OptionalInt passMark, String start,
		List<ScenarioStep> steps, List<ScenarioEnding> endings, boolean deepening) {

	public Scenario {
		rules = List.copyOf(rules);
		steps = List.copyOf(steps);
		endings = List.copyOf(endings);
	}

	public Optional<ScenarioStep> step(String id) {
		return steps.stream().filter(step -> step.id().equals(id)).findFirst();
	}

	public Optional<ScenarioEnding> ending(String id) {
		return endings.stream().filter(ending -> ending.id().equals(id)).findFirst();
	}

	public boolean isEnding(String id) {
		return ending(id).isPresent();
	}

	/** The first step. */
	public ScenarioStep startStep() {
		return step(start).orElseThrow();
	}

}

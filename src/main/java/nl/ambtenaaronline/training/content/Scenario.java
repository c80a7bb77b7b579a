package nl.ambtenaaronline.training.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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

	/**
	 * How many steps a learner at step {@code from} still answers before an ending, that
	 * step included: the fewest and the most over every route from there through the
	 * scenario graph (a route never repeats a step). A branching scenario has no fixed
	 * length; this says how long it can still get. An ending, or an id the scenario does
	 * not know, has none left.
	 */
	public StepsLeft stepsLeft(String from) {
		return stepsLeft(from, new HashSet<>());
	}

	private StepsLeft stepsLeft(String at, Set<String> onRoute) {
		ScenarioStep step = step(at).orElse(null);
		if (step == null) {
			return new StepsLeft(0, 0);
		}
		onRoute.add(at);
		int fewest = Integer.MAX_VALUE;
		int most = 0;
		for (ScenarioChoice choice : step.choices()) {
			if (onRoute.contains(choice.next())) {
				// a loop back: not a route to an ending
				continue;
			}
			StepsLeft after = stepsLeft(choice.next(), onRoute);
			fewest = Math.min(fewest, after.fewest());
			most = Math.max(most, after.most());
		}
		onRoute.remove(at);
		return new StepsLeft(1 + (fewest == Integer.MAX_VALUE ? 0 : fewest), 1 + most);
	}

	/**
	 * Steps left before an ending, the current one included.
	 *
	 * @param fewest along the shortest route from here
	 * @param most along the longest route from here
	 */
	public record StepsLeft(int fewest, int most) {

		/** Whether every route from here is as long. */
		public boolean exact() {
			return fewest == most;
		}

	}

}

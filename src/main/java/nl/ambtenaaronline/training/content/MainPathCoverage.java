package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule coverage per path of the main path. A learner on the main path takes one complete
 * path (start step to an ending) through each scenario not marked as deepening; the rules
 * they practise are those of the steps on their paths. Every learner practises a rule
 * only if some main-path scenario has it on a step that every one of its paths reaches:
 * the union over scenarios of the intersection over paths. Adding up all branches is not
 * enough.
 */
final class MainPathCoverage {

	/**
	 * Guard against a graph that would take too long to walk; far above real scenarios.
	 */
	private static final int MAX_PATHS = 10_000;

	private MainPathCoverage() {
	}

	/** Every complete path through a scenario, as the step ids in order. */
	static List<List<String>> paths(Scenario scenario) {
		List<List<String>> paths = new ArrayList<>();
		walk(scenario, scenario.start(), new ArrayList<>(), paths);
		return paths;
	}

	private static void walk(Scenario scenario, String id, List<String> path, List<List<String>> paths) {
		Optional<ScenarioStep> step = scenario.step(id);
		if (step.isEmpty() || path.contains(id)) {
			// an ending (or a loop or unknown id, which other checks report)
			if (paths.size() < MAX_PATHS) {
				paths.add(List.copyOf(path));
			}
			return;
		}
		path.add(id);
		Set<String> nexts = new LinkedHashSet<>();
		step.get().choices().forEach(choice -> nexts.add(choice.next()));
		for (String next : nexts) {
			walk(scenario, next, path, paths);
		}
		path.remove(path.size() - 1);
	}

	/** The rules of the given steps of a scenario. */
	static Set<String> rules(Scenario scenario, List<String> path) {
		Set<String> rules = new LinkedHashSet<>();
		path.forEach(id -> scenario.step(id).ifPresent(step -> rules.addAll(step.rules())));
		return rules;
	}

	/** The rules practised on every path through the scenario. */
	static Set<String> onEveryPath(Scenario scenario) {
		Set<String> rules = null;
		for (List<String> path : paths(scenario)) {
			Set<String> onPath = rules(scenario, path);
			if (rules == null) {
				rules = new LinkedHashSet<>(onPath);
			}
			else {
				rules.retainAll(onPath);
			}
		}
		return rules == null ? Set.of() : rules;
	}

	/**
	 * A route through the main path on which the rule is never practised, one path per
	 * scenario ("scenario s1 → s2"), or empty when every learner practises it.
	 */
	static Optional<String> routeWithout(List<Scenario> mainPath, String rule) {
		List<String> route = new ArrayList<>();
		for (Scenario scenario : mainPath) {
			Optional<List<String>> without = paths(scenario).stream()
				.filter(path -> !rules(scenario, path).contains(rule))
				.findFirst();
			if (without.isEmpty()) {
				return Optional.empty();
			}
			route.add(scenario.id() + " " + String.join(" → ", without.get()));
		}
		return Optional.of(String.join("; ", route));
	}

}

package nl.ambtenaaronline.training.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

import nl.ambtenaaronline.training.content.CourseRead.ChoiceRef;
import nl.ambtenaaronline.training.content.CourseRead.RuleRef;
import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.Entry;
import nl.ambtenaaronline.training.content.Yaml.ListNode;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.MapNode;
import nl.ambtenaaronline.training.content.Yaml.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads the scenario files of a course: keys, at least three choices per step, a known
 * start, every step reachable and leading to an ending. The rules a choice names and its
 * score are handed on as {@link ChoiceRef}s for {@link CourseValidator}.
 */
final class ScenarioReader {

	private final CourseFiles files;

	private final Problems problems;

	private final List<RuleRef> ruleRefs;

	private final List<ChoiceRef> choices;

	private final Map<String, String> found = new TreeMap<>();

	private final List<Scenario> scenarios = new ArrayList<>();

	ScenarioReader(CourseFiles files, Problems problems, List<RuleRef> ruleRefs, List<ChoiceRef> choices) {
		this.files = files;
		this.problems = problems;
		this.ruleRefs = ruleRefs;
		this.choices = choices;
	}

	/** Reads every file in {@code scenarios/}. */
	void readAll() {
		for (String name : files.names()) {
			if (!name.startsWith("scenarios/")) {
				continue;
			}
			Matcher matcher = CourseReader.YAML_FILE.matcher(name);
			if (!matcher.matches()) {
				problems.in(name).add(Loc.FILE, "content.problem.unexpected-file", "scenarios/<id>.yaml");
				continue;
			}
			String id = matcher.group(2);
			found.put(id, name);
			Scenario scenario = readScenario(name, id);
			if (scenario != null) {
				scenarios.add(scenario);
			}
		}
	}

	/** The scenarios read, in file order. */
	List<Scenario> scenarios() {
		return List.copyOf(scenarios);
	}

	/** The id and file name of every scenario file found, readable or not. */
	Map<String, String> found() {
		return Map.copyOf(found);
	}

	/** A choice as read, with where its parts stand. */
	private record ChoiceRead(ScenarioChoice choice, Located next) {

	}

	private @Nullable Scenario readScenario(String name, String fileId) {
		Problems here = problems.in(name);
		Node root = files.yaml(name, true);
		Fields fields = root == null ? null : Fields.of(root, Loc.START, here, "id", "title", "rules", "passMark",
				"start", "steps", "endings", "verdieping");
		if (fields == null) {
			return null;
		}
		Located id = fields.string("id");
		if (!id.value().isEmpty() && !id.value().equals(fileId)) {
			here.add(id.loc(), "content.problem.id-file-name", id.value(), fileId);
		}
		LocalizedText title = fields.text("title");
		List<Located> scenarioRules = LocatedIds.unique(fields.strings("rules"), here);
		scenarioRules.forEach(rule -> ruleRefs.add(new RuleRef(name, rule)));
		Set<String> scenarioRuleIds = LocatedIds.values(scenarioRules);
		OptionalInt passMark = fields.optionalInteger("passMark", 1, 100);
		Located start = fields.string("start");

		Map<String, Loc> endingLocs = new LinkedHashMap<>();
		List<ScenarioEnding> endings = new ArrayList<>();
		MapNode endingsNode = fields.map("endings");
		if (endingsNode != null) {
			if (endingsNode.entries().isEmpty()) {
				here.add(endingsNode.loc(), "content.problem.no-endings");
			}
			for (Entry entry : endingsNode.entries().values()) {
				endingLocs.put(entry.key(), entry.keyLoc());
				Fields ending = Fields.of(entry.value(), entry.keyLoc(), here, "summary");
				endings.add(new ScenarioEnding(entry.key(),
						ending == null ? new LocalizedText("", "") : ending.text("summary")));
			}
		}

		Map<String, Loc> stepLocs = new LinkedHashMap<>();
		Map<String, List<ChoiceRead>> choicesByStep = new LinkedHashMap<>();
		List<ScenarioStep> steps = new ArrayList<>();
		MapNode stepsNode = fields.map("steps");
		if (stepsNode != null) {
			if (stepsNode.entries().isEmpty()) {
				here.add(stepsNode.loc(), "content.problem.no-steps");
			}
			for (Entry entry : stepsNode.entries().values()) {
				if (endingLocs.containsKey(entry.key())) {
					here.add(entry.keyLoc(), "content.problem.step-is-ending", entry.key(),
							name + ":" + endingLocs.get(entry.key()).line());
				}
				stepLocs.put(entry.key(), entry.keyLoc());
				Fields step = Fields.of(entry.value(), entry.keyLoc(), here, "situation", "choices");
				if (step == null) {
					choicesByStep.put(entry.key(), List.of());
					continue;
				}
				LocalizedText situation = step.text("situation");
				List<ChoiceRead> choices = new ArrayList<>();
				ListNode choiceList = step.list("choices");
				if (choiceList != null) {
					if (choiceList.items().size() < 3) {
						here.add(choiceList.loc(), "content.problem.too-few-choices", entry.key(),
								choiceList.items().size());
					}
					for (Node node : choiceList.items()) {
						ChoiceRead choice = readChoice(node, here, scenarioRuleIds);
						if (choice != null) {
							choices.add(choice);
						}
					}
				}
				choicesByStep.put(entry.key(), choices);
				steps.add(new ScenarioStep(entry.key(), situation, choices.stream().map(ChoiceRead::choice).toList()));
			}
		}
		checkGraph(here, start, stepLocs, endingLocs, choicesByStep);
		boolean deepening = fields.has("verdieping") && fields.bool("verdieping");
		return new Scenario(fileId, title, scenarioRules.stream().map(Located::value).toList(), passMark, start.value(),
				steps, endings, deepening);
	}

	private @Nullable ChoiceRead readChoice(Node node, Problems here, Set<String> scenarioRules) {
		Fields choice = Fields.of(node, node.loc(), here, "text", "feedback", "rules", "score", "next");
		if (choice == null) {
			return null;
		}
		LocalizedText text = choice.text("text");
		LocalizedText feedback = choice.text("feedback");
		List<Located> rules = choice.strings("rules");
		if (choice.has("rules") && rules.isEmpty()) {
			here.add(choice.locOf("rules"), "content.problem.no-rules");
		}
		rules.forEach(rule -> ruleRefs.add(new RuleRef(here.file(), rule)));
		OptionalInt checkedScore = choice.checkedInteger("score", 0, 2);
		int score = checkedScore.orElse(0);
		choices.add(new ChoiceRef(here.file(), choice.locOf("score"), checkedScore.isPresent(), score, rules,
				scenarioRules));
		Located next = choice.string("next");
		return new ChoiceRead(
				new ScenarioChoice(text, feedback, rules.stream().map(Located::value).toList(), score, next.value()),
				next);
	}

	private static void checkGraph(Problems here, Located start, Map<String, Loc> stepLocs, Map<String, Loc> endingLocs,
			Map<String, List<ChoiceRead>> choicesByStep) {
		boolean startKnown = stepLocs.containsKey(start.value());
		if (!start.value().isEmpty() && !startKnown) {
			here.add(start.loc(), "content.problem.unknown-start", start.value());
		}
		for (List<ChoiceRead> choices : choicesByStep.values()) {
			for (ChoiceRead choice : choices) {
				String next = choice.next().value();
				if (!next.isEmpty() && !stepLocs.containsKey(next) && !endingLocs.containsKey(next)) {
					here.add(choice.next().loc(), "content.problem.unknown-next", next);
				}
			}
		}
		if (!startKnown) {
			return;
		}
		Set<String> reached = new HashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start.value()));
		while (!queue.isEmpty()) {
			String id = queue.removeFirst();
			if (!reached.add(id)) {
				continue;
			}
			for (ChoiceRead choice : choicesByStep.getOrDefault(id, List.of())) {
				if (choicesByStep.containsKey(choice.next().value()) || endingLocs.containsKey(choice.next().value())) {
					queue.add(choice.next().value());
				}
			}
		}
		stepLocs.forEach((id, loc) -> {
			if (!reached.contains(id)) {
				here.add(loc, "content.problem.unreachable-step", id, start.value());
			}
		});
		endingLocs.forEach((id, loc) -> {
			if (!reached.contains(id)) {
				here.add(loc, "content.problem.unreachable-ending", id, start.value());
			}
		});
		Set<String> canEnd = new HashSet<>(endingLocs.keySet());
		boolean changed = true;
		while (changed) {
			changed = false;
			for (var step : choicesByStep.entrySet()) {
				if (!canEnd.contains(step.getKey())
						&& step.getValue().stream().anyMatch(choice -> canEnd.contains(choice.next().value()))) {
					canEnd.add(step.getKey());
					changed = true;
				}
			}
		}
		stepLocs.forEach((id, loc) -> {
			if (!canEnd.contains(id)) {
				here.add(loc, "content.problem.no-path-to-ending", id);
			}
		});
	}

}

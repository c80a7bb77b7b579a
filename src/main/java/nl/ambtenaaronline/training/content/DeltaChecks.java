package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.ListNode;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks {@code delta.yaml}, the record of what changed compared with the
 * previous major version, against {@code previous-rules.yaml} (a verbatim copy of the
 * previous version's {@code rules.yaml}, shipped in the course folder so that the check
 * needs neither a database nor the old version in memory) and the course as read: the
 * listed differences must be exactly the differences between the two rule files, and
 * every added or changed rule must be taught by a listed lesson section and tested by a
 * listed question or scenario. Without {@code delta.yaml} a course has no delta path.
 */
final class DeltaChecks {

	static final String DELTA = "delta.yaml";

	static final String PREVIOUS_RULES = "previous-rules.yaml";

	/** A rule of the previous version, as far as differences go. */
	record PreviousRule(String id, String strength, LocalizedText text) {
	}

	private final CourseFiles files;

	private final CourseRead read;

	private final Problems here;

	private DeltaChecks(CourseFiles files, CourseRead read, Problems problems) {
		this.files = files;
		this.read = read;
		this.here = problems.in(DELTA);
	}

	/** The course's delta record, or null when there is none or it has problems. */
	static @Nullable CourseDelta check(CourseFiles files, CourseRead read, Problems problems) {
		if (!files.names().contains(DELTA)) {
			if (files.names().contains(PREVIOUS_RULES)) {
				problems.in(PREVIOUS_RULES).add(Loc.FILE, "content.problem.delta-missing", DELTA);
			}
			return null;
		}
		return new DeltaChecks(files, read, problems).run(problems);
	}

	private @Nullable CourseDelta run(Problems problems) {
		int before = problems.sorted().size();
		Node root = files.yaml(DELTA, true);
		Fields fields = root == null ? null
				: Fields.of(root, Loc.START, here, "from", "rules", "lessons", "scenarios", "questions");
		if (fields == null) {
			return null;
		}
		Located fromText = fields.string("from");
		SemanticVersion from = SemanticVersion.tryParse(fromText.value()).orElse(null);
		SemanticVersion version = read.course().version();
		if (from == null && !fromText.value().isEmpty()) {
			here.add(fromText.loc(), "content.problem.version-format", fromText.value());
		}
		else if (from != null && from.major() >= version.major()) {
			here.add(fromText.loc(), "content.problem.delta-from-not-older", from, version);
		}
		Fields rules = Fields.of(fields.node("rules"), fields.locOf("rules"), here, "added", "changed", "removed");
		List<Located> added = rules == null ? List.of() : LocatedIds.unique(rules.optionalStrings("added"), here);
		List<Located> changed = rules == null ? List.of() : LocatedIds.unique(rules.optionalStrings("changed"), here);
		List<Located> removed = rules == null ? List.of() : LocatedIds.unique(rules.optionalStrings("removed"), here);
		Map<String, PreviousRule> previous = previousRules();
		if (rules != null && previous != null) {
			checkDifferences(rules.loc(), added, changed, removed, previous);
		}
		if (rules != null && added.isEmpty() && changed.isEmpty()) {
			here.add(rules.loc(), "content.problem.delta-nothing-to-learn");
		}
		Set<String> toLearn = new LinkedHashSet<>(LocatedIds.values(added));
		toLearn.addAll(LocatedIds.values(changed));
		Map<String, List<Integer>> sections = lessonSections(fields, toLearn);
		List<Located> scenarios = LocatedIds.unique(fields.optionalStrings("scenarios"), here);
		List<Located> questions = LocatedIds.unique(fields.strings("questions"), here);
		Set<String> tested = new LinkedHashSet<>();
		for (Located id : scenarios) {
			Scenario scenario = read.scenarios()
				.stream()
				.filter(s -> s.id().equals(id.value()))
				.findFirst()
				.orElse(null);
			if (scenario == null) {
				here.add(id.loc(), "content.problem.delta-unknown-scenario", id.value());
				continue;
			}
			Set<String> practised = new LinkedHashSet<>();
			scenario.steps().forEach(step -> step.choices().forEach(choice -> practised.addAll(choice.rules())));
			unrelated(id, "scenario " + id.value(), practised, toLearn);
			tested.addAll(practised);
		}
		for (Located id : questions) {
			Question question = read.questions()
				.stream()
				.filter(q -> q.id().equals(id.value()))
				.findFirst()
				.orElse(null);
			if (question == null) {
				here.add(id.loc(), "content.problem.delta-unknown-question", id.value());
				continue;
			}
			unrelated(id, "question " + id.value(), Set.copyOf(question.rules()), toLearn);
			tested.addAll(question.rules());
		}
		if (fields.has("questions") && questions.isEmpty()) {
			here.add(fields.locOf("questions"), "content.problem.delta-no-questions");
		}
		Set<String> taught = new LinkedHashSet<>();
		sections.forEach((lessonId, numbers) -> read.lessons()
			.stream()
			.filter(lesson -> lesson.id().equals(lessonId))
			.findFirst()
			.ifPresent(lesson -> numbers.forEach(number -> taught.addAll(lesson.sections().get(number - 1).rules()))));
		for (Located rule : added) {
			covered(rule, taught, tested);
		}
		for (Located rule : changed) {
			covered(rule, taught, tested);
		}
		if (problems.sorted().size() > before || from == null) {
			return null;
		}
		return new CourseDelta(from, ids(added), ids(changed), ids(removed), sections, ids(scenarios), ids(questions));
	}

	private static List<String> ids(List<Located> located) {
		return located.stream().map(Located::value).toList();
	}

	/**
	 * A rule to learn is taught by a listed section and tested by a listed question or
	 * scenario.
	 */
	private void covered(Located rule, Set<String> taught, Set<String> tested) {
		if (read.rules().catalogue().rule(rule.value()).isEmpty()) {
			return; // reported as unknown
		}
		if (!taught.contains(rule.value())) {
			here.add(rule.loc(), "content.problem.delta-not-taught", rule.value());
		}
		if (!tested.contains(rule.value())) {
			here.add(rule.loc(), "content.problem.delta-not-tested", rule.value());
		}
	}

	/** Listed material must cover at least one rule to learn. */
	private void unrelated(Located id, String what, Set<String> rules, Set<String> toLearn) {
		if (!toLearn.isEmpty() && rules.stream().noneMatch(toLearn::contains)) {
			here.add(id.loc(), "content.problem.delta-unrelated", what, String.join(", ", toLearn));
		}
	}

	private Map<String, List<Integer>> lessonSections(Fields fields, Set<String> toLearn) {
		Map<String, List<Integer>> sections = new LinkedHashMap<>();
		ListNode list = fields.list("lessons");
		if (list == null) {
			return sections;
		}
		for (Node node : list.items()) {
			Fields entry = Fields.of(node, node.loc(), here, "lesson", "sections");
			if (entry == null) {
				continue;
			}
			Located lessonId = entry.string("lesson");
			Lesson lesson = read.lessons()
				.stream()
				.filter(l -> l.id().equals(lessonId.value()))
				.findFirst()
				.orElse(null);
			if (lesson == null) {
				if (!lessonId.value().isEmpty()) {
					here.add(lessonId.loc(), "content.problem.delta-unknown-lesson", lessonId.value());
				}
				continue;
			}
			if (sections.containsKey(lesson.id())) {
				here.add(lessonId.loc(), "content.problem.duplicate-id", lesson.id(), DELTA);
				continue;
			}
			List<Integer> numbers = new ArrayList<>();
			for (Located number : entry.strings("sections")) {
				int value;
				try {
					value = Integer.parseInt(number.value());
				}
				catch (NumberFormatException ex) {
					value = 0;
				}
				if (value < 1 || value > lesson.sections().size()) {
					here.add(number.loc(), "content.problem.delta-unknown-section", number.value(), lesson.id(),
							lesson.sections().size());
					continue;
				}
				if (numbers.contains(value)) {
					here.add(number.loc(), "content.problem.duplicate-id", value, DELTA);
					continue;
				}
				LessonSection section = lesson.sections().get(value - 1);
				unrelated(number, lesson.id() + " §" + value, Set.copyOf(section.rules()), toLearn);
				numbers.add(value);
			}
			if (!numbers.isEmpty()) {
				sections.put(lesson.id(), numbers);
			}
		}
		return sections;
	}

	/** previous-rules.yaml by rule id; null when it is missing or broken (reported). */
	private @Nullable Map<String, PreviousRule> previousRules() {
		Problems there = here.in(PREVIOUS_RULES);
		if (!files.names().contains(PREVIOUS_RULES)) {
			here.add(Loc.FILE, "content.problem.delta-previous-missing", PREVIOUS_RULES);
			return null;
		}
		Node root = files.yaml(PREVIOUS_RULES, true);
		Fields fields = root == null ? null : Fields.of(root, Loc.START, there, "groups", "rules");
		ListNode list = fields == null ? null : fields.list("rules");
		if (list == null) {
			return null;
		}
		Map<String, PreviousRule> rules = new LinkedHashMap<>();
		for (Node node : list.items()) {
			Fields rule = Fields.of(node, node.loc(), there, "id", "group", "strength", "text");
			if (rule == null) {
				continue;
			}
			Located id = rule.string("id");
			PreviousRule previous = new PreviousRule(id.value(), rule.string("strength").value(), rule.text("text"));
			if (!id.value().isEmpty() && rules.putIfAbsent(id.value(), previous) != null) {
				there.add(id.loc(), "content.problem.duplicate-id", id.value(), PREVIOUS_RULES);
			}
		}
		return rules;
	}

	/**
	 * The listed differences are exactly those between previous-rules.yaml and
	 * rules.yaml.
	 */
	private void checkDifferences(Loc rulesLoc, List<Located> added, List<Located> changed, List<Located> removed,
			Map<String, PreviousRule> previous) {
		RuleCatalogue now = read.rules().catalogue();
		Set<String> listedAdded = LocatedIds.values(added);
		Set<String> listedChanged = LocatedIds.values(changed);
		Set<String> listedRemoved = LocatedIds.values(removed);
		for (Located id : added) {
			if (now.rule(id.value()).isEmpty()) {
				here.add(id.loc(), "content.problem.delta-not-in-rules", id.value(), "added");
			}
			else if (previous.containsKey(id.value())) {
				here.add(id.loc(), "content.problem.delta-added-existed", id.value(), PREVIOUS_RULES);
			}
		}
		for (Located id : changed) {
			Rule rule = now.rule(id.value()).orElse(null);
			PreviousRule before = previous.get(id.value());
			if (rule == null) {
				here.add(id.loc(), "content.problem.delta-not-in-rules", id.value(), "changed");
			}
			else if (before == null) {
				here.add(id.loc(), "content.problem.delta-not-in-previous", id.value(), "changed", PREVIOUS_RULES);
			}
			else if (difference(rule, before).isEmpty()) {
				here.add(id.loc(), "content.problem.delta-changed-unchanged", id.value(), PREVIOUS_RULES);
			}
		}
		for (Located id : removed) {
			if (!previous.containsKey(id.value())) {
				here.add(id.loc(), "content.problem.delta-not-in-previous", id.value(), "removed", PREVIOUS_RULES);
			}
			else if (now.rule(id.value()).isPresent()) {
				here.add(id.loc(), "content.problem.delta-removed-still-there", id.value());
			}
		}
		for (Rule rule : now.rules()) {
			PreviousRule before = previous.get(rule.id());
			if (before == null && !listedAdded.contains(rule.id())) {
				here.add(rulesLoc, "content.problem.delta-unlisted-added", rule.id(), PREVIOUS_RULES);
			}
			else if (before != null && !difference(rule, before).isEmpty() && !listedChanged.contains(rule.id())) {
				here.add(rulesLoc, "content.problem.delta-unlisted-changed", rule.id(), difference(rule, before),
						PREVIOUS_RULES);
			}
		}
		previous.keySet()
			.stream()
			.filter(id -> now.rule(id).isEmpty() && !listedRemoved.contains(id))
			.forEach(id -> here.add(rulesLoc, "content.problem.delta-unlisted-removed", id, PREVIOUS_RULES));
	}

	/**
	 * What differs, e.g. {@code strength moet -> advies, text nl}; empty when nothing.
	 */
	private static String difference(Rule rule, PreviousRule before) {
		List<String> parts = new ArrayList<>();
		if (!rule.strength().id().equals(before.strength())) {
			parts.add("strength " + before.strength() + " -> " + rule.strength().id());
		}
		if (!rule.text().nl().equals(before.text().nl())) {
			parts.add("text nl");
		}
		if (!rule.text().en().equals(before.text().en())) {
			parts.add("text en");
		}
		return String.join(", ", parts);
	}

}

package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.content.CourseRead.ChoiceRef;
import nl.ambtenaaronline.training.content.CourseRead.LessonFiles;
import nl.ambtenaaronline.training.content.CourseRead.RuleRef;
import nl.ambtenaaronline.training.content.CourseRead.RulesRead;
import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.ListNode;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.MapNode;
import nl.ambtenaaronline.training.content.Yaml.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files of one course folder into a {@link CourseRead}: each file is parsed and
 * checked on its own (keys, types, ids, option counts, scenario graphs); every rule that
 * spans files is left to {@link CourseValidator}.
 */
final class CourseReader {

	static final Pattern LESSON_FILE = Pattern.compile("lessons/([a-z0-9][a-z0-9-]*)\\.(nl|en)\\.md");

	static final Pattern YAML_FILE = Pattern.compile("(scenarios|questions)/([a-z0-9][a-z0-9._-]*)\\.yaml");

	private final CourseFiles files;

	private final Problems problems;

	private final List<LessonFiles> lessonFiles = new ArrayList<>();

	private final List<RuleRef> ruleRefs = new ArrayList<>();

	private final List<ChoiceRef> choices = new ArrayList<>();

	private RuleCatalogue catalogue = new RuleCatalogue(List.of(), List.of());

	private CourseReader(CourseFiles files, Problems problems) {
		this.files = files;
		this.problems = problems;
	}

	/** Reads every file of the course; problems of single files are added to problems. */
	static CourseRead read(CourseFiles files, Problems problems, String courseFolder) {
		return new CourseReader(files, problems).run(courseFolder);
	}

	private CourseRead run(String courseFolder) {
		CourseFile course = CourseFile.read(files, problems, courseFolder);
		String imagePrefix = CourseLoader.IMAGE_URL_PREFIX + courseFolder + "/" + course.version() + "/";
		RulesRead rules = readRules();
		List<Lesson> lessons = readLessons(imagePrefix);
		ScenarioReader scenarios = new ScenarioReader(files, problems, ruleRefs, choices);
		scenarios.readAll();
		List<Question> questions = readQuestions();
		return new CourseRead(course, rules, lessons, List.copyOf(lessonFiles), scenarios.scenarios(),
				scenarios.found(), questions, List.copyOf(ruleRefs), List.copyOf(choices));
	}

	// --- rules.yaml and catalogue.md

	private RulesRead readRules() {
		Problems here = problems.in(CourseLoader.RULES);
		Node root = files.yaml(CourseLoader.RULES, true);
		Fields fields = root == null ? null : Fields.of(root, Loc.START, here, "groups", "rules");
		if (fields == null) {
			return new RulesRead(catalogue, Map.of(), Map.of(), Loc.START, Map.of());
		}
		List<RuleGroup> groups = new ArrayList<>();
		Map<String, Loc> groupLocs = new HashMap<>();
		ListNode groupList = fields.list("groups");
		if (groupList != null) {
			for (Node node : groupList.items()) {
				Fields group = Fields.of(node, node.loc(), here, "id", "title");
				if (group == null) {
					continue;
				}
				Located id = group.string("id");
				LocalizedText title = group.text("title");
				if (id.value().isEmpty()) {
					continue;
				}
				if (groupLocs.containsKey(id.value())) {
					here.add(id.loc(), "content.problem.duplicate-id", id.value(),
							CourseLoader.RULES + ":" + groupLocs.get(id.value()).line());
					continue;
				}
				groupLocs.put(id.value(), id.loc());
				groups.add(new RuleGroup(id.value(), title));
			}
		}
		List<Rule> rules = new ArrayList<>();
		Map<String, Loc> ruleIdLocs = new LinkedHashMap<>();
		Map<String, Map<String, Loc>> ruleFieldLocs = new HashMap<>();
		ListNode ruleList = fields.list("rules");
		if (ruleList != null) {
			for (Node node : ruleList.items()) {
				Fields rule = Fields.of(node, node.loc(), here, "id", "group", "strength", "text");
				if (rule == null) {
					continue;
				}
				Located id = rule.string("id");
				Located group = rule.string("group");
				Located strengthText = rule.string("strength");
				LocalizedText text = rule.text("text");
				Strength strength = Strength.of(strengthText.value()).orElse(null);
				if (strength == null && !strengthText.value().isEmpty()) {
					here.add(strengthText.loc(), "content.problem.unknown-strength", strengthText.value(),
							"moet, advies, mag, principe, info");
				}
				if (!group.value().isEmpty() && !groupLocs.containsKey(group.value())) {
					here.add(group.loc(), "content.problem.unknown-group", group.value());
				}
				if (id.value().isEmpty()) {
					continue;
				}
				if (ruleIdLocs.containsKey(id.value())) {
					here.add(id.loc(), "content.problem.duplicate-id", id.value(),
							CourseLoader.RULES + ":" + ruleIdLocs.get(id.value()).line());
					continue;
				}
				ruleIdLocs.put(id.value(), id.loc());
				ruleFieldLocs.put(id.value(),
						Map.of("strength", strengthText.loc(), "nl", textLoc(rule, "nl"), "en", textLoc(rule, "en")));
				rules.add(new Rule(id.value(), group.value(), strength == null ? Strength.INFO : strength, text));
			}
		}
		catalogue = new RuleCatalogue(groups, rules);
		String catalogueText = files.text(Catalogue.FILE, true);
		Map<String, Catalogue.Row> rows = catalogueText == null ? Map.of()
				: Catalogue.parse(catalogueText, problems.in(Catalogue.FILE));
		return new RulesRead(catalogue, ruleIdLocs, ruleFieldLocs, ruleList == null ? fields.loc() : ruleList.loc(),
				rows);
	}

	private static Loc textLoc(Fields rule, String language) {
		if (rule.node("text") instanceof MapNode text && text.get(language) != null) {
			return text.get(language).loc();
		}
		return rule.locOf("text");
	}

	// --- lessons

	private List<Lesson> readLessons(String imagePrefix) {
		Map<String, Map<String, String>> byId = new TreeMap<>();
		for (String name : files.names()) {
			if (!name.startsWith("lessons/")) {
				continue;
			}
			Matcher matcher = LESSON_FILE.matcher(name);
			if (!matcher.matches()) {
				problems.in(name).add(Loc.FILE, "content.problem.lesson-file-name");
				continue;
			}
			byId.computeIfAbsent(matcher.group(1), id -> new HashMap<>()).put(matcher.group(2), name);
		}
		List<Lesson> lessons = new ArrayList<>();
		for (var found : byId.entrySet()) {
			String id = found.getKey();
			String nlFile = "lessons/" + id + ".nl.md";
			String enFile = "lessons/" + id + ".en.md";
			if (!found.getValue().containsKey("nl")) {
				problems.in(enFile).add(Loc.FILE, "content.problem.lesson-language-missing", nlFile);
				files.markIncomplete();
			}
			if (!found.getValue().containsKey("en")) {
				problems.in(nlFile).add(Loc.FILE, "content.problem.lesson-language-missing", enFile);
				files.markIncomplete();
			}
			String someFile = found.getValue().containsKey("nl") ? nlFile : enFile;
			LessonMarkdown.Parsed nl = lessonFile(nlFile, id, imagePrefix);
			LessonMarkdown.Parsed en = lessonFile(enFile, id, imagePrefix);
			lessonFiles.add(new LessonFiles(id, nlFile, enFile, someFile, nl, en));
			if (nl == null || en == null) {
				continue;
			}
			List<LessonSection> sections = new ArrayList<>();
			for (int i = 0; i < Math.min(nl.sections().size(), en.sections().size()); i++) {
				LessonMarkdown.Section dutch = nl.sections().get(i);
				LessonMarkdown.Section english = en.sections().get(i);
				List<String> nlRules = dutch.rules().stream().map(Located::value).toList();
				sections.add(new LessonSection(new LocalizedText(dutch.title(), english.title()), nlRules,
						new LocalizedText(dutch.html(), english.html())));
			}
			lessons.add(new Lesson(id, new LocalizedText(nl.title(), en.title()),
					new LocalizedText(nl.introHtml(), en.introHtml()), sections));
		}
		return lessons;
	}

	private LessonMarkdown.@Nullable Parsed lessonFile(String name, String id, String imagePrefix) {
		String text = files.text(name, false);
		if (text == null) {
			return null;
		}
		Problems here = problems.in(name);
		LessonMarkdown.Parsed parsed = LessonMarkdown.parse(text, files.names(), imagePrefix, here);
		if (parsed == null) {
			files.markIncomplete();
			return null;
		}
		if (parsed.sections().stream().anyMatch(section -> section.rules().isEmpty())) {
			files.markIncomplete();
		}
		if (!parsed.id().value().isEmpty() && !parsed.id().value().equals(id)) {
			here.add(parsed.id().loc(), "content.problem.id-file-name", parsed.id().value(), id);
		}
		for (LessonMarkdown.Section section : parsed.sections()) {
			section.rules().forEach(rule -> ruleRefs.add(new RuleRef(name, rule)));
		}
		return parsed;
	}

	// --- questions

	private List<Question> readQuestions() {
		List<Question> questions = new ArrayList<>();
		Map<String, String> idLocations = new HashMap<>();
		for (String name : files.names()) {
			if (!name.startsWith("questions/")) {
				continue;
			}
			if (!YAML_FILE.matcher(name).matches()) {
				problems.in(name).add(Loc.FILE, "content.problem.unexpected-file", "questions/<name>.yaml");
				continue;
			}
			Problems here = problems.in(name);
			Node root = files.yaml(name, true);
			if (root == null) {
				continue;
			}
			if (!(root instanceof ListNode list)) {
				here.add(root.loc(), "content.problem.expected-question-list");
				continue;
			}
			for (Node node : list.items()) {
				Question question = readQuestion(node, here, idLocations);
				if (question != null) {
					questions.add(question);
				}
			}
		}
		return questions;
	}

	private @Nullable Question readQuestion(Node node, Problems here, Map<String, String> idLocations) {
		Fields fields = Fields.of(node, node.loc(), here, "id", "type", "rules", "prompt", "options");
		if (fields == null) {
			return null;
		}
		Located id = fields.string("id");
		if (!id.value().isEmpty()) {
			String first = idLocations.putIfAbsent(id.value(), here.file() + ":" + id.loc().line());
			if (first != null) {
				here.add(id.loc(), "content.problem.duplicate-id", id.value(), first);
			}
		}
		Located typeText = fields.string("type");
		QuestionType type = QuestionType.of(typeText.value()).orElse(null);
		if (type == null && !typeText.value().isEmpty()) {
			here.add(typeText.loc(), "content.problem.unknown-question-type", typeText.value(),
					"single, multiple, truefalse");
		}
		List<Located> rules = fields.strings("rules");
		if (fields.has("rules") && rules.isEmpty()) {
			here.add(fields.locOf("rules"), "content.problem.no-rules");
		}
		String group = "";
		for (int i = 0; i < rules.size(); i++) {
			Located rule = rules.get(i);
			ruleRefs.add(new RuleRef(here.file(), rule));
			if (i == 0) {
				group = catalogue.rule(rule.value()).map(Rule::group).orElse("");
			}
		}
		LocalizedText prompt = fields.text("prompt");
		List<QuestionOption> options = new ArrayList<>();
		ListNode optionList = fields.list("options");
		if (optionList != null) {
			for (Node optionNode : optionList.items()) {
				Fields option = Fields.of(optionNode, optionNode.loc(), here, "text", "correct", "feedback");
				if (option != null) {
					options
						.add(new QuestionOption(option.text("text"), option.bool("correct"), option.text("feedback")));
				}
			}
			if (type != null) {
				checkOptions(type, options, optionList.loc(), id.value(), here);
			}
		}
		return new Question(id.value(), type == null ? QuestionType.SINGLE : type,
				rules.stream().map(Located::value).toList(), group, prompt, options);
	}

	/**
	 * A true/false option means the same in both languages: the English of "Waar" is
	 * "True" and of "Niet waar" "False", so that the key is the same for every learner.
	 */
	private static void sameKeyInBothLanguages(QuestionOption option, Loc loc, String id, Problems here) {
		String nl = option.text().nl().strip().toLowerCase(Locale.ROOT);
		String en = option.text().en().strip().toLowerCase(Locale.ROOT);
		String expected = switch (nl) {
			case "waar", "waar." -> "true";
			case "niet waar", "niet waar." -> "false";
			default -> null;
		};
		if (expected != null && !en.equals(expected) && !en.equals(expected + ".")) {
			here.add(loc, "content.problem.truefalse-language", id, option.text().nl().strip(),
					option.text().en().strip());
		}
	}

	private static void checkOptions(QuestionType type, List<QuestionOption> options, Loc loc, String id,
			Problems here) {
		long correct = options.stream().filter(QuestionOption::correct).count();
		if (type == QuestionType.TRUEFALSE && options.size() != 2) {
			here.add(loc, "content.problem.truefalse-options", id, options.size());
		}
		if (type == QuestionType.TRUEFALSE) {
			options.forEach(option -> sameKeyInBothLanguages(option, loc, id, here));
		}
		else if (type != QuestionType.TRUEFALSE && options.size() < 2) {
			here.add(loc, "content.problem.too-few-options", id, options.size());
		}
		if (correct == 0) {
			here.add(loc, "content.problem.no-correct", id);
		}
		else if (type != QuestionType.MULTIPLE && correct > 1) {
			here.add(loc, "content.problem.more-than-one-correct", id, type.id(), correct);
		}
		else if (type == QuestionType.MULTIPLE && correct == options.size()) {
			here.add(loc, "content.problem.all-correct", id);
		}
	}

}

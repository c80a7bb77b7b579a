package nl.ambtenaaronline.training.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.Entry;
import nl.ambtenaaronline.training.content.Yaml.ListNode;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.MapNode;
import nl.ambtenaaronline.training.content.Yaml.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads one course folder into a {@link Course} and validates it against
 * {@code content/FORMAT.md}. Every problem is collected, with file, line and column; only
 * a course without problems is returned. Needs no Spring, so that the editors'
 * command-line check ({@link ContentCheck}) runs the very same checks.
 */
final class CourseLoader {

	static final String COURSE = "course.yaml";

	static final String RULES = "rules.yaml";

	/** Where lesson images are served; see {@code CourseImageController}. */
	static final String IMAGE_URL_PREFIX = "course-images/";

	private static final Pattern LESSON_FILE = Pattern.compile("lessons/([a-z0-9][a-z0-9-]*)\\.(nl|en)\\.md");

	private static final Pattern YAML_FILE = Pattern.compile("(scenarios|questions)/([a-z0-9][a-z0-9._-]*)\\.yaml");

	/** The outcome: a course when there are no problems. */
	record Result(@Nullable LoadedCourse course, List<ContentProblem> problems) {

	}

	private final Path folder;

	private final String courseFolder;

	private final Problems problems;

	private final Map<String, byte[]> files = new TreeMap<>();

	private final Map<String, Set<String>> taughtBy = new HashMap<>();

	private final Map<String, Set<String>> testedBy = new HashMap<>();

	private final Map<String, Set<String>> practisedBy = new HashMap<>();

	private final Map<String, Loc> ruleLocs = new LinkedHashMap<>();

	private RuleCatalogue catalogue = new RuleCatalogue(List.of(), List.of());

	/**
	 * Set when a file could not be read at all (syntax, no front matter, a language
	 * missing): the checks across files would then only repeat that problem.
	 */
	private boolean incomplete;

	private CourseLoader(Path folder) {
		this.folder = folder;
		this.courseFolder = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		this.problems = new Problems(courseFolder);
	}

	/** Loads and validates one course folder. */
	static Result load(Path folder) {
		return new CourseLoader(folder).run();
	}

	private Result run() {
		readFiles();
		String hash = hash();

		CourseFile courseFile = readCourse();
		String imagePrefix = IMAGE_URL_PREFIX + courseFolder + "/" + courseFile.version() + "/";
		readRules();
		List<Lesson> lessons = readLessons(courseFile, imagePrefix);
		List<Scenario> scenarios = readScenarios(courseFile);
		List<Question> questions = readQuestions();
		if (!incomplete) {
			checkPools(courseFile, questions);
			checkCoverage();
		}
		if (!incomplete && problems.isEmpty()) {
			// statistics over the whole course: meaningful once every file is right
			JudgementChecks.check(scenarios, questions, problems.in(COURSE));
		}

		if (!problems.isEmpty()) {
			return new Result(null, problems.sorted());
		}
		Map<String, Lesson> lessonsById = new HashMap<>();
		lessons.forEach(lesson -> lessonsById.put(lesson.id(), lesson));
		Map<String, Scenario> scenariosById = new HashMap<>();
		scenarios.forEach(scenario -> scenariosById.put(scenario.id(), scenario));
		List<Lesson> orderedLessons = courseFile.lessons().stream().map(id -> lessonsById.get(id.value())).toList();
		List<Scenario> orderedScenarios = courseFile.scenarios()
			.stream()
			.map(id -> scenariosById.get(id.value()))
			.toList();
		RefresherPath refresher = new RefresherPath(courseFile.refresherLessons().stream().map(Located::value).toList(),
				courseFile.refresherScenarios().stream().map(Located::value).toList());
		Course course = new Course(courseFile.id(), courseFile.version(), courseFile.guideline(), courseFile.title(),
				courseFile.summary(),
				CourseLengths.of(orderedLessons, orderedScenarios, questions, courseFile.assessment(), refresher),
				catalogue, orderedLessons, orderedScenarios, questions, refresher, courseFile.scenarioPassMark(),
				courseFile.assessment(), courseFile.certificate(), hash);
		Map<String, byte[]> images = new HashMap<>();
		files.forEach((name, bytes) -> {
			if (name.startsWith("images/")) {
				images.put(name, bytes);
			}
		});
		return new Result(new LoadedCourse(course, images, courseFile.versionLoc()), List.of());
	}

	// --- files

	private void readFiles() {
		Path root;
		try {
			root = folder.toRealPath();
		}
		catch (IOException ex) {
			problems.in(".").add(Loc.FILE, "content.problem.folder-missing", folder.toString());
			return;
		}
		if (!Files.isDirectory(root)) {
			problems.in(".").add(Loc.FILE, "content.problem.folder-missing", folder.toString());
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted().toList()) {
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				String relative = root.relativize(path).toString().replace('\\', '/');
				if (relative.startsWith(".") || relative.contains("/.")) {
					continue;
				}
				if (Files.isSymbolicLink(path)) {
					Path real;
					try {
						real = path.toRealPath();
					}
					catch (IOException ex) {
						problems.in(relative).add(Loc.FILE, "content.problem.outside-folder");
						continue;
					}
					if (!real.startsWith(root)) {
						problems.in(relative).add(Loc.FILE, "content.problem.outside-folder");
						continue;
					}
				}
				if (Files.isRegularFile(path)) {
					files.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((name, bytes) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private @Nullable String text(String name, boolean required) {
		byte[] bytes = files.get(name);
		if (bytes == null) {
			if (required) {
				problems.in(name).add(Loc.FILE, "content.problem.file-missing");
			}
			return null;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			problems.in(name).add(Loc.FILE, "content.problem.not-utf8");
			return null;
		}
	}

	private @Nullable Node yaml(String name, boolean required) {
		String text = text(name, required);
		Node node = text == null ? null : Yaml.parse(text, 0, problems.in(name));
		if (node == null) {
			incomplete = true;
		}
		return node;
	}

	// --- course.yaml

	/** What course.yaml says, with the locations later checks need. */
	private record CourseFile(String id, SemanticVersion version, Loc versionLoc, GuidelineInfo guideline,
			LocalizedText title, LocalizedText summary, List<Located> lessons, List<Located> scenarios,
			List<Located> refresherLessons, List<Located> refresherScenarios, int scenarioPassMark,
			AssessmentSettings assessment, Map<String, Loc> drawLocs, CertificateSettings certificate) {

	}

	private CourseFile readCourse() {
		Problems here = problems.in(COURSE);
		Node root = yaml(COURSE, true);
		Fields course = root == null ? null
				: Fields.of(root, Loc.START, here, "id", "version", "guideline", "title", "summary", "durationMinutes",
						"lessons", "scenarios", "refresher", "scenarioPassMark", "assessment", "certificate");
		if (course == null) {
			return new CourseFile(courseFolder, new SemanticVersion(0, 0, 0), Loc.START,
					new GuidelineInfo(new LocalizedText("", ""), "", new LocalizedText("", "")),
					new LocalizedText("", ""), new LocalizedText("", ""), List.of(), List.of(), List.of(), List.of(), 0,
					new AssessmentSettings(Map.of(), 0, 0, 0), Map.of(), new CertificateSettings(0, false));
		}
		Located id = course.string("id");
		if (!id.value().isEmpty() && !id.value().equals(courseFolder)) {
			here.add(id.loc(), "content.problem.course-id-folder", id.value(), courseFolder);
		}
		Located versionText = course.string("version");
		SemanticVersion version = SemanticVersion.tryParse(versionText.value()).orElse(null);
		if (version == null) {
			if (!versionText.value().isEmpty()) {
				here.add(versionText.loc(), "content.problem.version-format", versionText.value());
			}
			version = new SemanticVersion(0, 0, 0);
		}
		GuidelineInfo guideline = new GuidelineInfo(new LocalizedText("", ""), "", new LocalizedText("", ""));
		Fields guidelineFields = course.has("guideline")
				? Fields.of(course.node("guideline"), course.loc(), here, "title", "version", "date") : null;
		if (!course.has("guideline")) {
			here.add(course.loc(), "content.problem.missing-key", "guideline");
		}
		if (guidelineFields != null) {
			guideline = new GuidelineInfo(guidelineFields.text("title"), guidelineFields.string("version").value(),
					guidelineFields.text("date"));
		}
		LocalizedText title = course.text("title");
		LocalizedText summary = course.text("summary");
		if (course.has("durationMinutes")) {
			// no longer read: the engine computes the length from the content
			// (CourseLength)
			course.integer("durationMinutes", 1, 1000);
		}
		List<Located> lessons = unique(course.strings("lessons"), here);
		List<Located> scenarios = unique(course.strings("scenarios"), here);
		List<Located> refresherLessons = List.of();
		List<Located> refresherScenarios = List.of();
		if (course.has("refresher")) {
			Fields refresher = Fields.of(course.node("refresher"), course.loc(), here, "lessons", "scenarios");
			if (refresher != null) {
				refresherLessons = unique(refresher.optionalStrings("lessons"), here);
				refresherScenarios = unique(refresher.optionalStrings("scenarios"), here);
				Set<String> lessonIds = values(lessons);
				Set<String> scenarioIds = values(scenarios);
				refresherLessons.stream()
					.filter(lesson -> !lessonIds.contains(lesson.value()))
					.forEach(lesson -> here.add(lesson.loc(), "content.problem.refresher-unknown-lesson",
							lesson.value()));
				refresherScenarios.stream()
					.filter(scenario -> !scenarioIds.contains(scenario.value()))
					.forEach(scenario -> here.add(scenario.loc(), "content.problem.refresher-unknown-scenario",
							scenario.value()));
			}
		}
		int scenarioPassMark = course.integer("scenarioPassMark", 1, 100);
		AssessmentSettings assessment = new AssessmentSettings(Map.of(), 0, 0, 0);
		Map<String, Loc> drawLocs = new LinkedHashMap<>();
		MapNode assessmentNode = course.map("assessment");
		if (assessmentNode != null) {
			Fields fields = Fields.of(assessmentNode, course.loc(), here, "draw", "passMark", "maxAttempts",
					"cooldownMinutes");
			if (fields != null) {
				Map<String, Integer> draw = new LinkedHashMap<>();
				MapNode drawNode = fields.map("draw");
				if (drawNode != null) {
					Fields drawFields = Fields.of(drawNode, fields.loc(), here,
							drawNode.entries().keySet().toArray(String[]::new));
					for (Entry entry : drawNode.entries().values()) {
						draw.put(entry.key(), drawFields == null ? 0 : drawFields.integer(entry.key(), 0, 1000));
						drawLocs.put(entry.key(), entry.keyLoc());
					}
				}
				assessment = new AssessmentSettings(draw, fields.integer("passMark", 1, 100),
						fields.integer("maxAttempts", 1, 100), fields.integer("cooldownMinutes", 0, 525_600));
			}
		}
		CertificateSettings certificate = new CertificateSettings(0, false);
		MapNode certificateNode = course.map("certificate");
		if (certificateNode != null) {
			Fields fields = Fields.of(certificateNode, course.loc(), here, "validityMonths", "publicVerification");
			if (fields != null) {
				certificate = new CertificateSettings(fields.integer("validityMonths", 1, 240),
						fields.bool("publicVerification"));
			}
		}
		return new CourseFile(id.value().isEmpty() ? courseFolder : id.value(), version, versionText.loc(), guideline,
				title, summary, lessons, scenarios, refresherLessons, refresherScenarios, scenarioPassMark, assessment,
				drawLocs, certificate);
	}

	private static List<Located> unique(List<Located> ids, Problems here) {
		Map<String, Located> seen = new LinkedHashMap<>();
		for (Located id : ids) {
			Located first = seen.putIfAbsent(id.value(), id);
			if (first != null) {
				here.add(id.loc(), "content.problem.duplicate-id", id.value(), here.file() + ":" + first.loc().line());
			}
		}
		return List.copyOf(seen.values());
	}

	private static Set<String> values(List<Located> ids) {
		Set<String> values = new LinkedHashSet<>();
		ids.forEach(id -> values.add(id.value()));
		return values;
	}

	// --- rules.yaml and catalogue.md

	private void readRules() {
		Problems here = problems.in(RULES);
		Node root = yaml(RULES, true);
		Fields fields = root == null ? null : Fields.of(root, Loc.START, here, "groups", "rules");
		if (fields == null) {
			return;
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
							RULES + ":" + groupLocs.get(id.value()).line());
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
							RULES + ":" + ruleIdLocs.get(id.value()).line());
					continue;
				}
				ruleIdLocs.put(id.value(), id.loc());
				ruleFieldLocs.put(id.value(),
						Map.of("strength", strengthText.loc(), "nl", textLoc(rule, "nl"), "en", textLoc(rule, "en")));
				rules.add(new Rule(id.value(), group.value(), strength == null ? Strength.INFO : strength, text));
			}
		}
		catalogue = new RuleCatalogue(groups, rules);
		ruleLocs.putAll(ruleIdLocs);
		checkAgainstGuideline(rules, ruleIdLocs, ruleFieldLocs, ruleList == null ? fields.loc() : ruleList.loc(),
				rules.stream().map(Rule::id).toList());
	}

	private static Loc textLoc(Fields rule, String language) {
		if (rule.node("text") instanceof MapNode text && text.get(language) != null) {
			return text.get(language).loc();
		}
		return rule.locOf("text");
	}

	private void checkAgainstGuideline(List<Rule> rules, Map<String, Loc> idLocs,
			Map<String, Map<String, Loc>> fieldLocs, Loc rulesLoc, List<String> ids) {
		String text = text(Catalogue.FILE, true);
		if (text == null) {
			return;
		}
		Map<String, Catalogue.Row> rows = Catalogue.parse(text, problems.in(Catalogue.FILE));
		if (rows.isEmpty()) {
			return;
		}
		Problems here = problems.in(RULES);
		for (Rule rule : rules) {
			Catalogue.Row row = rows.get(rule.id());
			if (row == null) {
				here.add(idLocs.get(rule.id()), "content.problem.rule-not-in-catalogue", rule.id(), Catalogue.FILE);
				continue;
			}
			Map<String, Loc> locs = fieldLocs.get(rule.id());
			if (!row.strength().equals(rule.strength().id())) {
				here.add(locs.get("strength"), "content.problem.rule-strength-differs", rule.id(), rule.strength().id(),
						row.strength(), Catalogue.FILE + ":" + row.loc().line());
			}
			if (!row.dutch().equals(rule.text().nl())) {
				here.add(locs.get("nl"), "content.problem.rule-text-differs", rule.id(), "nl",
						Catalogue.FILE + ":" + row.loc().line());
			}
			if (!row.english().equals(rule.text().en())) {
				here.add(locs.get("en"), "content.problem.rule-text-differs", rule.id(), "en",
						Catalogue.FILE + ":" + row.loc().line());
			}
		}
		rows.values()
			.stream()
			.filter(row -> !ids.contains(row.id()))
			.forEach(row -> here.add(rulesLoc, "content.problem.rule-missing-from-rules", row.id(),
					Catalogue.FILE + ":" + row.loc().line()));
	}

	/** Reports an unknown rule id; true when known. */
	private boolean knownRule(Located id, Problems here) {
		if (catalogue.rule(id.value()).isPresent()) {
			return true;
		}
		if (catalogue.rules().isEmpty()) {
			return false; // rules.yaml itself is broken: reported there
		}
		here.add(id.loc(), "content.problem.unknown-rule", id.value());
		return false;
	}

	// --- lessons

	private List<Lesson> readLessons(CourseFile course, String imagePrefix) {
		Map<String, Map<String, String>> byId = new TreeMap<>();
		for (String name : files.keySet()) {
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
		Set<String> listed = values(course.lessons());
		List<Lesson> lessons = new ArrayList<>();
		for (var lessonFiles : byId.entrySet()) {
			String id = lessonFiles.getKey();
			String nlFile = "lessons/" + id + ".nl.md";
			String enFile = "lessons/" + id + ".en.md";
			if (!lessonFiles.getValue().containsKey("nl")) {
				problems.in(enFile).add(Loc.FILE, "content.problem.lesson-language-missing", nlFile);
				incomplete = true;
			}
			if (!lessonFiles.getValue().containsKey("en")) {
				problems.in(nlFile).add(Loc.FILE, "content.problem.lesson-language-missing", enFile);
				incomplete = true;
			}
			String someFile = lessonFiles.getValue().containsKey("nl") ? nlFile : enFile;
			if (!listed.contains(id)) {
				problems.in(someFile).add(Loc.FILE, "content.problem.lesson-not-in-course", id);
			}
			LessonMarkdown.Parsed nl = lessonFile(nlFile, id, imagePrefix);
			LessonMarkdown.Parsed en = lessonFile(enFile, id, imagePrefix);
			if (nl == null || en == null) {
				continue;
			}
			Problems enProblems = problems.in(enFile);
			if (nl.sections().size() != en.sections().size()) {
				Loc where = en.sections().size() > nl.sections().size()
						? en.sections().get(nl.sections().size()).heading() : Loc.FILE;
				enProblems.add(where, "content.problem.sections-count", en.sections().size(), nl.sections().size(),
						nlFile);
				incomplete = true;
			}
			List<LessonSection> sections = new ArrayList<>();
			for (int i = 0; i < Math.min(nl.sections().size(), en.sections().size()); i++) {
				LessonMarkdown.Section dutch = nl.sections().get(i);
				LessonMarkdown.Section english = en.sections().get(i);
				List<String> nlRules = dutch.rules().stream().map(Located::value).toList();
				List<String> enRules = english.rules().stream().map(Located::value).toList();
				if (!nlRules.isEmpty() && !enRules.isEmpty() && !nlRules.equals(enRules)) {
					enProblems.add(english.heading(), "content.problem.sections-rules", i + 1,
							String.join(", ", enRules), String.join(", ", nlRules),
							nlFile + ":" + dutch.heading().line());
				}
				for (String rule : nlRules) {
					taughtBy.computeIfAbsent(rule, key -> new LinkedHashSet<>()).add(id + " §" + (i + 1));
				}
				sections.add(new LessonSection(new LocalizedText(dutch.title(), english.title()), nlRules,
						new LocalizedText(dutch.html(), english.html())));
			}
			lessons.add(new Lesson(id, new LocalizedText(nl.title(), en.title()),
					new LocalizedText(nl.introHtml(), en.introHtml()), sections));
		}
		Problems here = problems.in(COURSE);
		course.lessons()
			.stream()
			.filter(lesson -> !byId.containsKey(lesson.value()))
			.forEach(lesson -> here.add(lesson.loc(), "content.problem.unknown-lesson", lesson.value(),
					"lessons/" + lesson.value() + ".nl.md"));
		return lessons;
	}

	private LessonMarkdown.@Nullable Parsed lessonFile(String name, String id, String imagePrefix) {
		String text = text(name, false);
		if (text == null) {
			return null;
		}
		Problems here = problems.in(name);
		LessonMarkdown.Parsed parsed = LessonMarkdown.parse(text, files.keySet(), imagePrefix, here);
		if (parsed == null) {
			incomplete = true;
			return null;
		}
		if (parsed.sections().stream().anyMatch(section -> section.rules().isEmpty())) {
			incomplete = true;
		}
		if (!parsed.id().value().isEmpty() && !parsed.id().value().equals(id)) {
			here.add(parsed.id().loc(), "content.problem.id-file-name", parsed.id().value(), id);
		}
		for (LessonMarkdown.Section section : parsed.sections()) {
			section.rules().forEach(rule -> knownRule(rule, here));
		}
		return parsed;
	}

	// --- scenarios

	private List<Scenario> readScenarios(CourseFile course) {
		Set<String> listed = values(course.scenarios());
		Set<String> found = new HashSet<>();
		List<Scenario> scenarios = new ArrayList<>();
		for (String name : files.keySet()) {
			if (!name.startsWith("scenarios/")) {
				continue;
			}
			Matcher matcher = YAML_FILE.matcher(name);
			if (!matcher.matches()) {
				problems.in(name).add(Loc.FILE, "content.problem.unexpected-file", "scenarios/<id>.yaml");
				continue;
			}
			String id = matcher.group(2);
			found.add(id);
			if (!listed.contains(id)) {
				problems.in(name).add(Loc.FILE, "content.problem.scenario-not-in-course", id);
			}
			Scenario scenario = readScenario(name, id);
			if (scenario != null) {
				scenarios.add(scenario);
			}
		}
		Problems here = problems.in(COURSE);
		course.scenarios()
			.stream()
			.filter(scenario -> !found.contains(scenario.value()))
			.forEach(scenario -> here.add(scenario.loc(), "content.problem.unknown-scenario", scenario.value(),
					"scenarios/" + scenario.value() + ".yaml"));
		return scenarios;
	}

	/** A choice as read, with where its parts stand. */
	private record ChoiceRead(ScenarioChoice choice, Located next) {

	}

	private @Nullable Scenario readScenario(String name, String fileId) {
		Problems here = problems.in(name);
		Node root = yaml(name, true);
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
		List<Located> scenarioRules = unique(fields.strings("rules"), here);
		scenarioRules.forEach(rule -> knownRule(rule, here));
		Set<String> scenarioRuleIds = values(scenarioRules);
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
						ChoiceRead choice = readChoice(node, here, scenarioRuleIds, fileId);
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

	private @Nullable ChoiceRead readChoice(Node node, Problems here, Set<String> scenarioRules, String scenarioId) {
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
		List<Rule> known = new ArrayList<>();
		for (Located rule : rules) {
			if (knownRule(rule, here)) {
				known.add(catalogue.rule(rule.value()).orElseThrow());
				practisedBy.computeIfAbsent(rule.value(), key -> new LinkedHashSet<>()).add(scenarioId);
				if (!scenarioRules.isEmpty() && !scenarioRules.contains(rule.value())) {
					here.add(rule.loc(), "content.problem.choice-rule-not-in-scenario", rule.value());
				}
			}
		}
		OptionalInt checkedScore = choice.checkedInteger("score", 0, 2);
		int score = checkedScore.orElse(0);
		if (checkedScore.isPresent() && score == 0 && known.size() == rules.size() && !rules.isEmpty()
				&& known.stream().noneMatch(rule -> rule.strength() == Strength.MOET)) {
			here.add(choice.locOf("score"), "content.problem.breach-without-moet", String.join(", ",
					known.stream().map(rule -> rule.id() + " (" + rule.strength().id() + ")").toList()));
		}
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

	// --- questions

	private List<Question> readQuestions() {
		List<Question> questions = new ArrayList<>();
		Map<String, String> idLocations = new HashMap<>();
		for (String name : files.keySet()) {
			if (!name.startsWith("questions/")) {
				continue;
			}
			if (!YAML_FILE.matcher(name).matches()) {
				problems.in(name).add(Loc.FILE, "content.problem.unexpected-file", "questions/<name>.yaml");
				continue;
			}
			Problems here = problems.in(name);
			Node root = yaml(name, true);
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
			if (knownRule(rule, here)) {
				testedBy.computeIfAbsent(rule.value(), key -> new LinkedHashSet<>()).add(id.value());
				if (i == 0) {
					group = catalogue.rule(rule.value()).map(Rule::group).orElse("");
				}
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

	private static void checkOptions(QuestionType type, List<QuestionOption> options, Loc loc, String id,
			Problems here) {
		long correct = options.stream().filter(QuestionOption::correct).count();
		if (type == QuestionType.TRUEFALSE && options.size() != 2) {
			here.add(loc, "content.problem.truefalse-options", id, options.size());
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

	// --- across files

	private void checkPools(CourseFile course, List<Question> questions) {
		if (catalogue.groups().isEmpty()) {
			return; // rules.yaml itself is broken: reported there
		}
		Problems here = problems.in(COURSE);
		Map<String, Long> pool = new HashMap<>();
		questions.forEach(question -> pool.merge(question.group(), 1L, Long::sum));
		course.assessment().drawPerGroup().forEach((group, draw) -> {
			Loc loc = course.drawLocs().get(group);
			if (catalogue.group(group).isEmpty()) {
				here.add(loc, "content.problem.unknown-group", group);
				return;
			}
			long needed = (long) draw * course.assessment().maxAttempts();
			long available = pool.getOrDefault(group, 0L);
			if (available < needed) {
				here.add(loc, "content.problem.too-few-questions", group, available, draw,
						course.assessment().maxAttempts(), needed);
			}
		});
	}

	private void checkCoverage() {
		if (catalogue.rules().isEmpty()) {
			return;
		}
		Problems here = problems.in(RULES);
		for (Rule rule : catalogue.rules()) {
			Loc loc = ruleLocs.get(rule.id());
			if (!taughtBy.containsKey(rule.id())) {
				here.add(loc, "content.problem.rule-not-taught", rule.id());
			}
			if (!testedBy.containsKey(rule.id())) {
				here.add(loc, "content.problem.rule-not-tested", rule.id());
			}
			if (!practisedBy.containsKey(rule.id())) {
				here.add(loc, "content.problem.rule-not-practised", rule.id());
			}
		}
	}

}

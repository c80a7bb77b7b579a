package nl.ambtenaaronline.training.content;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.content.CourseRead.ChoiceRef;
import nl.ambtenaaronline.training.content.CourseRead.LessonFiles;
import nl.ambtenaaronline.training.content.CourseRead.RulesRead;
import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.Loc;

/**
 * Checks every rule of {@code content/FORMAT.md} that spans files, on a course as
 * {@link CourseReader} read it: course.yaml against the lesson and scenario files,
 * rules.yaml against catalogue.md, both languages of a lesson against each other, every
 * rule id against the catalogue, scores against the strength of their rules, question
 * pools against the draw, every rule taught, tested and practised (on every path of the
 * main path, see {@link MainPathCoverage}), and (once all else is right) the
 * {@link JudgementChecks}.
 */
final class CourseValidator {

	private final CourseRead read;

	private final Problems problems;

	private final RuleCatalogue catalogue;

	private boolean incomplete;

	private CourseValidator(CourseRead read, Problems problems, boolean incomplete) {
		this.read = read;
		this.problems = problems;
		this.catalogue = read.rules().catalogue();
		this.incomplete = incomplete;
	}

	/**
	 * Adds every problem across files to problems.
	 * @param incomplete whether a file could not be read at all: the checks over the
	 * whole course would then only repeat that problem
	 */
	static void validate(CourseRead read, Problems problems, boolean incomplete) {
		new CourseValidator(read, problems, incomplete).run();
	}

	private void run() {
		checkAgainstGuideline();
		checkListedFiles();
		checkLessonLanguages();
		read.ruleRefs().forEach(ref -> knownRule(ref.rule(), problems.in(ref.file())));
		read.choices().forEach(this::checkChoice);
		if (!incomplete) {
			checkPools();
			checkCoverage();
		}
		if (!incomplete && problems.isEmpty()) {
			// statistics over the whole course: meaningful once every file is right
			JudgementChecks.check(read.scenarios(), read.questions(), problems.in(CourseLoader.COURSE));
		}
	}

	// --- rules.yaml against catalogue.md

	private void checkAgainstGuideline() {
		RulesRead rules = read.rules();
		Map<String, Catalogue.Row> rows = rules.catalogueRows();
		if (rows.isEmpty()) {
			return;
		}
		Problems here = problems.in(CourseLoader.RULES);
		for (Rule rule : catalogue.rules()) {
			Catalogue.Row row = rows.get(rule.id());
			if (row == null) {
				here.add(rules.idLocs().get(rule.id()), "content.problem.rule-not-in-catalogue", rule.id(),
						Catalogue.FILE);
				continue;
			}
			Map<String, Loc> locs = rules.fieldLocs().get(rule.id());
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
			.filter(row -> !rules.idLocs().containsKey(row.id()))
			.forEach(row -> here.add(rules.rulesLoc(), "content.problem.rule-missing-from-rules", row.id(),
					Catalogue.FILE + ":" + row.loc().line()));
	}

	// --- course.yaml against the files

	private void checkListedFiles() {
		CourseFile course = read.course();
		Set<String> listedLessons = LocatedIds.values(course.lessons());
		Set<String> foundLessons = new LinkedHashSet<>();
		for (LessonFiles lesson : read.lessonFiles()) {
			foundLessons.add(lesson.id());
			if (!listedLessons.contains(lesson.id())) {
				problems.in(lesson.someFile()).add(Loc.FILE, "content.problem.lesson-not-in-course", lesson.id());
			}
		}
		Problems here = problems.in(CourseLoader.COURSE);
		course.lessons()
			.stream()
			.filter(lesson -> !foundLessons.contains(lesson.value()))
			.forEach(lesson -> here.add(lesson.loc(), "content.problem.unknown-lesson", lesson.value(),
					"lessons/" + lesson.value() + ".nl.md"));
		Set<String> listedScenarios = LocatedIds.values(course.scenarios());
		read.scenarioFiles().forEach((id, file) -> {
			if (!listedScenarios.contains(id)) {
				problems.in(file).add(Loc.FILE, "content.problem.scenario-not-in-course", id);
			}
		});
		course.scenarios()
			.stream()
			.filter(scenario -> !read.scenarioFiles().containsKey(scenario.value()))
			.forEach(scenario -> here.add(scenario.loc(), "content.problem.unknown-scenario", scenario.value(),
					"scenarios/" + scenario.value() + ".yaml"));
	}

	// --- a lesson's two languages

	private void checkLessonLanguages() {
		for (LessonFiles lesson : read.lessonFiles()) {
			LessonMarkdown.Parsed nl = lesson.nl();
			LessonMarkdown.Parsed en = lesson.en();
			if (nl == null || en == null) {
				continue;
			}
			Problems enProblems = problems.in(lesson.enFile());
			if (nl.sections().size() != en.sections().size()) {
				Loc where = en.sections().size() > nl.sections().size()
						? en.sections().get(nl.sections().size()).heading() : Loc.FILE;
				enProblems.add(where, "content.problem.sections-count", en.sections().size(), nl.sections().size(),
						lesson.nlFile());
				incomplete = true;
			}
			for (int i = 0; i < Math.min(nl.sections().size(), en.sections().size()); i++) {
				LessonMarkdown.Section dutch = nl.sections().get(i);
				LessonMarkdown.Section english = en.sections().get(i);
				List<String> nlRules = dutch.rules().stream().map(Located::value).toList();
				List<String> enRules = english.rules().stream().map(Located::value).toList();
				if (!nlRules.isEmpty() && !enRules.isEmpty() && !nlRules.equals(enRules)) {
					enProblems.add(english.heading(), "content.problem.sections-rules", i + 1,
							String.join(", ", enRules), String.join(", ", nlRules),
							lesson.nlFile() + ":" + dutch.heading().line());
				}
			}
		}
	}

	// --- rule ids and scores

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

	/**
	 * A choice names only its scenario's rules, and a score of 0 rests on at least one
	 * {@code moet} rule.
	 */
	private void checkChoice(ChoiceRef choice) {
		Problems here = problems.in(choice.file());
		List<Rule> known = choice.rules().stream().flatMap(rule -> catalogue.rule(rule.value()).stream()).toList();
		for (Located rule : choice.rules()) {
			if (catalogue.rule(rule.value()).isPresent() && !choice.scenarioRules().isEmpty()
					&& !choice.scenarioRules().contains(rule.value())) {
				here.add(rule.loc(), "content.problem.choice-rule-not-in-scenario", rule.value());
			}
		}
		if (choice.scoreValid() && choice.score() == 0 && known.size() == choice.rules().size()
				&& !choice.rules().isEmpty() && known.stream().noneMatch(rule -> rule.strength() == Strength.MOET)) {
			here.add(choice.scoreLoc(), "content.problem.breach-without-moet", String.join(", ",
					known.stream().map(rule -> rule.id() + " (" + rule.strength().id() + ")").toList()));
		}
	}

	// --- the whole course

	private void checkPools() {
		if (catalogue.groups().isEmpty()) {
			return; // rules.yaml itself is broken: reported there
		}
		CourseFile course = read.course();
		Problems here = problems.in(CourseLoader.COURSE);
		Map<String, Long> pool = new HashMap<>();
		read.questions().forEach(question -> pool.merge(question.group(), 1L, Long::sum));
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
		Set<String> taught = new LinkedHashSet<>();
		read.lessons().forEach(lesson -> lesson.sections().forEach(section -> taught.addAll(section.rules())));
		Set<String> tested = new LinkedHashSet<>();
		read.questions().forEach(question -> tested.addAll(question.rules()));
		Set<String> practised = new LinkedHashSet<>();
		read.scenarios()
			.forEach(scenario -> scenario.steps()
				.forEach(step -> step.choices().forEach(choice -> practised.addAll(choice.rules()))));
		// every learner on the main path, whatever they choose (MainPathCoverage)
		List<Scenario> mainPath = read.scenarios().stream().filter(scenario -> !scenario.deepening()).toList();
		Problems here = problems.in(CourseLoader.RULES);
		for (Rule rule : catalogue.rules()) {
			Loc loc = read.rules().idLocs().get(rule.id());
			if (!taught.contains(rule.id())) {
				here.add(loc, "content.problem.rule-not-taught", rule.id());
			}
			if (!tested.contains(rule.id())) {
				here.add(loc, "content.problem.rule-not-tested", rule.id());
			}
			if (!practised.contains(rule.id())) {
				here.add(loc, "content.problem.rule-not-practised", rule.id());
			}
			else if (!mainPath.isEmpty()) {
				MainPathCoverage.routeWithout(mainPath, rule.id())
					.ifPresent(route -> here.add(loc, "content.problem.rule-not-on-every-path", rule.id(), route));
			}
		}
	}

}

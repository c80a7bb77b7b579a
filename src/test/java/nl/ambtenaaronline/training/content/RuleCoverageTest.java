package nl.ambtenaaronline.training.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the guideline is taught by a lesson section, tested by a question and
 * practised in a scenario choice on the main path (deepening scenarios are optional, so
 * they do not count); the refresher path covers every {@code moet} rule. The table a
 * reviewer signs off rule by rule is written to {@code docs/content-coverage.md}.
 */
class RuleCoverageTest {

	/** The 21 rule ids of the guideline's catalogue (guideline/rules.md). */
	static final List<String> GUIDELINE_RULES = List.of("BASIS-1", "BASIS-2", "OFF-1", "OFF-2", "OFF-3", "OFF-4",
			"OFF-5", "OFF-6", "OFF-7", "ROL-1", "ROL-2", "ROL-3", "ROL-4", "ROL-5", "ROL-6", "STIJL-1", "STIJL-2",
			"STIJL-3", "STIJL-4", "STIJL-5", "BRON-1");

	static Course course;

	static Map<String, List<String>> taught = new LinkedHashMap<>();

	static Map<String, List<String>> tested = new LinkedHashMap<>();

	static Map<String, List<String>> practised = new LinkedHashMap<>();

	/** Practised by a choice of a scenario on the main path (not marked as deepening). */
	static Map<String, List<String>> practisedOnMainPath = new LinkedHashMap<>();

	/**
	 * Taught by a refresher lesson section or practised by a refresher scenario choice.
	 */
	static Map<String, List<String>> refreshed = new LinkedHashMap<>();

	@BeforeAll
	static void load() {
		course = CourseLoader.load(CourseFixtures.SHIPPED).course().course();
		for (Lesson lesson : course.lessons()) {
			for (int i = 0; i < lesson.sections().size(); i++) {
				LessonSection section = lesson.sections().get(i);
				for (String rule : section.rules()) {
					taught.computeIfAbsent(rule, key -> new ArrayList<>())
						.add(lesson.id() + " §" + (i + 1) + " \"" + section.title().nl() + "\"");
				}
			}
		}
		for (Question question : course.questions()) {
			for (String rule : question.rules()) {
				tested.computeIfAbsent(rule, key -> new ArrayList<>()).add(question.id());
			}
		}
		for (Scenario scenario : course.scenarios()) {
			for (ScenarioStep step : scenario.steps()) {
				for (int i = 0; i < step.choices().size(); i++) {
					ScenarioChoice choice = step.choices().get(i);
					String where = scenario.id() + " " + step.id() + "/" + (i + 1) + " (score " + choice.score() + ")";
					for (String rule : choice.rules()) {
						practised.computeIfAbsent(rule, key -> new ArrayList<>())
							.add(scenario.deepening() ? where + " verdieping" : where);
						if (!scenario.deepening()) {
							practisedOnMainPath.computeIfAbsent(rule, key -> new ArrayList<>()).add(where);
						}
					}
				}
			}
		}
		refresherPath();
	}

	private static void refresherPath() {
		// as the learner's run: an empty refresher list means every lesson or scenario
		List<Lesson> lessons = course.refresher().lessons().isEmpty() ? course.lessons() : course.refresherLessons();
		List<Scenario> scenarios = course.refresher().scenarios().isEmpty() ? course.scenarios()
				: course.refresherScenarios();
		for (Lesson lesson : lessons) {
			for (LessonSection section : lesson.sections()) {
				section.rules()
					.forEach(rule -> refreshed.computeIfAbsent(rule, key -> new ArrayList<>()).add(lesson.id()));
			}
		}
		for (Scenario scenario : scenarios) {
			for (ScenarioStep step : scenario.steps()) {
				for (ScenarioChoice choice : step.choices()) {
					choice.rules()
						.forEach(rule -> refreshed.computeIfAbsent(rule, key -> new ArrayList<>()).add(scenario.id()));
				}
			}
		}
	}

	@Test
	void theCourseTeachesExactlyTheGuidelinesRules() {
		assertThat(course.catalogue().ids()).containsExactlyInAnyOrderElementsOf(GUIDELINE_RULES);
	}

	@Test
	void everyRuleIsTaughtByALessonSection() {
		assertThat(taught.keySet()).containsAll(GUIDELINE_RULES);
	}

	@Test
	void everyRuleIsTestedByAQuestion() {
		assertThat(tested.keySet()).containsAll(GUIDELINE_RULES);
	}

	@Test
	void everyRuleIsPractisedInAScenarioChoiceOnTheMainPath() {
		assertThat(practised.keySet()).containsAll(GUIDELINE_RULES);
		assertThat(practisedOnMainPath.keySet()).as("deepening is optional: the main path alone practises every rule")
			.containsAll(GUIDELINE_RULES);
	}

	@Test
	void theRefresherPathCoversEveryMoetRule() {
		List<String> moet = course.catalogue()
			.rules()
			.stream()
			.filter(rule -> rule.strength() == Strength.MOET)
			.map(Rule::id)
			.toList();
		assertThat(moet).isNotEmpty();
		assertThat(refreshed.keySet()).as("every moet rule is in a refresher lesson section or scenario choice")
			.containsAll(moet);
	}

	@Test
	void writesTheCoverageTableForTheReviewer() throws IOException {
		StringBuilder doc = new StringBuilder();
		doc.append("# Dekking van de richtlijn: ").append(course.title().nl()).append('\n');
		doc.append("\nCursus `").append(course.id()).append("` versie ").append(course.version());
		doc.append(", richtlijn \"").append(course.guideline().title().nl()).append("\" versie ");
		doc.append(course.guideline().version()).append(" (").append(course.guideline().date().nl()).append(").\n");
		doc.append("\nGenerated by `RuleCoverageTest` from `content/courses/").append(course.id());
		doc.append("` on every test run; do not edit by hand. Per rule: the lesson sections that teach it, the ");
		doc.append("assessment questions that test it and the scenario choices that practise it (those of an ");
		doc.append("optional deepening scenario marked *verdieping*), and whether the refresher path covers it. ");
		doc.append("The reviewer ticks *Akkoord* per rule.\n");
		doc.append(
				"\n| Regel | Sterkte | Lesonderdelen | Toetsvragen | Scenariokeuzes | waarvan hoofdpad | Opfrispad | Akkoord |\n");
		doc.append("|---|---|---:|---:|---:|---:|---|---|\n");
		for (Rule rule : course.catalogue().rules()) {
			doc.append("| ").append(rule.id()).append(" | ").append(rule.strength().id()).append(" | ");
			doc.append(count(taught, rule)).append(" | ").append(count(tested, rule)).append(" | ");
			doc.append(count(practised, rule)).append(" | ").append(count(practisedOnMainPath, rule)).append(" | ");
			doc.append(refreshed.containsKey(rule.id()) ? "ja" : "—").append(" | [ ] |\n");
		}
		doc.append("\nTotaal: ").append(course.lessons().size()).append(" lessen, ");
		doc.append(course.lessons().stream().mapToInt(lesson -> lesson.sections().size()).sum())
			.append(" lesonderdelen, ");
		doc.append(course.questions().size()).append(" toetsvragen, ").append(course.scenarios().size());
		doc.append(" scenario's met ");
		doc.append(course.scenarios()
			.stream()
			.flatMap(scenario -> scenario.steps().stream())
			.mapToInt(step -> step.choices().size())
			.sum()).append(" keuzes.\n");
		lengths(doc);
		for (Rule rule : course.catalogue().rules()) {
			doc.append("\n## ").append(rule.id()).append(" (").append(rule.strength().id()).append(")\n\n");
			doc.append("> ").append(rule.text().nl()).append("\n\n");
			list(doc, "Lesonderdelen", taught, rule);
			list(doc, "Toetsvragen", tested, rule);
			list(doc, "Scenariokeuzes (scenario stap/keuze)", practised, rule);
		}
		Path target = Path.of("docs/content-coverage.md");
		Files.createDirectories(target.getParent());
		Files.writeString(target, doc.toString(), StandardCharsets.UTF_8);

		assertThat(Files.readString(target)).contains("| OFF-1 | moet |").contains("## BRON-1 (info)");
	}

	/** The length per path, as the engine computes it and "Mijn training" shows it. */
	private static void lengths(StringBuilder doc) {
		CourseLength length = course.length();
		doc.append("\n## Lengte per pad\n\n");
		doc.append("Computed by the engine (`CourseLength`) from the Dutch text: words read at ");
		doc.append(CourseLength.WORDS_PER_MINUTE).append(" words a minute (B1), plus ");
		doc.append(CourseLength.SECONDS_PER_STEP).append(" seconds to decide per scenario step and ");
		doc.append(CourseLength.SECONDS_PER_QUESTION).append(" seconds per assessment question. A scenario is ");
		doc.append("read along its best path (situation and every choice per step, the best choice's feedback, ");
		doc.append("the ending); the assessment as one attempt. *Mijn training* shows the main path (the ");
		doc.append("refresher path to a refresher learner).\n\n");
		doc.append("| Pad | Minuten | Lessen | Scenario's | Stappen | Toetsvragen | Woorden |\n");
		doc.append("|---|---:|---:|---:|---:|---:|---:|\n");
		row(doc, "Hoofdpad", length.main());
		row(doc, "Met verdieping", length.withDeepening());
		row(doc, "Opfrispad", length.refresher());
		List<String> deepening = course.scenarios().stream().filter(Scenario::deepening).map(Scenario::id).toList();
		doc.append("\nVerdieping (optioneel): ").append(deepening.isEmpty() ? "—" : String.join(", ", deepening));
		doc.append(".\n");
	}

	private static void row(StringBuilder doc, String name, CourseLength.Path path) {
		doc.append("| ").append(name).append(" | ").append(path.minutes()).append(" | ").append(path.lessons());
		doc.append(" | ").append(path.scenarios()).append(" | ").append(path.steps()).append(" | ");
		doc.append(path.questions()).append(" | ").append(path.words()).append(" |\n");
	}

	private static int count(Map<String, List<String>> map, Rule rule) {
		return map.getOrDefault(rule.id(), List.of()).size();
	}

	private static void list(StringBuilder doc, String title, Map<String, List<String>> map, Rule rule) {
		List<String> items = map.getOrDefault(rule.id(), List.of());
		doc.append("- ").append(title).append(" (").append(items.size()).append("): ");
		doc.append(items.isEmpty() ? "—" : String.join(", ", items)).append('\n');
	}

}

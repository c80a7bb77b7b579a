package nl.ambtenaaronline.training.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delta record ({@code delta.yaml} with {@code previous-rules.yaml}) of a made-up
 * course going from 1.0.0 to 2.0.0 with two changed rules (W-2 advies to moet, W-3 new
 * wording): what it yields, and every refusal with file, line and what is wrong.
 */
class DeltaChecksTest {

	static final Path V1 = Path.of("src/test/resources/content/delta/v1/wijziging");

	static final Path V2 = Path.of("src/test/resources/content/delta/v2/wijziging");

	@TempDir
	Path root;

	private Path v2() {
		return CourseFixtures.copy(V2, root, "wijziging");
	}

	private static List<ContentProblem> problems(Path course) {
		return CourseLoader.load(course).problems();
	}

	private static List<String> keys(Path course) {
		return problems(course).stream().map(problem -> problem.file() + " " + problem.key()).toList();
	}

	@Test
	void aVersionWithoutDeltaRecordHasNoDeltaPath() {
		CourseLoader.Result result = CourseLoader.load(V1);

		assertThat(result.problems()).isEmpty();
		assertThat(result.course().course().deltaRecord()).isEmpty();
	}

	@Test
	void theDeltaRecordListsTheTwoChangedRulesAndTheirMaterial() {
		CourseLoader.Result result = CourseLoader.load(V2);

		assertThat(result.problems()).isEmpty();
		CourseDelta delta = result.course().course().deltaRecord().orElseThrow();
		assertThat(delta.from()).isEqualTo(SemanticVersion.parse("1.0.0"));
		assertThat(delta.changed()).containsExactly("W-2", "W-3");
		assertThat(delta.added()).isEmpty();
		assertThat(delta.removed()).isEmpty();
		assertThat(delta.rulesToLearn()).containsExactly("W-2", "W-3");
	}

	@Test
	void theDeltaPathHoldsOnlyTheMaterialOfTheChangedRules() {
		Course course = CourseLoader.load(V2).course().course();
		CourseDelta delta = course.deltaRecord().orElseThrow();

		Course path = course.deltaPath();

		assertThat(path.deltaOnly()).isTrue();
		assertThat(path.version()).isEqualTo(course.version());
		assertThat(path.lessons()).singleElement().satisfies(lesson -> {
			assertThat(lesson.sections()).hasSize(delta.lessonSections().get(lesson.id()).size());
			lesson.sections()
				.forEach(section -> assertThat(section.rules()).isNotEmpty().allMatch(delta.rulesToLearn()::contains));
		});
		assertThat(path.scenarios()).extracting(Scenario::id).containsExactlyElementsOf(delta.scenarios());
		assertThat(path.scenarios()).noneMatch(Scenario::deepening);
		assertThat(path.questions()).extracting(Question::id).containsExactlyElementsOf(delta.questions());
		assertThat(path.assessment().questionsPerAttempt()).isEqualTo(delta.questions().size());
		assertThat(path.assessment().passMark()).isEqualTo(course.assessment().passMark());
		assertThat(path.lessons().getFirst().sections().size())
			.isLessThan(course.lesson(path.lessons().getFirst().id()).orElseThrow().sections().size());
		assertThat(path.deltaPath()).isSameAs(path);
	}

	@Test
	void aChangedRuleThatIsNotListedIsRefused() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "changed: [W-2, W-3]", "changed: [W-2]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "questions: [w-02, w-03]", "questions: [w-02]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "sections: [2, 3]", "sections: [2]");

		assertThat(problems(course)).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("delta.yaml");
			assertThat(problem.key()).isEqualTo("content.problem.delta-unlisted-changed");
			assertThat(problem.args()).containsExactly("W-3", "text nl, text en", "previous-rules.yaml");
		});
	}

	@Test
	void aStrengthChangeIsNamedInTheRefusal() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "changed: [W-2, W-3]", "changed: [W-3]");

		assertThat(problems(course)).filteredOn(p -> p.key().equals("content.problem.delta-unlisted-changed"))
			.singleElement()
			.satisfies(problem -> assertThat(problem.args()).startsWith("W-2", "strength advies -> moet"));
	}

	@Test
	void anUnchangedRuleListedAsChangedIsRefused() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "changed: [W-2, W-3]", "changed: [W-2, W-3, W-1]");

		assertThat(problems(course)).extracting(ContentProblem::key)
			.contains("content.problem.delta-changed-unchanged");
	}

	@Test
	void anAddedRuleThatExistedBeforeAndARemovedRuleStillPresentAreRefused() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "added: []", "added: [W-1]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "removed: []", "removed: [W-4, W-9]");

		assertThat(keys(course)).contains("delta.yaml content.problem.delta-added-existed",
				"delta.yaml content.problem.delta-removed-still-there",
				"delta.yaml content.problem.delta-not-in-previous");
	}

	@Test
	void aRuleGoneFromRulesYamlMustBeListedAsRemoved() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("previous-rules.yaml"), "rules:\n", """
				rules:
				  - id: W-0
				    group: "W"
				    strength: moet
				    text: {nl: "Oud.", en: "Old."}
				""");

		assertThat(problems(course)).singleElement().satisfies(problem -> {
			assertThat(problem.key()).isEqualTo("content.problem.delta-unlisted-removed");
			assertThat(problem.args()).containsExactly("W-0", "previous-rules.yaml");
		});
	}

	@Test
	void aNewRuleMustBeListedAsAdded() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("previous-rules.yaml"), "  - id: W-4", "  - id: W-5");
		CourseFixtures.edit(course.resolve("delta.yaml"), "removed: []", "removed: [W-5]");

		assertThat(problems(course)).singleElement().satisfies(problem -> {
			assertThat(problem.key()).isEqualTo("content.problem.delta-unlisted-added");
			assertThat(problem.args()).containsExactly("W-4", "previous-rules.yaml");
		});
	}

	@Test
	void aChangedRuleWithoutALessonSectionIsNotTaught() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "sections: [2, 3]", "sections: [2]");

		assertThat(problems(course)).singleElement().satisfies(problem -> {
			assertThat(problem.key()).isEqualTo("content.problem.delta-not-taught");
			assertThat(problem.args()).containsExactly("W-3");
			assertThat(problem.line()).isEqualTo(5);
		});
	}

	@Test
	void aChangedRuleWithoutQuestionOrScenarioIsNotTested() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "scenarios: [weglopen]", "scenarios: []");
		CourseFixtures.edit(course.resolve("delta.yaml"), "questions: [w-02, w-03]", "questions: [w-03]");

		assertThat(problems(course)).singleElement().satisfies(problem -> {
			assertThat(problem.key()).isEqualTo("content.problem.delta-not-tested");
			assertThat(problem.args()).containsExactly("W-2");
		});
	}

	@Test
	void materialThatCoversNoChangedRuleIsRefused() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "sections: [2, 3]", "sections: [1, 2, 3]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "scenarios: [weglopen]", "scenarios: [weglopen, wachtwoord]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "questions: [w-02, w-03]", "questions: [w-02, w-03, w-04]");

		assertThat(problems(course)).extracting(problem -> problem.args().getFirst())
			.containsExactlyInAnyOrder("werkplek §1", "scenario wachtwoord", "question w-04");
	}

	@Test
	void unknownMaterialIsNamed() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "sections: [2, 3]",
				"sections: [2, 3, 7]\n  - lesson: pauze\n    sections: [1]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "scenarios: [weglopen]", "scenarios: [weglopen, fiets]");
		CourseFixtures.edit(course.resolve("delta.yaml"), "questions: [w-02, w-03]", "questions: [w-02, w-03, w-99]");

		assertThat(keys(course)).containsExactlyInAnyOrder("delta.yaml content.problem.delta-unknown-section",
				"delta.yaml content.problem.delta-unknown-scenario",
				"delta.yaml content.problem.delta-unknown-question", "delta.yaml content.problem.delta-unknown-lesson");
	}

	@Test
	void theDeltaMustBeAgainstAnOlderMajorVersion() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "from: 1.0.0", "from: 2.0.0");

		assertThat(keys(course)).containsExactly("delta.yaml content.problem.delta-from-not-older");
	}

	@Test
	void withoutTheCopyOfThePreviousRulesTheDifferencesCannotBeChecked() throws Exception {
		Path course = v2();
		java.nio.file.Files.delete(course.resolve("previous-rules.yaml"));

		assertThat(keys(course)).containsExactly("delta.yaml content.problem.delta-previous-missing");
	}

	@Test
	void aDeltaWithoutQuestionsOrChangesIsRefused() {
		Path course = v2();
		CourseFixtures.edit(course.resolve("delta.yaml"), "questions: [w-02, w-03]", "questions: []");

		assertThat(keys(course)).contains("delta.yaml content.problem.delta-no-questions");
	}

}

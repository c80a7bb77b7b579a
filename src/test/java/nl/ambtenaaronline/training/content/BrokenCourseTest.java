package nl.ambtenaaronline.training.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of broken courses ({@code src/test/resources/content/broken}), one per kind
 * of problem: each is the privacy test course with one thing broken, and each reports
 * exactly the expected problems with file, line, column and message.
 */
class BrokenCourseTest {

	@TempDir
	Path root;

	private void assertProblems(String caseName, String... expected) {
		CourseLoader.Result result = CourseLoader.load(CourseFixtures.broken(caseName, root));
		assertThat(result.course()).as("a broken course is not loaded").isNull();
		assertThat(CourseFixtures.describe(result.problems())).containsExactly(expected);
		assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.course()).isEqualTo("privacy"));
	}

	@Test
	void multipleChoiceQuestionWithEveryOptionCorrect() {
		assertProblems("all-correct",
				"questions/privacy.yaml:17:5: All options of question \"priv-02\" are correct; a multiple-choice question needs at least one wrong option.");
	}

	@Test
	void choiceScoredAsBreachWhoseRulesAreAllAdvice() {
		assertProblems("breach-without-moet",
				"scenarios/usb-stick.yaml:23:16: A choice that scores 0 (a breach) must name at least one moet rule; this choice names PRIV-2 (advies). Score 1 when advice (advies) is skipped; what a mag rule allows never costs points.");
	}

	@Test
	void choiceScoredAsBreachThatRestsOnAStartingPointAlone() {
		// as OFF-4 and STIJL-1 of the social-media guideline: a principe never makes a
		// breach
		assertProblems("breach-on-principe-alone",
				"scenarios/usb-stick.yaml:23:16: A choice that scores 0 (a breach) must name at least one moet rule; this choice names PRIV-2 (principe). Score 1 when advice (advies) is skipped; what a mag rule allows never costs points.");
	}

	@Test
	void bestChoicesThatAreTheLongestTextInMoreThanFortyPercentOfStepsAndQuestions() {
		assertProblems("longest-is-best",
				"course.yaml: The best choice is the longest text (nl) in 3 of 4 scenario steps and questions (75%); at most 40% is allowed, or length gives the answer away. Make other choices as long or the best one shorter: usb-stick s1, usb-stick s2, priv-01");
	}

	@Test
	void bestChoicesThatAreTheShortestTextInMoreThanFortyPercentOfStepsAndQuestions() {
		assertProblems("shortest-is-best",
				"course.yaml: The best choice is the shortest text (nl) in 2 of 4 scenario steps and questions (50%); at most 40% is allowed, or length gives the answer away. Make another choice as short or the best one longer: usb-stick s1, priv-01",
				"course.yaml: The best choice is the shortest text (en) in 3 of 4 scenario steps and questions (75%); at most 40% is allowed, or length gives the answer away. Make another choice as short or the best one longer: usb-stick s1, priv-01, priv-02");

	}

	@Test
	void bestChoicesThatAreTheLongestTextInMoreThanFortyPercentOfTheMainPathOnly() {
		// 3 of 8 steps and questions in the whole course (37%) pass; the main path alone,
		// the six steps every learner meets, has 3 of 6
		assertProblems("main-path-longest-is-best",
				"course.yaml: On the main path the best choice is the longest text (nl) in 3 of 6 scenario steps (50%); at most 40% is allowed, or length gives the answer away to everyone who takes the course. Make other choices as long or the best one shorter: usb-stick s1, usb-stick s2, usb-stick s3",
				"course.yaml: On the main path the best choice is the longest text (en) in 3 of 6 scenario steps (50%); at most 40% is allowed, or length gives the answer away to everyone who takes the course. Make other choices as long or the best one shorter: usb-stick s1, usb-stick s2, usb-stick s3");
	}

	@Test
	void rulePractisedInABranchThatNotEveryPathOfTheMainPathReaches() {
		// PRIV-2 is named at s2 only; the best choice at s1 ends the scenario, so a
		// learner
		// who picks it never practises PRIV-2 (the union of all branches would hide this)
		assertProblems("rule-not-on-every-path",
				"rules.yaml:11:9: Rule PRIV-2 is not practised on every path of the main path. A learner who chooses like this meets it in no scenario: usb-stick s1. Put the rule on a step that every path through a scenario reaches.");
	}

	@Test
	void trueFalseOptionWhoseEnglishSaysTheOpposite() {
		assertProblems("truefalse-english-differs",
				"questions/privacy.yaml:31:5: True/false question \"priv-03\": the answer \"Niet waar\" is \"True\" in English. \"Waar\" is \"True\" and \"Niet waar\" is \"False\", or the right answer differs per language.");
	}

	@Test
	void trueFalseQuestionsThatMostlyAnswerNietWaar() {
		assertProblems("truefalse-unbalanced",
				"course.yaml: Of the 4 true/false questions, 1 (25%) have \"Waar\" (true) as the right answer; it must be between 40% and 60%, so that always guessing the same does not pay.");
	}

	@Test
	void duplicateKeyInsideAStep() {
		assertProblems("duplicate-key", "scenarios/usb-stick.yaml:27:5: Duplicate key \"situation\".");
	}

	@Test
	void duplicateQuestionId() {
		assertProblems("duplicate-question-id",
				"questions/privacy.yaml:26:7: Duplicate id \"priv-01\" (first in questions/privacy.yaml:1).");
	}

	@Test
	void lessonWithoutFrontMatter() {
		assertProblems("front-matter-missing",
				"lessons/basis.en.md:1:1: A lesson starts with front matter: a line ---, then id and title, then another line ---.");
	}

	@Test
	void sectionHeadingWithoutRuleIds() {
		assertProblems("heading-without-rules",
				"lessons/basis.nl.md:13:1: The heading \"Vraag het\" must end with its rule ids in braces, for example: ## Title {OFF-1}");
	}

	@Test
	void imageThatDoesNotExist() {
		assertProblems("image-missing",
				"lessons/basis.nl.md:9:29: Image \"images/sleutel.svg\" does not exist in the course folder.");
	}

	@Test
	void imageOutsideTheCourseFolder() {
		assertProblems("image-outside",
				"lessons/basis.en.md:9:25: Image \"../../course.yaml\" must be a file in the images folder of the course, written as images/name.svg.");
	}

	@Test
	void lessonWithoutItsEnglishFile() {
		assertProblems("lesson-language-missing",
				"lessons/basis.nl.md: The other language is missing: lessons/basis.en.md");
	}

	@Test
	void missingDutchText() {
		assertProblems("missing-dutch", "questions/privacy.yaml:15:11: The Dutch text (nl) of \"prompt\" is missing.");
	}

	@Test
	void missingEnglishText() {
		assertProblems("missing-english",
				"scenarios/usb-stick.yaml:26:16: The English text (en) of \"situation\" is missing.");
	}

	@Test
	void missingRulesFile() {
		assertProblems("missing-file", "rules.yaml: This file is missing.");
	}

	@Test
	void choiceWithoutRuleIds() {
		// the choice that loses its ids named PRIV-2 at s1, so PRIV-2 is no longer on
		// every path either (it stays at s2, which the best choice skips)
		assertProblems("missing-rule-id",
				"rules.yaml:11:9: Rule PRIV-2 is not practised on every path of the main path. A learner who chooses like this meets it in no scenario: usb-stick s1. Put the rule on a step that every path through a scenario reaches.",
				"scenarios/usb-stick.yaml:22:16: Name at least one rule id.");
	}

	@Test
	void choicePointingToAMissingStep() {
		assertProblems("next-missing",
				"scenarios/usb-stick.yaml:19:15: \"s9\" is neither a step nor an ending of this scenario.");
	}

	@Test
	void questionWithoutACorrectAnswer() {
		assertProblems("no-correct-answer", "questions/privacy.yaml:6:5: Question \"priv-01\" has no correct option.");
	}

	@Test
	void stepWithNoPathToAnEnding() {
		assertProblems("no-path-to-ending", "scenarios/usb-stick.yaml:25:3: Step \"s2\" has no path to an ending.");
	}

	@Test
	void assessmentPassMarkOutOfRange() {
		assertProblems("pass-mark-out-of-range",
				"course.yaml:18:13: Pass mark \"passMark\" is 120; it must be between 1 and 100 percent.");
	}

	@Test
	void rawHtmlInALesson() {
		assertProblems("raw-html", "lessons/basis.nl.md:5:11: Raw HTML is not allowed in a lesson; use plain Markdown.",
				"lessons/basis.nl.md:5:23: Raw HTML is not allowed in a lesson; use plain Markdown.");
	}

	@Test
	void ruleThatIsNotInTheGuidelineCatalogue() {
		assertProblems("rule-not-in-catalogue",
				"rules.yaml:11:9: Rule PRIV-2 is not in the guideline catalogue (catalogue.md).");
	}

	@Test
	void ruleThatNoQuestionTests() {
		assertProblems("rule-not-tested", "rules.yaml:11:9: Rule PRIV-2 is not tested by any question.");
	}

	@Test
	void catalogueRuleMissingFromRulesYaml() {
		assertProblems("rules-not-catalogue",
				"rules.yaml:5:3: Rule PRIV-3 of the guideline catalogue (catalogue.md:6) is missing from rules.yaml.");
	}

	@Test
	void scenarioPassMarkOutOfRange() {
		assertProblems("scenario-pass-mark-out-of-range",
				"scenarios/usb-stick.yaml:4:11: Pass mark \"passMark\" is 0; it must be between 1 and 100 percent.");
	}

	@Test
	void choiceScoreOutOfRange() {
		assertProblems("score-out-of-range",
				"scenarios/usb-stick.yaml:23:16: Score 3 is out of range 0 to 2 (0 = breach of a moet rule, 1 = partly right, 2 = best).");
	}

	@Test
	void englishLessonWithFewerSections() {
		assertProblems("sections-count-differs",
				"lessons/basis.en.md: This file has 1 sections, the Dutch file lessons/basis.nl.md has 2; both languages need the same sections.");
	}

	@Test
	void englishSectionNamingOtherRules() {
		assertProblems("sections-rules-differ",
				"lessons/basis.en.md:11:1: Section 2 names rules PRIV-1, but the Dutch section (lessons/basis.nl.md:13) names PRIV-2; both languages need the same rule ids in the same order.");
	}

	@Test
	void singleChoiceQuestionWithTwoCorrectOptions() {
		assertProblems("single-two-correct",
				"questions/privacy.yaml:6:5: Question \"priv-01\" (single) must have exactly one correct option, not 2.");
	}

	@Test
	void ruleStrengthDifferentFromTheCatalogue() {
		assertProblems("strength-differs",
				"rules.yaml:13:15: Rule PRIV-2 has strength mag, but the guideline catalogue says advies (catalogue.md:6).");
	}

	@Test
	void stepWithFewerThanThreeChoices() {
		assertProblems("too-few-choices",
				"scenarios/usb-stick.yaml:28:7: Step \"s2\" has 2 choices; a step needs at least 3.");
	}

	@Test
	void tooFewQuestionsForEveryAttemptsDraw() {
		assertProblems("too-few-questions",
				"course.yaml:17:10: Group PRIV has 3 questions; drawing 2 per attempt for 2 attempts needs at least 4.");
	}

	@Test
	void trueFalseQuestionWithThreeOptions() {
		assertProblems("truefalse-three-options",
				"questions/privacy.yaml:31:5: True/false question \"priv-03\" has 3 options; it needs exactly 2 (true and false).");
	}

	@Test
	void unknownKeyFromATypo() {
		assertProblems("unknown-key",
				"scenarios/usb-stick.yaml:19:9: Unknown key \"feedbak\"; expected one of: text, feedback, rules, score, next.");
	}

	@Test
	void courseListingALessonThatDoesNotExist() {
		assertProblems("unknown-lesson",
				"course.yaml:10:18: Lesson \"extra\" does not exist (lessons/extra.nl.md is missing).");
	}

	@Test
	void unknownPlaceholder() {
		assertProblems("unknown-placeholder",
				"lessons/basis.en.md:13:26: Unknown placeholder {{privacy-officer}}; known are: {{huisstijl-contact}}, {{gedragscode-url}}, {{handreiking-url}}.");
	}

	@Test
	void unknownRuleId() {
		assertProblems("unknown-rule",
				"questions/privacy.yaml:14:19: Unknown rule id \"PRIV-9\"; the rules are in rules.yaml.");
	}

	@Test
	void unreachableStep() {
		assertProblems("unreachable-step",
				"scenarios/usb-stick.yaml:43:3: Step \"s3\" cannot be reached from the start step \"s1\".");
	}

	@Test
	void versionThatIsNotSemantic() {
		assertProblems("version-format", "course.yaml:2:10: Version \"2.1\" is not a semantic version such as 1.0.0.");
	}

	@Test
	void yamlSyntaxError() {
		assertProblems("yaml-syntax",
				"scenarios/usb-stick.yaml:4:9: YAML syntax error: while parsing a flow sequence; expected ',' or ']', but got :");
	}

}

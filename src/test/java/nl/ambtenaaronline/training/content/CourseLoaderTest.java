package nl.ambtenaaronline.training.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CourseLoaderTest {

	@TempDir
	Path root;

	@Test
	void shippedSocialMediaCourseValidatesWithoutProblems() {
		CourseLoader.Result result = CourseLoader.load(CourseFixtures.SHIPPED);

		assertThat(CourseFixtures.describe(result.problems())).isEmpty();
		Course course = result.course().course();
		assertThat(course.id()).isEqualTo("social-media");
		assertThat(course.version()).isEqualTo(CourseFixtures.shippedVersion());
		assertThat(course.catalogue().rules()).hasSize(21);
		assertThat(course.catalogue().groups()).extracting(RuleGroup::id)
			.containsExactly("BASIS", "OFF", "ROL", "STIJL", "BRON");
		assertThat(course.lessons()).extracting(Lesson::id)
			.containsExactly("waarom-online", "offline-online", "altijd-ambtenaar", "jouw-rol", "huisstijl",
					"hulp-en-bronnen");
		assertThat(course.scenarios()).hasSize(16);
		assertThat(course.assessment().drawPerGroup()).containsEntry("OFF", 4).containsEntry("BASIS", 1);
		assertThat(course.assessment().questionsPerAttempt()).isEqualTo(11);
		assertThat(course.refresherLessons()).extracting(Lesson::id).containsExactly("hulp-en-bronnen");
		assertThat(course.refresherScenarios()).extracting(Scenario::id)
			.containsExactlyElementsOf(CourseFixtures.shippedRefresherScenarios());
		assertThat(course.mainScenarios()).extracting(Scenario::id)
			.containsExactly("buurtapp", "boze-bewoner", "linkedin-werkgever", "gebiedsmakelaar-in-functie",
					"projectaccount-huisstijl");
		assertThat(course.catalogue().rule("OFF-7").orElseThrow().strength()).isEqualTo(Strength.ADVIES);
		assertThat(course.contentHash()).hasSize(64);
	}

	@Test
	void madeUpSecondCourseLoadsWithoutCodeChanges() {
		CourseLoader.Result result = CourseLoader.load(CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy"));

		assertThat(result.problems()).isEmpty();
		Course course = result.course().course();
		assertThat(course.id()).isEqualTo("privacy");
		assertThat(course.version()).hasToString("2.1.0");
		assertThat(course.guideline().date().nl()).isEqualTo("1 januari 2026");
		assertThat(course.certificate()).isEqualTo(new CertificateSettings(12, false));
		assertThat(course.assessment()).isEqualTo(new AssessmentSettings(java.util.Map.of("PRIV", 1), 75, 2, 60));
		assertThat(course.questionsOf("PRIV")).extracting(Question::id)
			.containsExactly("priv-01", "priv-02", "priv-03");
		assertThat(course.question("priv-03").orElseThrow().type()).isEqualTo(QuestionType.TRUEFALSE);

		Scenario scenario = course.scenario("usb-stick").orElseThrow();
		assertThat(scenario.passMark()).isEqualTo(OptionalInt.of(70));
		assertThat(course.passMarkOf(scenario)).isEqualTo(70);
		assertThat(scenario.startStep().choices()).extracting(ScenarioChoice::score).containsExactly(0, 2, 1);
		assertThat(scenario.startStep().bestScore()).isEqualTo(2);
		assertThat(scenario.isEnding("klaar")).isTrue();
		assertThat(scenario.ending("klaar").orElseThrow().summary().in(Locale.ENGLISH))
			.isEqualTo("Share only what is needed.");
	}

	@Test
	void lessonsAreSplitIntoSectionsAndRenderedSafely() {
		Course course = CourseLoader.load(CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy"))
			.course()
			.course();
		Lesson lesson = course.lesson("basis").orElseThrow();

		assertThat(lesson.title()).isEqualTo(new LocalizedText("Privacy in het kort", "Privacy in short"));
		assertThat(lesson.introHtml().nl()).isEqualTo("<p>Een korte inleiding.</p>");
		assertThat(lesson.sections()).extracting(LessonSection::rules)
			.containsExactly(List.of("PRIV-1"), List.of("PRIV-2"));
		LessonSection first = lesson.sections().getFirst();
		assertThat(first.title()).isEqualTo(new LocalizedText("Deel niet zomaar", "Do not just share"));
		assertThat(first.html().nl()).contains("<img src=\"course-images/privacy/2.1.0/slot.svg\" alt=\"Een slot\" />")
			.contains("<a rel=\"noopener noreferrer\" href=\"https://example.org/privacy\">site</a>");
		assertThat(lesson.sections().get(1).html().en()).contains("{{huisstijl-contact}}");
		assertThat(lesson.rules()).containsExactly("PRIV-1", "PRIV-2");
	}

	@Test
	void rawHtmlIsEscapedEvenWhenReported() {
		Problems problems = new Problems("x");
		LessonMarkdown.Parsed parsed = LessonMarkdown.parse("""
				---
				id: a
				title: A
				---
				## Kop {R-1}

				Tekst <script>alert(1)</script> en [klik](javascript:alert(1)).
				""", java.util.Set.of(), "course-images/x/1.0.0/", problems.in("lessons/a.nl.md"));

		String html = parsed.sections().getFirst().html();
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
		assertThat(CourseFixtures.describe(problems.sorted())).containsExactly(
				"lessons/a.nl.md:7:7: Raw HTML is not allowed in a lesson; use plain Markdown.",
				"lessons/a.nl.md:7:23: Raw HTML is not allowed in a lesson; use plain Markdown.",
				"lessons/a.nl.md:7:36: Link \"javascript:alert(1)\": only http, https and mailto links are allowed.");
	}

	@Test
	void aFileThatLinksOutsideTheCourseFolderIsRefused() throws Exception {
		Path course = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		Path secret = Files.writeString(root.resolve("secret.svg"), "<svg/>");
		Files.createSymbolicLink(course.resolve("images/secret.svg"), secret);

		CourseLoader.Result result = CourseLoader.load(course);

		assertThat(CourseFixtures.describe(result.problems()))
			.containsExactly("images/secret.svg: This file is a link to a place outside the course folder.");
	}

	@Test
	void aMissingCourseFolderIsOneProblem() {
		CourseLoader.Result result = CourseLoader.load(root.resolve("nothing"));

		assertThat(result.course()).isNull();
		assertThat(result.problems()).extracting(ContentProblem::key).contains("content.problem.folder-missing");
	}

	@Test
	void problemsReadInDutchByDefaultAndInEnglishOnRequest() {
		ContentProblem problem = new ContentProblem("privacy", "scenarios/a.yaml", 3, 5, "content.problem.unknown-rule",
				List.of("X-1"));

		assertThat(problem.message(Locale.of("nl")))
			.isEqualTo("Onbekend regel-id \"X-1\". De regels staan in rules.yaml.");
		assertThat(problem)
			.hasToString("privacy/scenarios/a.yaml:3:5: Unknown rule id \"X-1\"; the rules are in rules.yaml.");
	}

	@Test
	void idsStayTextsAlsoWhenYamlCouldReadThemAsBooleans() {
		Problems problems = new Problems("x");
		Yaml.MapNode node = (Yaml.MapNode) Yaml.parse("draw: {OFF: 4, \"ON\": 1}\nid: OFF\n", 0, problems);

		assertThat(problems.isEmpty()).isTrue();
		assertThat(((Yaml.MapNode) node.get("draw")).entries()).containsOnlyKeys("OFF", "ON");
		assertThat(((Yaml.ScalarNode) node.get("id")).text()).isEqualTo("OFF");
		assertThat(((Yaml.ScalarNode) node.get("id")).kind()).isEqualTo(Yaml.Kind.STRING);
	}

	@Test
	void semanticVersionsCompareByNumber() {
		assertThat(SemanticVersion.parse("1.10.0")).isGreaterThan(SemanticVersion.parse("1.9.3"));
		assertThat(SemanticVersion.tryParse("1.0")).isEmpty();
		assertThat(SemanticVersion.tryParse("01.0.0")).isEmpty();
	}

}

package nl.ambtenaaronline.training.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The course length the engine computes from the content, per path. */
class CourseLengthTest {

	@TempDir
	Path root;

	@Test
	void aPathTakesItsWordsAtTheReadingSpeedPlusTimePerStepAndQuestion() {
		// 400 words at 200 a minute = 120 s, 2 steps x 20 s, 1 question x 20 s = 180 s
		CourseLength.Path path = new CourseLength.Path(1, 1, 2, 1, 400);
		assertThat(path.seconds()).isEqualTo(180);
		assertThat(path.minutes()).isEqualTo(3);
		assertThat(new CourseLength.Path(0, 0, 0, 0, 201).minutes()).as("rounded up").isEqualTo(2);
	}

	@Test
	void aScenarioIsReadAlongItsBestPath() {
		Course course = CourseLoader.load(CourseFixtures.PRIVACY).course().course();
		Scenario scenario = course.scenario("usb-stick").orElseThrow();
		// title 2, situation 7, the three choices 6 + 7 + 6, the best choice's feedback
		// 2, the ending 5; the best choice ends the scenario after one step
		assertThat(CourseLengths.bestPath(scenario)).containsExactly(1, 35);
	}

	@Test
	void deepeningScenariosAreLeftOutOfTheMainPathAndShownOnTheirOwn() throws IOException {
		Path folder = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		String usb = Files.readString(folder.resolve("scenarios/usb-stick.yaml"));
		Files.writeString(folder.resolve("scenarios/verder.yaml"),
				usb.replace("id: usb-stick", "id: verder\nverdieping: true"));
		Path courseFile = folder.resolve("course.yaml");
		Files.writeString(courseFile,
				Files.readString(courseFile).replace("scenarios: [usb-stick]", "scenarios: [usb-stick, verder]"));

		Course plain = CourseLoader.load(CourseFixtures.PRIVACY).course().course();
		CourseLoader.Result result = CourseLoader.load(folder);
		assertThat(CourseFixtures.describe(result.problems())).isEmpty();
		Course course = result.course().course();

		assertThat(course.scenario("verder").orElseThrow().deepening()).isTrue();
		assertThat(course.mainScenarios()).extracting(Scenario::id).containsExactly("usb-stick");
		CourseLength length = course.length();
		assertThat(length.main()).isEqualTo(plain.length().main());
		assertThat(length.main().scenarios()).isEqualTo(1);
		assertThat(length.withDeepening().scenarios()).isEqualTo(2);
		assertThat(length.withDeepening().seconds()).isGreaterThan(length.main().seconds());
		assertThat(course.durationMinutes()).as("shown to learners: the main path").isEqualTo(length.main().minutes());
		// the refresher path lists its lesson and no scenarios: then every scenario, as
		// the run does
		assertThat(length.refresher().lessons()).isEqualTo(1);
		assertThat(length.refresher().questions()).isEqualTo(course.assessment().questionsPerAttempt());
	}

	@Test
	void theShippedCourseKeepsItsPathsWithinTheAgreedLengths() {
		CourseLength length = CourseLoader.load(CourseFixtures.SHIPPED).course().course().length();
		assertThat(length.main().minutes()).as("main path").isBetween(25, 30);
		assertThat(length.refresher().minutes()).as("refresher path").isLessThanOrEqualTo(10);
		assertThat(length.refresher().steps()).as("the refresher practises at least two decisions")
			.isGreaterThanOrEqualTo(2);
		assertThat(length.withDeepening().minutes()).isGreaterThan(length.main().minutes());
	}

	@Test
	void theDeclaredDurationIsNoLongerRead() throws IOException {
		Path folder = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		Path courseFile = folder.resolve("course.yaml");
		Files.writeString(courseFile, Files.readString(courseFile).replace("durationMinutes: 10\n", ""));
		Course without = CourseLoader.load(folder).course().course();
		Course with = CourseLoader.load(CourseFixtures.PRIVACY).course().course();
		assertThat(without.durationMinutes()).isEqualTo(with.durationMinutes()).isPositive();
	}

}

package nl.ambtenaaronline.training.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCheckTest {

	@TempDir
	Path root;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ContentCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void aGoodCourseExitsZero() {
		int code = run("validate", "content/courses/social-media");

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("content/courses/social-media: OK, social-media " + CourseFixtures.shippedVersion()
					+ " (6 lessons, 16 scenarios, 53 questions)" + System.lineSeparator());
	}

	@Test
	void aBrokenCoursePrintsEveryProblemWithItsPathAndExitsNonZero() {
		Path course = CourseFixtures.broken("too-few-choices", root);

		int code = run("validate", "--en", course.toString());

		assertThat(code).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				course + "/scenarios/usb-stick.yaml:28:7: Step \"s2\" has 2 choices; a step needs at least 3.",
				"1 problem");
	}

	@Test
	void messagesAreDutchByDefault() {
		Path course = CourseFixtures.broken("unknown-rule", root);

		run("validate", course.toString());

		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("questions/privacy.yaml:14:19: Onbekend regel-id \"PRIV-9\". De regels staan in rules.yaml.");
	}

	@Test
	void aFolderOfCoursesIsCheckedCourseByCourse() {
		CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		CourseFixtures.copy(CourseFixtures.SHIPPED, root, "social-media");

		int code = run("validate", root.toString());

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
	}

	@Test
	void wrongUseExitsTwoWithAUsage() {
		assertThat(run()).isEqualTo(2);
		assertThat(run("check", "x")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: validate");
	}

}

package nl.ambtenaaronline.training.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentStoreTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path root;

	private Path privacy;

	@BeforeEach
	void twoCourses() {
		privacy = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		CourseFixtures.copy(CourseFixtures.SHIPPED, root, "social-media");
	}

	@Test
	void loadsEveryCourseOfTheFolder() {
		ContentStore store = new ContentStore(root, CLOCK);

		assertThat(store.courses()).extracting(Course::id).containsExactly("privacy", "social-media");
		assertThat(store.current("privacy").orElseThrow().version()).hasToString("2.1.0");
		assertThat(store.loadedVersions()).extracting(LoadedVersion::current).containsOnly(true);
		assertThat(store.source().bundled()).isFalse();
	}

	@Test
	void brokenContentStopsTheStartWithEveryProblem() {
		CourseFixtures.edit(privacy.resolve("course.yaml"), "passMark: 75", "passMark: 120");
		CourseFixtures.edit(privacy.resolve("scenarios/usb-stick.yaml"), "score: 1\n        next: s2",
				"score: 3\n        next: s2");

		assertThatThrownBy(() -> new ContentStore(root, CLOCK)).isInstanceOfSatisfying(ContentValidationException.class,
				ex -> assertThat(CourseFixtures.describe(ex.problems())).containsExactly(
						"course.yaml:18:13: Pass mark \"passMark\" is 120; it must be between 1 and 100 percent.",
						"scenarios/usb-stick.yaml:23:16: Score 3 is out of range 0 to 2 (0 = breach of a moet rule, 1 = partly right, 2 = best)."))
			.hasMessageContaining("privacy/course.yaml:18:13");
	}

	@Test
	void aReloadWithoutChangesChangesNothing() {
		ContentStore store = new ContentStore(root, CLOCK);

		ReloadResult result = store.reload();

		assertThat(result.success()).isTrue();
		assertThat(result.changes()).isEmpty();
		assertThat(store.loadedVersions()).hasSize(2);
	}

	@Test
	void aNewVersionBecomesCurrentAndTheOldOneStaysForRunningAttempts() {
		ContentStore store = new ContentStore(root, CLOCK);
		Course old = store.current("privacy").orElseThrow();
		CourseFixtures.edit(privacy.resolve("course.yaml"), "version: 2.1.0", "version: 3.0.0");
		CourseFixtures.edit(privacy.resolve("scenarios/usb-stick.yaml"), "De USB-stick", "De kwijtgeraakte USB-stick");

		ReloadResult result = store.reload();

		assertThat(result.problems()).isEmpty();
		assertThat(result.changes())
			.containsExactly(new CourseChange("privacy", old.version(), SemanticVersion.parse("3.0.0")));
		assertThat(store.current("privacy").orElseThrow().scenario("usb-stick").orElseThrow().title().nl())
			.isEqualTo("De kwijtgeraakte USB-stick");
		assertThat(store.version("privacy", old.version())).contains(old);
		assertThat(store.loadedVersions()).filteredOn(version -> version.courseId().equals("privacy"))
			.extracting(version -> version.version() + " " + version.current())
			.containsExactly("3.0.0 true", "2.1.0 false");
	}

	@Test
	void invalidNewContentKeepsTheOldContent() {
		ContentStore store = new ContentStore(root, CLOCK);
		Course before = store.current("privacy").orElseThrow();
		CourseFixtures.edit(privacy.resolve("course.yaml"), "version: 2.1.0", "version: 2.2.0");
		CourseFixtures.edit(privacy.resolve("questions/privacy.yaml"), "rules: [PRIV-1, PRIV-2]",
				"rules: [PRIV-1, PRIV-9]");

		ReloadResult result = store.reload();

		assertThat(result.success()).isFalse();
		assertThat(CourseFixtures.describe(result.problems()))
			.containsExactly("questions/privacy.yaml:14:19: Unknown rule id \"PRIV-9\"; the rules are in rules.yaml.");
		assertThat(store.current("privacy")).contains(before);
		assertThat(store.loadedVersions()).hasSize(2);
	}

	@Test
	void changedContentUnderTheSameVersionIsRefused() {
		ContentStore store = new ContentStore(root, CLOCK);
		CourseFixtures.edit(privacy.resolve("scenarios/usb-stick.yaml"), "De USB-stick", "De stick");

		ReloadResult result = store.reload();

		assertThat(CourseFixtures.describe(result.problems())).containsExactly(
				"course.yaml:2:10: Version 2.1.0 is already in use with other content; raise the version (minor for wording, major when what a learner must know changes).");
		assertThat(store.current("privacy").orElseThrow().scenario("usb-stick").orElseThrow().title().nl())
			.isEqualTo("De USB-stick");
	}

	@Test
	void aLowerVersionIsRefused() {
		ContentStore store = new ContentStore(root, CLOCK);
		CourseFixtures.edit(privacy.resolve("course.yaml"), "version: 2.1.0", "version: 2.0.9");

		ReloadResult result = store.reload();

		assertThat(CourseFixtures.describe(result.problems()))
			.containsExactly("course.yaml:2:10: Version 2.0.9 is lower than the current version 2.1.0.");
	}

	@Test
	void aCourseCannotDisappearWhileRunning() throws Exception {
		ContentStore store = new ContentStore(root, CLOCK);
		try (var files = Files.walk(privacy)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}

		ReloadResult result = store.reload();

		assertThat(result.problems()).extracting(ContentProblem::key).containsExactly("content.problem.course-removed");
		assertThat(store.current("privacy")).isPresent();
	}

	@Test
	void withoutTheConfiguredFolderTheCopyInsideTheApplicationIsUsed() {
		ContentStore store = new ContentStore(root.resolve("does-not-exist"), CLOCK);

		assertThat(store.source().bundled()).isTrue();
		assertThat(store.courses()).extracting(Course::id).containsExactly("social-media");
		assertThat(store.current("social-media").orElseThrow().contentHash())
			.isEqualTo(CourseLoader.load(CourseFixtures.SHIPPED).course().course().contentHash());
	}

}

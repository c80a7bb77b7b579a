package nl.ambtenaaronline.training.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Test courses: the shipped social-media course, the made-up privacy course in
 * {@code src/test/resources/content/privacy}, and the broken courses in
 * {@code src/test/resources/content/broken/<case>}: each holds only the files that differ
 * from the privacy course (and an optional {@code DELETE} file listing files to remove).
 */
public final class CourseFixtures {

	public static final Path SHIPPED = Path.of("content/courses/social-media");

	public static final Path PRIVACY = Path.of("src/test/resources/content/privacy");

	public static final Path BROKEN = Path.of("src/test/resources/content/broken");

	private CourseFixtures() {
	}

	/** A copy of a course under {@code root/<name>}. */
	public static Path copy(Path course, Path root, String name) {
		Path target = root.resolve(name);
		copyTree(course, target);
		return target;
	}

	/** The privacy course with one broken case laid over it, as {@code root/privacy}. */
	public static Path broken(String caseName, Path root) {
		Path target = copy(PRIVACY, root, "privacy");
		Path overlay = BROKEN.resolve(caseName);
		if (!Files.isDirectory(overlay)) {
			throw new IllegalArgumentException("No broken course " + overlay);
		}
		copyTree(overlay, target);
		Path delete = target.resolve("DELETE");
		try {
			if (Files.exists(delete)) {
				for (String line : Files.readAllLines(delete)) {
					if (!line.isBlank()) {
						Files.delete(target.resolve(line.strip()));
					}
				}
				Files.delete(delete);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	/** Problems as {@code file:line:column: English message}. */
	public static List<String> describe(List<ContentProblem> problems) {
		return problems.stream().map(problem -> problem.where() + ": " + problem.message(Locale.ENGLISH)).toList();
	}

	public static void copyTree(Path from, Path to) {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The version the shipped course declares in its {@code course.yaml}, so that tests
	 * follow the content instead of naming a version that the next edit changes.
	 */
	public static SemanticVersion shippedVersion() {
		return SemanticVersion.parse(shippedCourseField("version"));
	}

	/** The ids the shipped course lists under {@code refresher: scenarios:}. */
	public static List<String> shippedRefresherScenarios() {
		String refresher = shippedCourseYaml().split("\\nrefresher:", 2)[1];
		java.util.regex.Matcher list = java.util.regex.Pattern.compile("\\n\\s+scenarios:\\s*\\[([^\\]]*)\\]")
			.matcher(refresher);
		if (!list.find()) {
			throw new IllegalStateException("No refresher scenarios in " + SHIPPED);
		}
		return Stream.of(list.group(1).split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
	}

	private static String shippedCourseField(String key) {
		java.util.regex.Matcher field = java.util.regex.Pattern.compile("(?m)^" + key + ":\\s*(\\S+)")
			.matcher(shippedCourseYaml());
		if (!field.find()) {
			throw new IllegalStateException("No " + key + " in " + SHIPPED);
		}
		return field.group(1);
	}

	private static String shippedCourseYaml() {
		try {
			return Files.readString(SHIPPED.resolve("course.yaml"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces the first occurrence of a text in a file (the text must occur). */
	public static void edit(Path file, String old, String replacement) {
		try {
			String text = Files.readString(file);
			int at = text.indexOf(old);
			if (at < 0) {
				throw new IllegalArgumentException(old + " not in " + file);
			}
			Files.writeString(file, text.substring(0, at) + replacement + text.substring(at + old.length()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

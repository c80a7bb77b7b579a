package nl.ambtenaaronline.training.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editors' check, without starting the application:
 * {@code ./mvnw -q exec:java -Dexec.args="validate content/courses/social-media"}. Prints
 * every problem as {@code folder/file:line:column: message} and exits with 1 when there
 * are any, 2 on wrong use, 0 when the course is fine. {@code --en} prints the messages in
 * English (Dutch by default). A folder that holds no {@code course.yaml} but course
 * folders is checked course by course.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> folders = new ArrayList<>();
		Locale locale = Locale.of("nl");
		boolean validate = false;
		for (String arg : args) {
			if (arg.equals("validate") && !validate && folders.isEmpty()) {
				validate = true;
			}
			else if (arg.equals("--en")) {
				locale = Locale.ENGLISH;
			}
			else if (arg.equals("--nl")) {
				locale = Locale.of("nl");
			}
			else {
				folders.add(arg);
			}
		}
		if (!validate || folders.isEmpty()) {
			err.println("Usage: validate [--en] <course folder> [<course folder> ...]");
			err.println("  e.g. ./mvnw -q exec:java -Dexec.args=\"validate content/courses/social-media\"");
			return 2;
		}
		int problems = 0;
		for (String folder : folders) {
			Path path = Path.of(folder);
			List<Path> courses = courseFolders(path);
			for (Path course : courses) {
				CourseLoader.Result result = CourseLoader.load(course);
				String prefix = course.toString().replace('\\', '/');
				for (ContentProblem problem : result.problems()) {
					out.println(prefix + "/" + problem.where() + ": " + problem.message(locale));
				}
				problems += result.problems().size();
				if (result.course() != null) {
					Course loaded = result.course().course();
					out.println(prefix + ": OK, " + loaded.id() + " " + loaded.version() + " ("
							+ loaded.lessons().size() + " lessons, " + loaded.scenarios().size() + " scenarios, "
							+ loaded.questions().size() + " questions)");
				}
			}
		}
		if (problems > 0) {
			out.println(problems + (problems == 1 ? " problem" : " problems"));
			return 1;
		}
		return 0;
	}

	/** The folder itself when it holds a course.yaml, else its sub-folders. */
	static List<Path> courseFolders(Path path) {
		if (!Files.isDirectory(path) || Files.exists(path.resolve(CourseLoader.COURSE))) {
			return List.of(path);
		}
		try (var children = Files.list(path)) {
			List<Path> courses = children.filter(Files::isDirectory)
				.filter(child -> !child.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
			return courses.isEmpty() ? List.of(path) : courses;
		}
		catch (java.io.IOException ex) {
			return List.of(path);
		}
	}

}

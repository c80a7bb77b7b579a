package nl.ambtenaaronline.training.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ambtenaaronline.training.content.Fields.Located;
import org.jspecify.annotations.Nullable;

/**
 * Loads one course folder into a {@link Course}: {@link CourseFiles} reads the folder,
 * {@link CourseReader} parses each file and checks it on its own, and
 * {@link CourseValidator} checks every rule across files against
 * {@code content/FORMAT.md}. Every problem is collected, with file, line and column; only
 * a course without problems is returned. Needs no Spring, so that the editors'
 * command-line check ({@link ContentCheck}) runs the very same checks.
 */
final class CourseLoader {

	static final String COURSE = "course.yaml";

	static final String RULES = "rules.yaml";

	/** Where lesson images are served; see {@code CourseImageController}. */
	static final String IMAGE_URL_PREFIX = "course-images/";

	/** The outcome: a course when there are no problems. */
	record Result(@Nullable LoadedCourse course, List<ContentProblem> problems) {

	}

	private CourseLoader() {
	}

	/** Loads and validates one course folder. */
	static Result load(Path folder) {
		String courseFolder = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		Problems problems = new Problems(courseFolder);
		CourseFiles files = CourseFiles.read(folder, problems);
		String hash = files.hash();
		CourseRead read = CourseReader.read(files, problems, courseFolder);
		CourseValidator.validate(read, problems, files.incomplete());
		CourseDelta delta = DeltaChecks.check(files, read, problems);
		if (!problems.isEmpty()) {
			return new Result(null, problems.sorted());
		}
		return new Result(new LoadedCourse(course(read, hash, delta), files.images(), read.course().versionLoc()),
				List.of());
	}

	/** The course in the order course.yaml gives, once every check passed. */
	private static Course course(CourseRead read, String hash, @Nullable CourseDelta delta) {
		CourseFile courseFile = read.course();
		Map<String, Lesson> lessonsById = new HashMap<>();
		read.lessons().forEach(lesson -> lessonsById.put(lesson.id(), lesson));
		Map<String, Scenario> scenariosById = new HashMap<>();
		read.scenarios().forEach(scenario -> scenariosById.put(scenario.id(), scenario));
		List<Lesson> orderedLessons = courseFile.lessons().stream().map(id -> lessonsById.get(id.value())).toList();
		List<Scenario> orderedScenarios = courseFile.scenarios()
			.stream()
			.map(id -> scenariosById.get(id.value()))
			.toList();
		RefresherPath refresher = new RefresherPath(courseFile.refresherLessons().stream().map(Located::value).toList(),
				courseFile.refresherScenarios().stream().map(Located::value).toList());
		return new Course(courseFile.id(), courseFile.version(), courseFile.guideline(), courseFile.title(),
				courseFile.summary(),
				CourseLengths.of(orderedLessons, orderedScenarios, read.questions(), courseFile.assessment(),
						refresher),
				read.rules().catalogue(), orderedLessons, orderedScenarios, read.questions(), refresher,
				courseFile.scenarioPassMark(), courseFile.assessment(), courseFile.certificate(), hash, delta, false);
	}

}

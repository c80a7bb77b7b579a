package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One version of a course, fully loaded and validated. Immutable: an attempt that started
 * on this version keeps it after a reload.
 *
 * @param id equals the folder name, e.g. {@code social-media}
 * @param version the course version
 * @param guideline the guideline the course teaches
 * @param title the course title
 * @param summary a short description
 * @param length how long the main path, the path with deepening and the refresher path
 * take, computed from the content
 * @param catalogue the rules and their groups
 * @param lessons the lessons, in course order
 * @param scenarios the scenarios, in course order
 * @param questions the assessment pool, in file order
 * @param refresher the short path for refresher learners
 * @param scenarioPassMark percent, for scenarios without their own pass mark
 * @param assessment the final assessment
 * @param certificate the certificate
 * @param contentHash SHA-256 (hex) over every file of the course folder
 * @param delta what changed compared with the previous major version
 * ({@code delta.yaml}), if the course has such a record
 * @param deltaOnly whether this is the "Wat is er veranderd" path of the course (see
 * {@link #deltaPath()}), not the whole course
 */
public record Course(String id, SemanticVersion version, GuidelineInfo guideline, LocalizedText title,
		LocalizedText summary, CourseLength length, RuleCatalogue catalogue, List<Lesson> lessons,
		List<Scenario> scenarios, List<Question> questions, RefresherPath refresher, int scenarioPassMark,
		AssessmentSettings assessment, CertificateSettings certificate, String contentHash, @Nullable CourseDelta delta,
		boolean deltaOnly) {

	public Course {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
		questions = List.copyOf(questions);
	}

	/** Minutes of the main path, computed from the content (see {@link CourseLength}). */
	public int durationMinutes() {
		return length.mainMinutes();
	}

	/**
	 * How long the given lessons and scenarios of this course take, with one assessment
	 * attempt or without, by the rules of {@link CourseLength}: what is left for a
	 * learner who has done the rest.
	 */
	public CourseLength.Path remaining(List<Lesson> lessonsLeft, List<Scenario> scenariosLeft, boolean withAssessment) {
		return CourseLengths.remaining(lessonsLeft, scenariosLeft, questions, assessment, withAssessment);
	}

	/** The scenarios of the main path (not marked as deepening), in course order. */
	public List<Scenario> mainScenarios() {
		return scenarios.stream().filter(scenario -> !scenario.deepening()).toList();
	}

	public Optional<Lesson> lesson(String lessonId) {
		return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
	}

	public Optional<Scenario> scenario(String scenarioId) {
		return scenarios.stream().filter(scenario -> scenario.id().equals(scenarioId)).findFirst();
	}

	public Optional<Question> question(String questionId) {
		return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
	}

	/** The pool of one rule group, in file order. */
	public List<Question> questionsOf(String groupId) {
		return questions.stream().filter(question -> question.group().equals(groupId)).toList();
	}

	/** The scenario's own pass mark, or the course's default. */
	public int passMarkOf(Scenario scenario) {
		return scenario.passMark().orElse(scenarioPassMark);
	}

	/** The refresher lessons, in course order. */
	public List<Lesson> refresherLessons() {
		return lessons.stream().filter(lesson -> refresher.lessons().contains(lesson.id())).toList();
	}

	/** The refresher scenarios, in course order. */
	public List<Scenario> refresherScenarios() {
		return scenarios.stream().filter(scenario -> refresher.scenarios().contains(scenario.id())).toList();
	}

	/** The delta record, if this version has one. */
	public Optional<CourseDelta> deltaRecord() {
		return Optional.ofNullable(delta);
	}

	/**
	 * The "Wat is er veranderd" path: the same version with only the delta material (the
	 * listed sections of each lesson, without introductions; the listed scenarios, all
	 * required; every listed question in each attempt, at the course's pass mark and
	 * attempts). Question, scenario and choice ids stay those of the whole course, so
	 * answers and plays are stored as on the whole course.
	 * @throws IllegalStateException when the version has no delta record
	 */
	public Course deltaPath() {
		if (delta == null) {
			throw new IllegalStateException("course " + id + " " + version + " has no delta record");
		}
		if (deltaOnly) {
			return this;
		}
		List<Lesson> deltaLessons = lessons.stream()
			.filter(lesson -> delta.lessonSections().containsKey(lesson.id()))
			.map(lesson -> new Lesson(lesson.id(), lesson.title(), new LocalizedText("", ""),
					delta.lessonSections()
						.get(lesson.id())
						.stream()
						.sorted()
						.map(number -> lesson.sections().get(number - 1))
						.toList()))
			.toList();
		List<Scenario> deltaScenarios = scenarios.stream()
			.filter(scenario -> delta.scenarios().contains(scenario.id()))
			.map(scenario -> new Scenario(scenario.id(), scenario.title(), scenario.rules(), scenario.passMark(),
					scenario.start(), scenario.steps(), scenario.endings(), false))
			.toList();
		List<Question> deltaQuestions = questions.stream()
			.filter(question -> delta.questions().contains(question.id()))
			.toList();
		Map<String, Integer> draw = new LinkedHashMap<>();
		catalogue.groups().forEach(group -> {
			long count = deltaQuestions.stream().filter(question -> question.group().equals(group.id())).count();
			if (count > 0) {
				draw.put(group.id(), (int) count);
			}
		});
		AssessmentSettings deltaAssessment = new AssessmentSettings(draw, assessment.passMark(),
				assessment.maxAttempts(), assessment.cooldownMinutes());
		RefresherPath none = new RefresherPath(List.of(), List.of());
		return new Course(id, version, guideline, title, summary,
				CourseLengths.of(deltaLessons, deltaScenarios, deltaQuestions, deltaAssessment, none), catalogue,
				deltaLessons, deltaScenarios, deltaQuestions, none, scenarioPassMark, deltaAssessment, certificate,
				contentHash, delta, true);
	}

}

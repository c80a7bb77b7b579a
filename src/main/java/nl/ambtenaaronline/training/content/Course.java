package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.Optional;

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
 */
public record Course(String id, SemanticVersion version, GuidelineInfo guideline, LocalizedText title,
		LocalizedText summary, CourseLength length, RuleCatalogue catalogue, List<Lesson> lessons,
		List<Scenario> scenarios, List<Question> questions, RefresherPath refresher, int scenarioPassMark,
		AssessmentSettings assessment, CertificateSettings certificate, String contentHash) {

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

}

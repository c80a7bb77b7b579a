package nl.ambtenaaronline.training.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.CourseDelta;
import nl.ambtenaaronline.training.content.CourseLength;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the learner's and the assessment's services share: the signed-in learner's runs,
 * the course version a run is pinned to, and the progress through a run. Callers own the
 * transaction.
 */
@Component
class Runs {

	private final RunStore runs;

	private final ScenarioStore scenarios;

	private final AttemptStore attempts;

	private final ContentService contents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Runs(RunStore runs, ScenarioStore scenarios, AttemptStore attempts, ContentService contents,
			ApplicationEventPublisher events, Clock clock) {
		this.runs = runs;
		this.scenarios = scenarios;
		this.attempts = attempts;
		this.contents = contents;
		this.events = events;
		this.clock = clock;
	}

	/** The signed-in learner, from the principal. */
	long me() {
		return SignedIn.requireEmployeeId();
	}

	OffsetDateTime now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	Course currentCourse(String courseId) {
		return contents.current(courseId).orElseThrow(() -> new LearningException("learning.unknown-course"));
	}

	/**
	 * The course version the run is pinned to (the current one when it is gone); for a
	 * delta run only its delta path.
	 */
	Course courseOf(Run run) {
		Course course = courseOf(run.courseId(), run.version());
		return run.delta() && course.deltaRecord().isPresent() ? course.deltaPath() : course;
	}

	Course courseOf(String courseId, String version) {
		return SemanticVersion.tryParse(version)
			.flatMap(parsed -> contents.version(courseId, parsed))
			.orElseGet(() -> currentCourse(courseId));
	}

	Optional<Run> latest(String courseId) {
		return runs.latest(me(), courseId);
	}

	/** The run to record in: the open one, or a new one when there is none. */
	Run openRun(String courseId) {
		long employee = me();
		Optional<Run> latest = runs.latest(employee, courseId);
		if (latest.isPresent() && !latest.get().completed()) {
			return latest.get();
		}
		if (latest.isPresent()) {
			throw new LearningException("learning.completed-run");
		}
		return newRun(employee, courseId, 1, runs.hasCompleted(employee, courseId));
	}

	/**
	 * Starts a run on the current course version and publishes {@link CourseStarted}: on
	 * the delta path when the version has a delta record and the learner's last
	 * completion is of the major version it counts from and still valid
	 * ({@link CourseDelta#appliesTo}); otherwise the whole course (or the refresher).
	 */
	Run newRun(long employee, String courseId, int runNo, boolean refresher) {
		Course course = currentCourse(courseId);
		boolean delta = deltaApplies(employee, course);
		runs.insert(employee, courseId, runNo, course.version().toString(), refresher && !delta, delta, now());
		events.publishEvent(new CourseStarted(employee, courseId));
		return runs.latest(employee, courseId).orElseThrow();
	}

	/**
	 * Whether a new run of this course version would take the delta path: the version has
	 * a delta record and the learner's last completion qualifies for it, its validity
	 * counted with the version's validity months (as assignments do).
	 */
	boolean deltaApplies(long employee, Course course) {
		return course.deltaRecord().map(record -> deltaApplies(employee, course, record)).orElse(false);
	}

	private boolean deltaApplies(long employee, Course course, CourseDelta record) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		return runs.completionsOf(employee)
			.stream()
			.filter(completion -> completion.courseId().equals(course.id()))
			.findFirst()
			.flatMap(last -> SemanticVersion.tryParse(last.courseVersion())
				.map(version -> record.appliesTo(version,
						LocalDate.ofInstant(last.passedAt(), TimeConfiguration.ZONE)
							.plusMonths(course.certificate().validityMonths()),
						today)))
			.orElse(false);
	}

	int allowedAttempts(Run run, Course course) {
		return course.assessment().maxAttempts() + runs.extraAttempts(run.employeeId(), course.id(), run.startedAt());
	}

	/** Progress before any run: nothing done, the assessment locked. */
	CourseProgress notStarted(long employee, Course course) {
		List<CourseProgress.LessonProgress> lessons = course.lessons()
			.stream()
			.map(lesson -> new CourseProgress.LessonProgress(lesson.id(), false))
			.toList();
		List<CourseProgress.ScenarioProgress> scenarioProgress = course.scenarios()
			.stream()
			.map(scenario -> new CourseProgress.ScenarioProgress(scenario.id(), false, 0, false, scenario.deepening()))
			.toList();
		NextStep next = lessons.isEmpty() ? new NextStep(NextStep.Kind.ASSESSMENT, "")
				: new NextStep(NextStep.Kind.LESSON, lessons.getFirst().id());
		int allowed = course.assessment().maxAttempts() + runs.extraAttempts(employee, course.id(), null);
		return new CourseProgress(course.id(), false, false, false, course.version().toString(), lessons,
				scenarioProgress, AssessmentStatus.LOCKED, 0, allowed, null, false, 0, next,
				course.remaining(course.lessons(), course.mainScenarios(), true).minutes());
	}

	CourseProgress progressOf(Run run, Course course) {
		List<Lesson> lessonsOfRun = run.refresher() && !course.refresherLessons().isEmpty() ? course.refresherLessons()
				: course.lessons();
		boolean refresherPath = run.refresher() && !course.refresherScenarios().isEmpty();
		List<Scenario> scenariosOfRun = refresherPath ? course.refresherScenarios() : course.scenarios();
		Set<String> read = runs.lessonsRead(run.id());
		List<CourseProgress.LessonProgress> lessons = lessonsOfRun.stream()
			.map(lesson -> new CourseProgress.LessonProgress(lesson.id(), read.contains(lesson.id())))
			.toList();
		List<CourseProgress.ScenarioProgress> scenarioProgress = new ArrayList<>();
		for (Scenario scenario : scenariosOfRun) {
			// a refresher does the scenarios its path lists; on the main path deepening
			// is optional
			scenarioProgress.add(scenarioProgress(run.id(), course, scenario, !refresherPath && scenario.deepening()));
		}
		List<AttemptRow> attemptRows = attempts.ofRun(run.id());
		int allowed = allowedAttempts(run, course);
		ProgressRules.Assessment assessment = ProgressRules.assessment(run.completed(), attemptRows,
				ProgressRules.prerequisitesDone(lessons, scenarioProgress), allowed,
				Duration.ofMinutes(course.assessment().cooldownMinutes()), clock.instant());
		NextStep next = ProgressRules.next(lessons, scenarioProgress, assessment.status(), run.completed());
		Set<String> required = scenarioProgress.stream()
			.filter(scenario -> !scenario.optional())
			.map(CourseProgress.ScenarioProgress::id)
			.collect(Collectors.toSet());
		CourseLength.Path whole = course.remaining(lessonsOfRun,
				scenariosOfRun.stream().filter(scenario -> required.contains(scenario.id())).toList(), true);
		CourseLength.Path left = left(course, lessonsOfRun, scenariosOfRun, lessons, scenarioProgress,
				assessment.status());
		return new CourseProgress(run.courseId(), true, run.refresher() && !run.delta(), run.delta(), run.version(),
				lessons, scenarioProgress, assessment.status(), attemptRows.size(), allowed, assessment.nextAttemptAt(),
				run.completed(), ProgressRules.percentDone(whole.seconds(), left.seconds(), run.completed()), next,
				left.minutes());
	}

	/**
	 * What is left: the lessons not read, the required scenarios not passed and, until
	 * passed, one assessment attempt.
	 */
	private static CourseLength.Path left(Course course, List<Lesson> lessonsOfRun, List<Scenario> scenariosOfRun,
			List<CourseProgress.LessonProgress> lessons, List<CourseProgress.ScenarioProgress> scenarios,
			AssessmentStatus status) {
		Set<String> lessonsLeft = lessons.stream()
			.filter(lesson -> !lesson.read())
			.map(CourseProgress.LessonProgress::id)
			.collect(Collectors.toSet());
		Set<String> scenariosLeft = scenarios.stream()
			.filter(scenario -> !scenario.optional() && !scenario.passed())
			.map(CourseProgress.ScenarioProgress::id)
			.collect(Collectors.toSet());
		return course.remaining(lessonsOfRun.stream().filter(lesson -> lessonsLeft.contains(lesson.id())).toList(),
				scenariosOfRun.stream().filter(scenario -> scenariosLeft.contains(scenario.id())).toList(),
				status != AssessmentStatus.PASSED);
	}

	private CourseProgress.ScenarioProgress scenarioProgress(long runId, Course course, Scenario scenario,
			boolean optional) {
		boolean finished = false;
		int best = 0;
		for (ScenarioStore.Play play : scenarios.plays(runId, scenario.id())) {
			ScenarioState state = stateOfPlay(play, 0, course, scenario);
			if (state.finished()) {
				finished = true;
				best = Math.max(best, state.percent());
			}
		}
		return new CourseProgress.ScenarioProgress(scenario.id(), finished, best,
				finished && best >= course.passMarkOf(scenario), optional);
	}

	/**
	 * Where a play stands, with the given play number and without its order of choices.
	 */
	ScenarioState stateOfPlay(ScenarioStore.Play play, int playNo, Course course, Scenario scenario) {
		return ProgressRules.scenarioState(scenario, course.passMarkOf(scenario), playNo, scenarios.choices(play.id()),
				OptionOrders.decode(null));
	}

}

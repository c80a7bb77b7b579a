package nl.ambtenaaronline.training.learning;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioChoice;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's journey through a course's lessons and scenarios, always for the
 * signed-in employee, and their progress. Every lesson read and scenario choice is
 * written as a row of its own the moment it is given; nothing a learner chose lives only
 * in the UI. A run (enrolment) is pinned to the course version it started on. The final
 * assessment is {@link AssessmentService}; what other features read is
 * {@link LearningRecords}.
 */
@Service
public class LearningService {

	private final Runs runs;

	private final RunStore runStore;

	private final ScenarioStore scenarios;

	private final ApplicationEventPublisher events;

	private final SettingsService settings;

	private final SecureRandom random = new SecureRandom();

	LearningService(Runs runs, RunStore runStore, ScenarioStore scenarios, ApplicationEventPublisher events,
			SettingsService settings) {
		this.runs = runs;
		this.runStore = runStore;
		this.scenarios = scenarios;
		this.events = events;
		this.settings = settings;
	}

	/**
	 * The address of the guideline's own text, as HR set it for the course
	 * ({@code course.<course>.guideline-url}); empty when none is set, and then learners
	 * see no link.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	public Optional<String> guidelineUrl(String courseId) {
		runs.currentCourse(courseId);
		String url = settings.text(GuidelineLinks.key(courseId)).strip();
		return url.isEmpty() ? Optional.empty() : Optional.of(url);
	}

	/** The course as this learner sees it: the version their run is pinned to. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public Course course(String courseId) {
		return runs.latest(courseId).map(runs::courseOf).orElseGet(() -> runs.currentCourse(courseId));
	}

	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public CourseProgress progress(String courseId) {
		long employee = runs.me();
		Optional<Run> run = runStore.latest(employee, courseId);
		if (run.isEmpty()) {
			return runs.notStarted(employee, runs.currentCourse(courseId));
		}
		return runs.progressOf(run.get(), runs.courseOf(run.get()));
	}

	/** Starts a new run of a course completed before: the refresher path. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public CourseProgress startRefresher(String courseId) {
		long employee = runs.me();
		Optional<Run> latest = runStore.latest(employee, courseId);
		if (latest.isEmpty() || !latest.get().completed()) {
			return progress(courseId);
		}
		runs.newRun(employee, courseId, latest.get().runNo() + 1, true);
		return progress(courseId);
	}

	/**
	 * Whether starting the course again ({@link #startRefresher}) would take the "Wat is
	 * er veranderd" path: the current version has a delta record and the learner holds a
	 * valid completion of the major version it counts from.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public boolean deltaAvailable(String courseId) {
		return runs.deltaApplies(runs.me(), runs.currentCourse(courseId));
	}

	/**
	 * Marks a lesson read in the learner's open run; the first time publishes
	 * {@link LessonRead}.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void markLessonRead(String courseId, String lessonId) {
		Run run = runs.openRun(courseId);
		if (runs.courseOf(run).lesson(lessonId).isEmpty()) {
			throw new LearningException("learning.unknown-lesson");
		}
		var now = runs.now();
		if (runStore.markRead(run.id(), lessonId, now)) {
			events.publishEvent(
					new LessonRead(run.employeeId(), courseId, run.version(), run.id(), lessonId, now.toInstant()));
		}
	}

	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public ScenarioState scenario(String courseId, String scenarioId) {
		Optional<Run> run = runs.latest(courseId);
		Course course = run.map(runs::courseOf).orElseGet(() -> runs.currentCourse(courseId));
		Scenario scenario = scenarioOf(course, scenarioId);
		if (run.isEmpty()) {
			return new ScenarioState(scenarioId, 0, List.of(), scenario.start(), null, 0, false, Map.of());
		}
		return stateOf(run.get().id(), course, scenario);
	}

	/**
	 * Opens a scenario to play: like {@link #scenario}, but a learner whose run is open
	 * (or who has none yet) gets the play stored at once, with the order its choices are
	 * shown in, so that a reload shows the same order. A completed run is only shown.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public ScenarioState openScenario(String courseId, String scenarioId) {
		Optional<Run> latest = runs.latest(courseId);
		if (latest.isPresent() && latest.get().completed()) {
			return scenario(courseId, scenarioId);
		}
		Run run = runs.openRun(courseId);
		Course course = runs.courseOf(run);
		Scenario scenario = scenarioOf(course, scenarioId);
		currentPlay(run.id(), scenario);
		return stateOf(run.id(), course, scenario);
	}

	/**
	 * Stores one scenario choice and publishes {@link ScenarioChoiceRecorded}. A repeated
	 * request (same id) or a second tab that answers the same step again changes nothing:
	 * the first answer stands.
	 * @param choiceIndex the choice's id: its index in the step's choices in the file of
	 * the run's course version, never the position it was shown at
	 * @param answerId made where the learner acts, once per choice confirmed, so that a
	 * repeated request is recognised as the same choice
	 * @throws LearningException {@code scenario.step-answered} when this step was already
	 * answered in another window
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public ScenarioState choose(String courseId, String scenarioId, String stepId, int choiceIndex, UUID answerId) {
		Run run = runs.openRun(courseId);
		Course course = runs.courseOf(run);
		Scenario scenario = scenarioOf(course, scenarioId);
		ScenarioStep step = scenario.step(stepId).orElseThrow(() -> new LearningException("learning.unknown-step"));
		if (choiceIndex < 0 || choiceIndex >= step.choices().size()) {
			throw new LearningException("learning.unknown-choice");
		}
		long play = currentPlay(run.id(), scenario);
		ScenarioState before = stateOf(run.id(), course, scenario);
		if (before.finished() || !stepId.equals(before.currentStep())) {
			if (before.choices().stream().anyMatch(choice -> choice.stepId().equals(stepId))) {
				throw new LearningException("scenario.step-answered");
			}
			throw new LearningException("scenario.step-moved");
		}
		ScenarioChoice choice = step.choices().get(choiceIndex);
		var now = runs.now();
		if (!scenarios.insertChoice(answerId, play, stepId, choiceIndex, choice.score(), step.bestScore(),
				choice.next(), run.version(), now)) {
			throw new LearningException("scenario.step-answered");
		}
		events.publishEvent(new ScenarioChoiceRecorded(answerId, run.employeeId(), courseId, run.version(), scenarioId,
				stepId, choiceIndex, now.toInstant(), run.id()));
		return stateOf(run.id(), course, scenario);
	}

	/** Starts the scenario again, as a new play; earlier plays stay stored. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public ScenarioState replay(String courseId, String scenarioId) {
		Run run = runs.openRun(courseId);
		Course course = runs.courseOf(run);
		Scenario scenario = scenarioOf(course, scenarioId);
		ScenarioState state = stateOf(run.id(), course, scenario);
		if (state.playNo() > 0 && !state.choices().isEmpty()) {
			// not in: the other window started the new play already
			scenarios.insertPlay(run.id(), scenarioId, state.playNo() + 1, runs.now(), choiceOrders(scenario));
		}
		return stateOf(run.id(), course, scenario);
	}

	private static Scenario scenarioOf(Course course, String scenarioId) {
		return course.scenario(scenarioId).orElseThrow(() -> new LearningException("learning.unknown-scenario"));
	}

	private long currentPlay(long runId, Scenario scenario) {
		Optional<ScenarioStore.Play> latest = scenarios.latestPlay(runId, scenario.id());
		if (latest.isPresent()) {
			return latest.get().id();
		}
		// not in: started in the other window
		scenarios.insertPlay(runId, scenario.id(), 1, runs.now(), choiceOrders(scenario));
		return scenarios.latestPlay(runId, scenario.id()).orElseThrow().id();
	}

	/** A fresh order of the choices of every step, for a new play. */
	private String choiceOrders(Scenario scenario) {
		Map<String, List<Integer>> orders = new LinkedHashMap<>();
		scenario.steps().forEach(step -> orders.put(step.id(), OptionOrders.draw(step.choices().size(), random)));
		return OptionOrders.encode(orders);
	}

	private ScenarioState stateOf(long runId, Course course, Scenario scenario) {
		return scenarios.latestPlay(runId, scenario.id())
			.map(play -> ProgressRules.scenarioState(scenario, course.passMarkOf(scenario), play.playNo(),
					scenarios.choices(play.id()), OptionOrders.decode(play.choiceOrders())))
			.orElseGet(
					() -> new ScenarioState(scenario.id(), 0, List.of(), scenario.start(), null, 0, false, Map.of()));
	}

}

package nl.ambtenaaronline.training.learning;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Lesson;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.QuestionType;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioChoice;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.Savepoints;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's journey through a course, always for the signed-in employee. Every lesson
 * read, scenario choice and assessment answer is written as a row of its own the moment
 * it is given; nothing a learner chose lives only in the UI. A run (enrolment) is pinned
 * to the course version it started on.
 */
@Service
public class LearningService {

	private final JdbcTemplate jdbc;

	private final ContentService contents;

	private final AccountService accounts;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Savepoints savepoints;

	private final AnswerFacts facts;

	private final SecureRandom random = new SecureRandom();

	LearningService(JdbcTemplate jdbc, ContentService contents, AccountService accounts, AuditService audit,
			ApplicationEventPublisher events, Clock clock, Savepoints savepoints, AnswerFacts facts) {
		this.facts = facts;
		this.savepoints = savepoints;
		this.jdbc = jdbc;
		this.contents = contents;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The course as this learner sees it: the version their run is pinned to. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public Course course(String courseId) {
		return latestRun(me(), courseId).map(this::courseOf).orElseGet(() -> currentCourse(courseId));
	}

	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public CourseProgress progress(String courseId) {
		long employee = me();
		Optional<Run> run = latestRun(employee, courseId);
		Course course = run.map(this::courseOf).orElseGet(() -> currentCourse(courseId));
		if (run.isEmpty()) {
			boolean refresher = false;
			List<CourseProgress.LessonProgress> lessons = course.lessons()
				.stream()
				.map(lesson -> new CourseProgress.LessonProgress(lesson.id(), false))
				.toList();
			List<CourseProgress.ScenarioProgress> scenarios = course.scenarios()
				.stream()
				.map(scenario -> new CourseProgress.ScenarioProgress(scenario.id(), false, 0, false,
						scenario.deepening()))
				.toList();
			NextStep next = lessons.isEmpty() ? new NextStep(NextStep.Kind.ASSESSMENT, "")
					: new NextStep(NextStep.Kind.LESSON, lessons.getFirst().id());
			return new CourseProgress(courseId, false, refresher, course.version().toString(), lessons, scenarios,
					AssessmentStatus.LOCKED, 0, allowedAttempts(employee, course, null), null, false, 0, next);
		}
		return progressOf(run.get(), course);
	}

	/** Starts a new run of a course completed before: the refresher path. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public CourseProgress startRefresher(String courseId) {
		long employee = me();
		Optional<Run> latest = latestRun(employee, courseId);
		if (latest.isEmpty() || !latest.get().completed()) {
			return progress(courseId);
		}
		newRun(employee, courseId, latest.get().runNo() + 1, true);
		return progress(courseId);
	}

	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void markLessonRead(String courseId, String lessonId) {
		Run run = openRun(courseId);
		Course course = courseOf(run);
		if (course.lesson(lessonId).isEmpty()) {
			throw new LearningException("learning.unknown-lesson");
		}
		// a duplicate is fine: read before: keep the first moment
		savepoints.insertUnlessDuplicate(
				() -> jdbc.update("insert into lesson_read (enrolment_id, lesson_id, read_at) values (?, ?, ?)",
						run.id(), lessonId, now()));
	}

	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public ScenarioState scenario(String courseId, String scenarioId) {
		long employee = me();
		Optional<Run> run = latestRun(employee, courseId);
		Course course = run.map(this::courseOf).orElseGet(() -> currentCourse(courseId));
		Scenario scenario = course.scenario(scenarioId)
			.orElseThrow(() -> new LearningException("learning.unknown-scenario"));
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
		Optional<Run> latest = latestRun(me(), courseId);
		if (latest.isPresent() && latest.get().completed()) {
			return scenario(courseId, scenarioId);
		}
		Run run = openRun(courseId);
		Course course = courseOf(run);
		Scenario scenario = course.scenario(scenarioId)
			.orElseThrow(() -> new LearningException("learning.unknown-scenario"));
		currentPlay(run.id(), scenario);
		return stateOf(run.id(), course, scenario);
	}

	/**
	 * Stores one scenario choice. A repeated request (same id) or a second tab that
	 * answers the same step again changes nothing: the first answer stands.
	 * @param choiceIndex the choice's id: its index in the step's choices in the file of
	 * the run's course version, never the position it was shown at
	 * @throws LearningException {@code scenario.step-answered} when this step was already
	 * answered in another window
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public ScenarioState choose(String courseId, String scenarioId, String stepId, int choiceIndex, UUID answerId) {
		Run run = openRun(courseId);
		Course course = courseOf(run);
		Scenario scenario = course.scenario(scenarioId)
			.orElseThrow(() -> new LearningException("learning.unknown-scenario"));
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
		if (!savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into scenario_choice (id, play_id, step_id, choice_index, score, best_score, next_id, course_version, chosen_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				answerId, play, stepId, choiceIndex, choice.score(), step.bestScore(), choice.next(), run.version(),
				now()))) {
			throw new LearningException("scenario.step-answered");
		}
		facts.choice(run.employeeId(), courseId, scenarioId, step, choiceIndex);
		return stateOf(run.id(), course, scenario);
	}

	/** Starts the scenario again, as a new play; earlier plays stay stored. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public ScenarioState replay(String courseId, String scenarioId) {
		Run run = openRun(courseId);
		Course course = courseOf(run);
		Scenario scenario = course.scenario(scenarioId)
			.orElseThrow(() -> new LearningException("learning.unknown-scenario"));
		ScenarioState state = stateOf(run.id(), course, scenario);
		if (state.playNo() > 0 && !state.choices().isEmpty()) {
			if (!savepoints.insertUnlessDuplicate(() -> jdbc.update(
					"insert into scenario_play (enrolment_id, scenario_id, play_no, started_at, choice_orders) values (?, ?, ?, ?, ?)",
					run.id(), scenarioId, state.playNo() + 1, now(), choiceOrders(scenario)))) {
				// the other window started the new play already
			}
		}
		return stateOf(run.id(), course, scenario);
	}

	/**
	 * Opens the learner's assessment attempt: the one in progress, or a new one with a
	 * fresh draw. One attempt in progress per run, also with two windows.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public AttemptView openAttempt(String courseId) {
		Run run = openRun(courseId);
		jdbc.queryForList("select id from enrolment where id = ? for update", Long.class, run.id());
		Course course = courseOf(run);
		Optional<AttemptRow> open = attempts(run.id()).stream().filter(a -> a.submittedAt() == null).findFirst();
		if (open.isPresent()) {
			return viewOf(open.get());
		}
		CourseProgress progress = progressOf(run, course);
		switch (progress.assessment()) {
			case LOCKED -> throw new LearningException("assessment.locked");
			case COOLDOWN -> throw new LearningException("assessment.cooldown");
			case EXHAUSTED -> throw new LearningException("assessment.exhausted");
			case PASSED -> throw new LearningException("assessment.passed-already");
			default -> {
			}
		}
		List<String> draw = draw(course, run.id());
		int attemptNo = attempts(run.id()).size() + 1;
		Map<String, List<Integer>> orders = new LinkedHashMap<>();
		for (String questionId : draw) {
			orders.put(questionId,
					OptionOrders.draw(course.question(questionId).orElseThrow().options().size(), random));
		}
		jdbc.update(
				"insert into assessment_attempt (enrolment_id, attempt_no, draw, position, started_at, option_orders) values (?, ?, ?, 0, ?, ?)",
				run.id(), attemptNo, String.join(",", draw), now(), OptionOrders.encode(orders));
		return viewOf(attempts(run.id()).getLast());
	}

	/**
	 * The learner's open attempt as stored now.
	 * @throws LearningException {@code assessment.already-submitted} when it was
	 * submitted, e.g. in another window
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public AttemptView attempt(long attemptId) {
		AttemptRow attempt = ownAttempt(attemptId);
		if (attempt.submittedAt() != null) {
			throw new LearningException("assessment.already-submitted");
		}
		return viewOf(attempt);
	}

	/**
	 * Stores an answer (a new row; the latest row is the current answer). A repeated
	 * request with the same id is ignored.
	 * @param selected the chosen options' ids: their indexes in the question's options in
	 * the file of the run's course version, never the positions they were shown at
	 * @throws LearningException {@code assessment.already-submitted} when the attempt was
	 * submitted, e.g. in another window
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void answer(long attemptId, String questionId, Set<Integer> selected, UUID answerId) {
		AttemptRow attempt = ownAttempt(attemptId);
		if (attempt.submittedAt() != null) {
			throw new LearningException("assessment.already-submitted");
		}
		if (!attempt.draw().contains(questionId)) {
			throw new LearningException("assessment.unknown-question");
		}
		Run run = runById(attempt.enrolmentId());
		Question question = courseOf(run).question(questionId)
			.orElseThrow(() -> new LearningException("assessment.unknown-question"));
		if (selected.stream().anyMatch(index -> index < 0 || index >= question.options().size())
				|| question.type() != QuestionType.MULTIPLE && selected.size() > 1) {
			throw new LearningException("assessment.invalid-answer");
		}
		String value = new TreeSet<>(selected).stream().map(String::valueOf).collect(Collectors.joining(","));
		// a duplicate is fine: the same request, stored already
		if (savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into assessment_answer (id, attempt_id, question_id, selected, course_version, answered_at) values (?, ?, ?, ?, ?, ?)",
				answerId, attemptId, questionId, value, run.version(), now()))) {
			facts.question(run.employeeId(), run.courseId(), question, isCorrect(question, selected));
		}
	}

	/** Remembers the question the learner is at, so a resumed attempt opens there. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void moveTo(long attemptId, int position) {
		AttemptRow attempt = ownAttempt(attemptId);
		if (attempt.submittedAt() == null && position >= 0 && position < attempt.draw().size()) {
			jdbc.update("update assessment_attempt set position = ? where id = ?", position, attemptId);
		}
	}

	/** Submits the attempt; submitting twice gives the stored result. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public AttemptResult submit(long attemptId) {
		AttemptRow attempt = ownAttempt(attemptId);
		jdbc.queryForList("select id from assessment_attempt where id = ? for update", Long.class, attemptId);
		attempt = ownAttempt(attemptId);
		Run run = runById(attempt.enrolmentId());
		Course course = courseOf(run);
		AttemptResult result = resultOf(course, attempt);
		if (attempt.submittedAt() == null) {
			jdbc.update(
					"update assessment_attempt set submitted_at = ?, score_percent = ?, passed = ? where id = ? and submitted_at is null",
					now(), result.scorePercent(), result.passed(), attemptId);
			audit.record("assessment.submitted", "attempt:" + attemptId, AuditResult.SUCCESS,
					"score=" + result.scorePercent() + " passed=" + result.passed());
		}
		return result;
	}

	/** The result of a submitted attempt of the learner's current run. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public Optional<AttemptResult> lastResult(String courseId) {
		Optional<Run> run = latestRun(me(), courseId);
		if (run.isEmpty()) {
			return Optional.empty();
		}
		Course course = courseOf(run.get());
		return attempts(run.get().id()).stream()
			.filter(attempt -> attempt.submittedAt() != null)
			.reduce((first, second) -> second)
			.map(attempt -> resultOf(course, attempt));
	}

	/**
	 * The learner confirms having read and understood the guideline: with a passed
	 * assessment this completes the course and publishes {@link CoursePassed}. A second
	 * confirmation changes nothing.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public CompletionSummary acknowledge(String courseId) {
		long employee = me();
		Run run = latestRun(employee, courseId).orElseThrow(() -> new LearningException("assessment.not-passed"));
		jdbc.queryForList("select id from enrolment where id = ? for update", Long.class, run.id());
		Optional<CompletionSummary> existing = completionOf(run.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		AttemptRow passed = attempts(run.id()).stream()
			.filter(attempt -> Boolean.TRUE.equals(attempt.passed()))
			.findFirst()
			.orElseThrow(() -> new LearningException("assessment.not-passed"));
		Course course = courseOf(run);
		Instant passedAt = passed.submittedAt() == null ? clock.instant() : passed.submittedAt();
		int score = passed.scorePercent() == null ? 0 : passed.scorePercent();
		jdbc.update(
				"insert into completion (enrolment_id, employee_id, course_id, course_version, guideline_version, score_percent, passed_at, acknowledged_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				run.id(), employee, courseId, run.version(), course.guideline().version(), score,
				passedAt.atOffset(ZoneOffset.UTC), now());
		CompletionSummary completion = completionOf(run.id()).orElseThrow();
		audit.record("course.completed", "employee:" + employee, AuditResult.SUCCESS,
				courseId + " " + run.version() + " completion:" + completion.id());
		events.publishEvent(
				new CoursePassed(employee, courseId, run.version(), completion.id(), score, passedAt, run.refresher()));
		return completion;
	}

	/** HR grants one extra attempt to a learner whose attempts ran out. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void grantExtraAttempt(long employeeId, String courseId) {
		jdbc.update("insert into extra_attempt (employee_id, course_id, granted_by, granted_at) values (?, ?, ?, ?)",
				employeeId, courseId, accounts.current().map(user -> "account:" + user.accountId()).orElse("system"),
				now());
		audit.record("assessment.extra-attempt", "employee:" + employeeId, AuditResult.SUCCESS, courseId);
	}

	/** The learner's own completions, newest first. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public List<CompletionSummary> myCompletions() {
		return completionsOf(me());
	}

	/** Someone's completions, newest first, for HR, administrators and auditors. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<CompletionSummary> completionsOf(long employeeId) {
		return jdbc.query("""
				select c.*, e.refresher from completion c join enrolment e on e.id = c.enrolment_id
				where c.employee_id = ? order by c.passed_at desc""", this::completion, employeeId);
	}

	/**
	 * Someone's assessment attempts (with the score per rule group once submitted) and
	 * scenario plays, oldest first, for HR, administrators and auditors. Never the
	 * answers.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public LearningHistory historyOf(long employeeId) {
		List<Run> runs = jdbc.query(
				"select e.*, (select count(*) from completion c where c.enrolment_id = e.id) as done"
						+ " from enrolment e where e.employee_id = ? order by e.course_id, e.run_no",
				this::run, employeeId);
		List<LearningHistory.Attempt> attempts = new ArrayList<>();
		List<LearningHistory.ScenarioPlay> plays = new ArrayList<>();
		for (Run run : runs) {
			Course course = courseOf(run);
			Map<Long, Instant> started = new LinkedHashMap<>();
			jdbc.query("select id, started_at from assessment_attempt where enrolment_id = ?", (ResultSet rs) -> {
				started.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
			}, run.id());
			for (AttemptRow attempt : attempts(run.id())) {
				Map<String, Integer> groups = attempt.submittedAt() == null ? Map.of()
						: score(course, attempt, answers(attempt.id())).groupPercent();
				attempts.add(new LearningHistory.Attempt(attempt.id(), run.courseId(), run.version(), run.runNo(),
						attempt.attemptNo(), started.get(attempt.id()), attempt.submittedAt(), attempt.scorePercent(),
						attempt.passed(), groups));
			}
			List<Map<String, Object>> rows = jdbc.queryForList(
					"select id, scenario_id, play_no, started_at from scenario_play where enrolment_id = ? order by started_at, id",
					run.id());
			for (Map<String, Object> row : rows) {
				String scenarioId = (String) row.get("scenario_id");
				Instant playStarted = jdbc
					.queryForObject("select started_at from scenario_play where id = ?", OffsetDateTime.class,
							row.get("id"))
					.toInstant();
				course.scenario(scenarioId).ifPresent(scenario -> {
					ScenarioState state = stateOfPlay(((Number) row.get("id")).longValue(),
							((Number) row.get("play_no")).intValue(), null, course, scenario);
					plays.add(new LearningHistory.ScenarioPlay(run.courseId(), run.runNo(), scenarioId, state.playNo(),
							playStarted, state.finished(), state.percent(), state.passed()));
				});
			}
		}
		return new LearningHistory(attempts, plays);
	}

	/**
	 * Per employee of the given ids: when their latest run started and their latest
	 * completion of the course, for assignments and reports. A learner without HR,
	 * administrator or auditor rights may ask only for themselves.
	 */
	@RolesAllowed({ Roles.EMPLOYEE, Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Map<Long, LearnerState> learnerStates(String courseId, Collection<Long> employeeIds) {
		CurrentUser user = accounts.current().orElse(null);
		boolean overseer = user == null ? SecurityContexts.authentication() != null
				: user.has(Role.HR) || user.has(Role.ADMIN) || user.has(Role.AUDITOR);
		if (!overseer && (user == null || employeeIds.stream().anyMatch(id -> id != user.employeeId()))) {
			throw new AccessDeniedException("only own learner state");
		}
		Map<Long, LearnerState> states = new LinkedHashMap<>();
		List<Long> ids = List.copyOf(employeeIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			String in = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
			List<Object> args = new ArrayList<>();
			args.add(courseId);
			args.addAll(chunk);
			args.add(courseId);
			args.addAll(chunk);
			String sql = "select e.employee_id, max(e.started_at), cast(null as timestamp(6) with time zone), cast(null as varchar(40))"
					+ " from enrolment e where e.course_id = ? and e.employee_id in (" + in + ") group by e.employee_id"
					+ " union all select c.employee_id, cast(null as timestamp(6) with time zone), c.passed_at, c.course_version"
					+ " from completion c where c.course_id = ? and c.employee_id in (" + in + ")";
			jdbc.query(sql, (ResultSet rs) -> {
				long employee = rs.getLong(1);
				OffsetDateTime started = rs.getObject(2, OffsetDateTime.class);
				OffsetDateTime passed = rs.getObject(3, OffsetDateTime.class);
				String version = rs.getString(4);
				LearnerState state = states.getOrDefault(employee, new LearnerState(employee, null, null, null));
				if (started != null) {
					state = new LearnerState(employee, started.toInstant(), state.lastPassedAt(), state.lastVersion());
				}
				if (passed != null
						&& (state.lastPassedAt() == null || passed.toInstant().isAfter(state.lastPassedAt()))) {
					state = new LearnerState(employee, state.latestRunStartedAt(), passed.toInstant(), version);
				}
				states.put(employee, state);
			}, args.toArray());
		}
		return states;
	}

	/**
	 * Per employee with any run: where they stood with a course at a past moment. Runs
	 * started before {@code cutoff} count; a completion counts when it was passed before
	 * {@code cutoff} and acknowledged by {@code recordedBy}. For compliance snapshots.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Map<Long, LearnerState> learnerStatesAsOf(String courseId, Instant cutoff, Instant recordedBy) {
		Map<Long, LearnerState> states = new LinkedHashMap<>();
		OffsetDateTime before = cutoff.minusNanos(1000).atOffset(ZoneOffset.UTC);
		jdbc.query("""
				select employee_id, max(started_at) from enrolment where course_id = ? and started_at <= ?
				group by employee_id""", (ResultSet rs) -> {
			long employee = rs.getLong(1);
			states.put(employee,
					new LearnerState(employee, rs.getObject(2, OffsetDateTime.class).toInstant(), null, null));
		}, courseId, before);
		jdbc.query("""
				select employee_id, passed_at, course_version from completion
				where course_id = ? and passed_at <= ? and acknowledged_at <= ? order by passed_at, id""",
				(ResultSet rs) -> {
					long employee = rs.getLong(1);
					LearnerState state = states.getOrDefault(employee, new LearnerState(employee, null, null, null));
					states.put(employee, new LearnerState(employee, state.latestRunStartedAt(),
							rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)));
				}, courseId, before, recordedBy.atOffset(ZoneOffset.UTC));
		return states;
	}

	/**
	 * First answers per rule (questions and scenario steps tagged with it), per item,
	 * department, new hire and month, counted in the database, for misconception
	 * analytics. Individual answers are not returned.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<AnswerFactCell> firstAnswersPerRule(String courseId, LocalDate from, LocalDate to) {
		return facts.ruleCells(courseId, from, to);
	}

	/** First scenario choices per step and choice, department, new hire and month. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<AnswerFactCell> firstChoicesPerStep(String courseId, LocalDate from, LocalDate to) {
		return facts.choiceCells(courseId, from, to);
	}

	// ---------------------------------------------------------------------------------

	private record Run(long id, long employeeId, String courseId, int runNo, String version, boolean refresher,
			Instant startedAt, boolean completed) {
	}

	private record AttemptRow(long id, long enrolmentId, int attemptNo, List<String> draw, int position,
			@Nullable Instant submittedAt, @Nullable Integer scorePercent, @Nullable Boolean passed,
			@Nullable String groupResults, @Nullable String optionOrders) {
	}

	private record AnswerRow(String questionId, Set<Integer> selected) {
	}

	private long me() {
		return accounts.current().map(CurrentUser::employeeId).orElseThrow(() -> new AccessDeniedException("no user"));
	}

	private OffsetDateTime now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private Course currentCourse(String courseId) {
		return contents.current(courseId).orElseThrow(() -> new LearningException("learning.unknown-course"));
	}

	private Course courseOf(Run run) {
		return SemanticVersion.tryParse(run.version())
			.flatMap(version -> contents.version(run.courseId(), version))
			.orElseGet(() -> currentCourse(run.courseId()));
	}

	private Optional<Run> latestRun(long employeeId, String courseId) {
		return jdbc
			.query("""
					select e.*, (select count(*) from completion c where c.enrolment_id = e.id) as done
					from enrolment e where e.employee_id = ? and e.course_id = ? order by e.run_no desc limit 1""",
					this::run, employeeId, courseId)
			.stream()
			.findFirst();
	}

	private Run runById(long id) {
		return jdbc.queryForObject("""
				select e.*, (select count(*) from completion c where c.enrolment_id = e.id) as done
				from enrolment e where e.id = ?""", this::run, id);
	}

	/** The run to record in: the open one, or a new one when there is none. */
	private Run openRun(String courseId) {
		long employee = me();
		Optional<Run> latest = latestRun(employee, courseId);
		if (latest.isPresent() && !latest.get().completed()) {
			return latest.get();
		}
		if (latest.isPresent()) {
			throw new LearningException("learning.completed-run");
		}
		return newRun(employee, courseId, 1, !completionsOf0(employee, courseId).isEmpty());
	}

	private Run newRun(long employee, String courseId, int runNo, boolean refresher) {
		Course course = currentCourse(courseId);
		// a duplicate is fine: the other window started this run a moment ago
		savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into enrolment (employee_id, course_id, run_no, course_version, refresher, started_at) values (?, ?, ?, ?, ?, ?)",
				employee, courseId, runNo, course.version().toString(), refresher, now()));
		events.publishEvent(new CourseStarted(employee, courseId));
		return latestRun(employee, courseId).orElseThrow();
	}

	private List<CompletionSummary> completionsOf0(long employeeId, String courseId) {
		return jdbc.query("""
				select c.*, e.refresher from completion c join enrolment e on e.id = c.enrolment_id
				where c.employee_id = ? and c.course_id = ?""", this::completion, employeeId, courseId);
	}

	private Optional<CompletionSummary> completionOf(long enrolmentId) {
		return jdbc.query("""
				select c.*, e.refresher from completion c join enrolment e on e.id = c.enrolment_id
				where c.enrolment_id = ?""", this::completion, enrolmentId).stream().findFirst();
	}

	private CourseProgress progressOf(Run run, Course course) {
		List<Lesson> lessonsOfRun = run.refresher() && !course.refresherLessons().isEmpty() ? course.refresherLessons()
				: course.lessons();
		boolean refresherPath = run.refresher() && !course.refresherScenarios().isEmpty();
		List<Scenario> scenariosOfRun = refresherPath ? course.refresherScenarios() : course.scenarios();
		Set<String> read = new HashSet<>(
				jdbc.queryForList("select lesson_id from lesson_read where enrolment_id = ?", String.class, run.id()));
		List<CourseProgress.LessonProgress> lessons = lessonsOfRun.stream()
			.map(lesson -> new CourseProgress.LessonProgress(lesson.id(), read.contains(lesson.id())))
			.toList();
		List<CourseProgress.ScenarioProgress> scenarios = new ArrayList<>();
		for (Scenario scenario : scenariosOfRun) {
			// a refresher does the scenarios its path lists; on the main path deepening
			// is optional
			scenarios.add(scenarioProgress(run.id(), course, scenario, !refresherPath && scenario.deepening()));
		}
		List<AttemptRow> attempts = attempts(run.id());
		int allowed = allowedAttempts(run.employeeId(), course, run.startedAt());
		boolean prerequisites = lessons.stream().allMatch(CourseProgress.LessonProgress::read)
				&& scenarios.stream().allMatch(scenario -> scenario.optional() || scenario.passed());
		Instant nextAttemptAt = null;
		AssessmentStatus status;
		if (run.completed() || attempts.stream().anyMatch(attempt -> Boolean.TRUE.equals(attempt.passed()))) {
			// a completed run counts as passed also once retention erased its attempts
			status = AssessmentStatus.PASSED;
		}
		else if (attempts.stream().anyMatch(attempt -> attempt.submittedAt() == null)) {
			status = AssessmentStatus.IN_PROGRESS;
		}
		else if (!prerequisites) {
			status = AssessmentStatus.LOCKED;
		}
		else if (attempts.size() >= allowed) {
			status = AssessmentStatus.EXHAUSTED;
		}
		else {
			Instant lastSubmitted = attempts.isEmpty() ? null : attempts.getLast().submittedAt();
			Instant opens = lastSubmitted == null ? null
					: lastSubmitted.plus(course.assessment().cooldownMinutes(), ChronoUnit.MINUTES);
			if (opens != null && opens.isAfter(clock.instant())) {
				status = AssessmentStatus.COOLDOWN;
				nextAttemptAt = opens;
			}
			else {
				status = AssessmentStatus.AVAILABLE;
			}
		}
		List<CourseProgress.ScenarioProgress> required = scenarios.stream()
			.filter(scenario -> !scenario.optional())
			.toList();
		int steps = lessons.size() + required.size() + 1;
		int done = (int) (lessons.stream().filter(CourseProgress.LessonProgress::read).count()
				+ required.stream().filter(CourseProgress.ScenarioProgress::passed).count()
				+ (run.completed() ? 1 : 0));
		NextStep next = next(lessons, scenarios, status, run.completed());
		return new CourseProgress(run.courseId(), true, run.refresher(), run.version(), lessons, scenarios, status,
				attempts.size(), allowed, nextAttemptAt, run.completed(), done * 100 / steps, next);
	}

	private static NextStep next(List<CourseProgress.LessonProgress> lessons,
			List<CourseProgress.ScenarioProgress> scenarios, AssessmentStatus status, boolean completed) {
		if (completed) {
			return new NextStep(NextStep.Kind.DONE, "");
		}
		for (CourseProgress.LessonProgress lesson : lessons) {
			if (!lesson.read()) {
				return new NextStep(NextStep.Kind.LESSON, lesson.id());
			}
		}
		for (CourseProgress.ScenarioProgress scenario : scenarios) {
			if (!scenario.optional() && !scenario.passed()) {
				return new NextStep(NextStep.Kind.SCENARIO, scenario.id());
			}
		}
		return status == AssessmentStatus.PASSED ? new NextStep(NextStep.Kind.ACKNOWLEDGE, "")
				: new NextStep(NextStep.Kind.ASSESSMENT, "");
	}

	private CourseProgress.ScenarioProgress scenarioProgress(long enrolmentId, Course course, Scenario scenario,
			boolean optional) {
		List<Long> plays = jdbc.queryForList(
				"select id from scenario_play where enrolment_id = ? and scenario_id = ? order by play_no", Long.class,
				enrolmentId, scenario.id());
		boolean finished = false;
		int best = 0;
		for (long play : plays) {
			ScenarioState state = stateOfPlay(play, 0, null, course, scenario);
			if (state.finished()) {
				finished = true;
				best = Math.max(best, state.percent());
			}
		}
		return new CourseProgress.ScenarioProgress(scenario.id(), finished, best,
				finished && best >= course.passMarkOf(scenario), optional);
	}

	private long currentPlay(long enrolmentId, Scenario scenario) {
		List<Long> plays = jdbc.queryForList(
				"select id from scenario_play where enrolment_id = ? and scenario_id = ? order by play_no desc",
				Long.class, enrolmentId, scenario.id());
		if (!plays.isEmpty()) {
			return plays.getFirst();
		}
		// a duplicate is fine: started in the other window
		savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into scenario_play (enrolment_id, scenario_id, play_no, started_at, choice_orders) values (?, ?, 1, ?, ?)",
				enrolmentId, scenario.id(), now(), choiceOrders(scenario)));
		return currentPlay(enrolmentId, scenario);
	}

	/** A fresh order of the choices of every step, for a new play. */
	private String choiceOrders(Scenario scenario) {
		Map<String, List<Integer>> orders = new LinkedHashMap<>();
		scenario.steps().forEach(step -> orders.put(step.id(), OptionOrders.draw(step.choices().size(), random)));
		return OptionOrders.encode(orders);
	}

	private ScenarioState stateOf(long enrolmentId, Course course, Scenario scenario) {
		List<Map<String, Object>> plays = jdbc.queryForList(
				"select id, play_no, choice_orders from scenario_play where enrolment_id = ? and scenario_id = ? order by play_no desc",
				enrolmentId, scenario.id());
		if (plays.isEmpty()) {
			return new ScenarioState(scenario.id(), 0, List.of(), scenario.start(), null, 0, false, Map.of());
		}
		Map<String, Object> play = plays.getFirst();
		return stateOfPlay(((Number) play.get("id")).longValue(), ((Number) play.get("play_no")).intValue(),
				(String) play.get("choice_orders"), course, scenario);
	}

	private ScenarioState stateOfPlay(long playId, int playNo, @Nullable String choiceOrders, Course course,
			Scenario scenario) {
		List<ScenarioState.MadeChoice> choices = jdbc.query(
				"select step_id, choice_index, score, best_score, next_id from scenario_choice where play_id = ? order by chosen_at",
				(rs, row) -> new ScenarioState.MadeChoice(rs.getString("step_id"), rs.getInt("choice_index"),
						rs.getInt("score"), rs.getInt("best_score"), rs.getString("next_id")),
				playId);
		String position = choices.isEmpty() ? scenario.start() : choices.getLast().next();
		boolean ended = scenario.isEnding(position);
		int scored = choices.stream().mapToInt(ScenarioState.MadeChoice::score).sum();
		int best = choices.stream().mapToInt(ScenarioState.MadeChoice::bestScore).sum();
		int percent = best == 0 ? 0 : scored * 100 / best;
		return new ScenarioState(scenario.id(), playNo, choices, ended ? null : position, ended ? position : null,
				percent, ended && percent >= course.passMarkOf(scenario), OptionOrders.decode(choiceOrders));
	}

	private int allowedAttempts(long employeeId, Course course, @Nullable Instant since) {
		Integer extra = jdbc.queryForObject(
				"select count(*) from extra_attempt where employee_id = ? and course_id = ? and granted_at >= ?",
				Integer.class, employeeId, course.id(),
				(since == null ? Instant.EPOCH : since).atOffset(ZoneOffset.UTC));
		return course.assessment().maxAttempts() + (extra == null ? 0 : extra);
	}

	private List<String> draw(Course course, long enrolmentId) {
		Set<String> used = new HashSet<>();
		for (AttemptRow attempt : attempts(enrolmentId)) {
			used.addAll(attempt.draw());
		}
		List<String> drawn = new ArrayList<>();
		course.assessment().drawPerGroup().forEach((group, count) -> {
			List<Question> pool = new ArrayList<>(course.questionsOf(group));
			Collections.shuffle(pool, random);
			pool.sort((a, b) -> Boolean.compare(used.contains(a.id()), used.contains(b.id())));
			pool.stream().limit(count).forEach(question -> drawn.add(question.id()));
		});
		Collections.shuffle(drawn, random);
		return drawn;
	}

	private List<AttemptRow> attempts(long enrolmentId) {
		return jdbc.query("select * from assessment_attempt where enrolment_id = ? order by attempt_no",
				this::attemptRow, enrolmentId);
	}

	private AttemptRow ownAttempt(long attemptId) {
		long employee = me();
		List<AttemptRow> rows = jdbc.query("""
				select a.* from assessment_attempt a join enrolment e on e.id = a.enrolment_id
				where a.id = ? and e.employee_id = ?""", this::attemptRow, attemptId, employee);
		if (rows.isEmpty()) {
			throw new LearningException("assessment.not-found");
		}
		return rows.getFirst();
	}

	private AttemptView viewOf(AttemptRow attempt) {
		Map<String, Set<Integer>> current = new LinkedHashMap<>();
		answers(attempt.id()).forEach(answer -> current.put(answer.questionId(), answer.selected()));
		return new AttemptView(attempt.id(), attempt.attemptNo(), attempt.draw(), current, attempt.position(),
				OptionOrders.decode(attempt.optionOrders()));
	}

	/** The current answers: the latest row per question. */
	private List<AnswerRow> answers(long attemptId) {
		Map<String, AnswerRow> latest = new LinkedHashMap<>();
		jdbc.query("select question_id, selected from assessment_answer where attempt_id = ? order by answered_at",
				(ResultSet rs) -> {
					String selected = rs.getString("selected");
					Set<Integer> indexes = selected.isEmpty() ? Set.of()
							: Arrays.stream(selected.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
					latest.put(rs.getString("question_id"), new AnswerRow(rs.getString("question_id"), indexes));
				}, attemptId);
		return List.copyOf(latest.values());
	}

	/**
	 * The result of an attempt: scored from its answers, or — once retention erased them
	 * — as kept on the attempt (score, pass and result per rule group).
	 */
	private AttemptResult resultOf(Course course, AttemptRow attempt) {
		String kept = attempt.groupResults();
		if (kept == null) {
			return score(course, attempt, answers(attempt.id()));
		}
		Map<String, Integer> groupPercent = new LinkedHashMap<>();
		for (String part : kept.split(";")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				groupPercent.put(part.substring(0, equals), Integer.valueOf(part.substring(equals + 1)));
			}
		}
		int passMark = course.assessment().passMark();
		int percent = attempt.scorePercent() == null ? 0 : attempt.scorePercent();
		return new AttemptResult(attempt.id(), attempt.attemptNo(), percent, Boolean.TRUE.equals(attempt.passed()),
				passMark, groupPercent, List.of());
	}

	/**
	 * Retention of individual answers: of every run completed (passed) before
	 * {@code cutoff}, the assessment answers are deleted after the result per rule group
	 * is kept on the attempt, and the option chosen in each scenario step is erased
	 * ({@code choice_index = -1}; the step's score stays for the scenario result).
	 */
	@Transactional
	RetentionRule.Erasure eraseAnswers(Instant cutoff, Instant now) {
		OffsetDateTime cut = cutoff.atOffset(ZoneOffset.UTC);
		Set<Long> employees = new HashSet<>();
		int records = 0;
		List<Map<String, Object>> targets = jdbc.queryForList("""
				select a.id, a.enrolment_id, e.employee_id from assessment_attempt a
				join enrolment e on e.id = a.enrolment_id join completion c on c.enrolment_id = e.id
				where c.passed_at < ? and a.answers_erased_at is null order by a.id""", cut);
		for (Map<String, Object> target : targets) {
			long attemptId = ((Number) target.get("id")).longValue();
			AttemptRow attempt = jdbc.queryForObject("select * from assessment_attempt where id = ?", this::attemptRow,
					attemptId);
			String groups;
			try {
				AttemptResult result = score(courseOf(runById(attempt.enrolmentId())), attempt, answers(attemptId));
				groups = result.groupPercent()
					.entrySet()
					.stream()
					.map(entry -> entry.getKey() + "=" + entry.getValue())
					.collect(Collectors.joining(";"));
			}
			catch (RuntimeException unknownQuestion) {
				// the course version is gone: keep the score and pass, without groups
				groups = "";
			}
			int deleted = jdbc.update("delete from assessment_answer where attempt_id = ?", attemptId);
			jdbc.update("update assessment_attempt set group_results = ?, answers_erased_at = ? where id = ?", groups,
					now.atOffset(ZoneOffset.UTC), attemptId);
			if (deleted > 0) {
				records += deleted;
				employees.add(((Number) target.get("employee_id")).longValue());
			}
		}
		String choicesOfPassedRuns = """
				from scenario_choice sc join scenario_play p on p.id = sc.play_id
				join enrolment e on e.id = p.enrolment_id join completion c on c.enrolment_id = e.id
				where c.passed_at < ? and sc.choice_index >= 0""";
		employees.addAll(jdbc.queryForList("select distinct e.employee_id " + choicesOfPassedRuns, Long.class, cut));
		records += jdbc.update("""
				update scenario_choice set choice_index = -1 where choice_index >= 0 and play_id in (
				  select p.id from scenario_play p join completion c on c.enrolment_id = p.enrolment_id
				  where c.passed_at < ?)""", cut);
		return new RetentionRule.Erasure(records, employees);
	}

	/**
	 * Retention of attempts: of runs that are completed or followed by a later run, the
	 * assessment attempts (with any answers left) submitted — or, never submitted,
	 * started — before {@code cutoff} are deleted, and so are the scenario plays (with
	 * their choices) started before it. The run and its completion stay.
	 */
	@Transactional
	RetentionRule.Erasure eraseAttempts(Instant cutoff) {
		OffsetDateTime cut = cutoff.atOffset(ZoneOffset.UTC);
		String closedRun = """
				(exists (select 1 from completion c where c.enrolment_id = e.id)
				  or exists (select 1 from enrolment l where l.employee_id = e.employee_id
				    and l.course_id = e.course_id and l.run_no > e.run_no))""";
		String attempts = " from assessment_attempt a join enrolment e on e.id = a.enrolment_id"
				+ " where coalesce(a.submitted_at, a.started_at) < ? and " + closedRun;
		String plays = " from scenario_play p join enrolment e on e.id = p.enrolment_id where p.started_at < ? and "
				+ closedRun;
		Set<Long> employees = new HashSet<>(
				jdbc.queryForList("select distinct e.employee_id" + attempts, Long.class, cut));
		employees.addAll(jdbc.queryForList("select distinct e.employee_id" + plays, Long.class, cut));
		jdbc.update("delete from assessment_answer where attempt_id in (select a.id" + attempts + ")", cut);
		int records = jdbc.update("delete from assessment_attempt where id in (select a.id" + attempts + ")", cut);
		jdbc.update("delete from scenario_choice where play_id in (select p.id" + plays + ")", cut);
		records += jdbc.update("delete from scenario_play where id in (select p.id" + plays + ")", cut);
		return new RetentionRule.Erasure(records, employees);
	}

	private AttemptResult score(Course course, AttemptRow attempt, List<AnswerRow> answers) {
		Map<String, Set<Integer>> byQuestion = new LinkedHashMap<>();
		answers.forEach(answer -> byQuestion.put(answer.questionId(), answer.selected()));
		Map<String, int[]> groups = new LinkedHashMap<>();
		List<AttemptResult.WrongAnswer> wrong = new ArrayList<>();
		int correct = 0;
		for (String questionId : attempt.draw()) {
			Question question = course.question(questionId).orElseThrow();
			Set<Integer> chosen = byQuestion.getOrDefault(questionId, Set.of());
			boolean right = isCorrect(question, chosen);
			int[] tally = groups.computeIfAbsent(question.group(), group -> new int[2]);
			tally[1]++;
			if (right) {
				correct++;
				tally[0]++;
			}
			else {
				wrong.add(new AttemptResult.WrongAnswer(questionId, chosen));
			}
		}
		int total = attempt.draw().size();
		int percent = total == 0 ? 0 : correct * 100 / total;
		Map<String, Integer> groupPercent = new LinkedHashMap<>();
		groups.forEach((group, tally) -> groupPercent.put(group, tally[0] * 100 / tally[1]));
		int passMark = course.assessment().passMark();
		return new AttemptResult(attempt.id(), attempt.attemptNo(), percent, percent >= passMark, passMark,
				groupPercent, wrong);
	}

	static boolean isCorrect(Question question, Set<Integer> chosen) {
		Set<Integer> expected = new HashSet<>();
		List<QuestionOption> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).correct()) {
				expected.add(i);
			}
		}
		return expected.equals(chosen);
	}

	private Run run(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("course_id"), rs.getInt("run_no"),
				rs.getString("course_version"), rs.getBoolean("refresher"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getLong("done") > 0);
	}

	private AttemptRow attemptRow(ResultSet rs, int row) throws SQLException {
		OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
		Object score = rs.getObject("score_percent");
		Object passed = rs.getObject("passed");
		return new AttemptRow(rs.getLong("id"), rs.getLong("enrolment_id"), rs.getInt("attempt_no"),
				List.of(rs.getString("draw").split(",")), rs.getInt("position"),
				submitted == null ? null : submitted.toInstant(), score == null ? null : ((Number) score).intValue(),
				passed == null ? null : (Boolean) passed, rs.getString("group_results"), rs.getString("option_orders"));
	}

	private CompletionSummary completion(ResultSet rs, int row) throws SQLException {
		return new CompletionSummary(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("course_id"),
				rs.getString("course_version"), rs.getString("guideline_version"), rs.getInt("score_percent"),
				rs.getObject("passed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("refresher"));
	}

}

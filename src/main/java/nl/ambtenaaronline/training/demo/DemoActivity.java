package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptResult;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.ScenarioState;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Learning activity for the demo city, so that misconception analytics and the compliance
 * snapshot have something to show: in three departments eleven people (none of them a
 * demo login or a new hire) read the lessons, play every scenario (mostly, not always,
 * the best choice; a scenario they fail they play again) and answer the assessment (some
 * questions are misunderstood more often than others); who passed confirms the completion
 * and gets a certificate, who failed tries once more (the online completions of the
 * report, beside the classroom sessions of {@link DemoTrend}); one whose test failed then
 * uses every attempt left without passing. Once (until the demo's snapshot exists, see
 * {@link DemoSnapshot}), through the services, as the learners themselves. Their answer
 * facts are then dated a month back: analytics shows closed months only, and the demo
 * should show it on the first day.
 */
@Component
@Profile("demo")
@Order(30)
class DemoActivity implements ApplicationRunner {

	static final String COURSE = "social-media";

	static final List<String> DEPARTMENTS = List.of("VOR", "WON", "OJZ");

	static final int LEARNERS_PER_DEPARTMENT = 11;

	private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

	private final EmployeeService employees;

	private final AccountService accounts;

	private final LearningService learning;

	private final AssessmentService assessment;

	private final ContentService contents;

	private final AssignmentService assignments;

	private final SnapshotService snapshots;

	private final UserDetailsService users;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	/** The longest wait for analytics to write the demo's answer facts. */
	static final Duration FACTS_WAIT = Duration.ofSeconds(60);

	DemoActivity(EmployeeService employees, AccountService accounts, LearningService learning,
			AssessmentService assessment, ContentService contents, AssignmentService assignments,
			SnapshotService snapshots, UserDetailsService users, Clock clock, JdbcTemplate jdbc) {
		this.employees = employees;
		this.accounts = accounts;
		this.learning = learning;
		this.assessment = assessment;
		this.contents = contents;
		this.assignments = assignments;
		this.snapshots = snapshots;
		this.users = users;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		Course course = contents.current(COURSE).orElse(null);
		if (course == null || !SystemAuthentication.call(snapshots::list).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		Random random = new Random(2027);
		Set<Long> withAccount = new HashSet<>();
		SystemAuthentication
			.run(() -> accounts.list(0, 1000).forEach(account -> withAccount.add(account.employeeId())));
		List<String> learners = new ArrayList<>();
		Map<String, Long> learnerIds = new HashMap<>();
		SystemAuthentication.run(() -> {
			for (String department : DEPARTMENTS) {
				int picked = 0;
				for (EmployeeSummary person : employees.find(new RosterFilter("", department, false), 0, 100)) {
					if (picked == LEARNERS_PER_DEPARTMENT) {
						break;
					}
					if (withAccount.contains(person.id()) || person.managerId() == null || person.endDate() != null
							|| person.startDate().isAfter(today.minusYears(2))) {
						continue;
					}
					String username = "leerling-" + person.employeeNumber();
					accounts.createAccount(person.id(), username, DemoData.PASSWORD, Set.of());
					learners.add(username);
					learnerIds.put(username, person.id());
					picked++;
				}
			}
		});
		for (String username : learners) {
			as(username, () -> walk(course, random));
		}
		// demo only: the made-up answers count as last month's, a closed month analytics
		// shows (once analytics has written their facts: it listens after each answer)
		awaitAnswerFacts();
		int facts = jdbc.update("update answer_fact set answered_on = ? where answered_on = ?", today.minusMonths(1),
				today);
		// one learner whose test failed uses every attempt left without passing:
		// "Pogingen
		// op" in "Actie nodig" (after the redating: these answers stay in the open month,
		// which analytics does not count)
		@Nullable String stuckLearner = null;
		for (String username : learners.reversed()) {
			// only someone who must still do the course: not one the demo's report
			// statuses gave a completion, an exemption or a deferral ("Pogingen op" would
			// not count them)
			long employeeId = learnerIds.get(username);
			if (!SystemAuthentication.call(() -> DemoTrend.mustDo(assignments, employeeId))) {
				continue;
			}
			boolean[] stuck = { false };
			as(username, () -> stuck[0] = useEveryAttempt(course));
			if (stuck[0]) {
				stuckLearner = username;
				break;
			}
		}
		// the others whose test failed try once more, better prepared, as most people do
		for (String username : learners) {
			if (!username.equals(stuckLearner)) {
				as(username, () -> retry(course, random));
			}
		}
		SystemAuthentication.run(assignments::reconcileAll);
		log.info("Demo activity: {} learners in {}, {} answer facts dated last month", learners.size(), DEPARTMENTS,
				facts);
	}

	/**
	 * Waits (at most {@link #FACTS_WAIT}) until analytics has handled every answer and
	 * scenario choice published so far.
	 */
	private void awaitAnswerFacts() {
		Instant deadline = Instant.now().plus(FACTS_WAIT);
		while (pendingAnswerEvents() > 0) {
			if (Instant.now().isAfter(deadline)) {
				log.warn("Demo activity: answer facts still being written after {} s; some stay dated today",
						FACTS_WAIT.toSeconds());
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private int pendingAnswerEvents() {
		Integer pending = jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null
				and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))
				and (event_type like '%.AnswerRecorded' or event_type like '%.ScenarioChoiceRecorded')""",
				Integer.class);
		return pending == null ? 0 : pending;
	}

	private void walk(Course course, Random random) {
		course.lessons().forEach(lesson -> learning.markLessonRead(course.id(), lesson.id()));
		for (Scenario scenario : course.scenarios()) {
			ScenarioState state = play(course, scenario, random, 0.7);
			if (!state.passed()) {
				learning.replay(course.id(), scenario.id());
				play(course, scenario, random, 1.0);
			}
		}
		// one in three questions is misunderstood by half of the learners
		takeTest(course, random, id -> Math.floorMod(id.hashCode(), 3) == 0 ? 0.5 : 0.85);
	}

	/**
	 * One attempt at the test, each question answered right with the chance {@code right}
	 * gives it, and the completion confirmed when it passes.
	 */
	private void takeTest(Course course, Random random, ToDoubleFunction<String> right) {
		AttemptView attempt = assessment.openAttempt(course.id());
		for (String id : attempt.questionIds()) {
			Question question = course.question(id).orElseThrow();
			assessment.answer(attempt.attemptId(), id,
					random.nextDouble() < right.applyAsDouble(id) ? correct(question) : wrong(question),
					UUID.randomUUID());
		}
		if (assessment.submit(attempt.attemptId()).passed()) {
			assessment.acknowledge(course.id());
		}
	}

	/**
	 * When the learner's test failed: one attempt more, nearly all answers right, and the
	 * completion confirmed when it passes.
	 */
	private void retry(Course course, Random random) {
		if (assessment.lastResult(course.id()).map(AttemptResult::passed).orElse(true)) {
			return;
		}
		try {
			takeTest(course, random, id -> 0.95);
		}
		catch (LearningException ex) {
			// a waiting time between attempts: the learner comes back later
		}
	}

	/**
	 * When the learner's test failed: every attempt left, answered wrong. Whether the
	 * learner is out of attempts now.
	 */
	private boolean useEveryAttempt(Course course) {
		if (assessment.lastResult(course.id()).map(AttemptResult::passed).orElse(true)) {
			return false;
		}
		try {
			for (int left = course.assessment().maxAttempts() - 1; left > 0; left--) {
				AttemptView attempt = assessment.openAttempt(course.id());
				for (String id : attempt.questionIds()) {
					assessment.answer(attempt.attemptId(), id, wrong(course.question(id).orElseThrow()),
							UUID.randomUUID());
				}
				assessment.submit(attempt.attemptId());
			}
			return true;
		}
		catch (LearningException ex) {
			// a waiting time between attempts: no one stuck in this demo
			return false;
		}
	}

	private ScenarioState play(Course course, Scenario scenario, Random random, double best) {
		ScenarioState state = learning.scenario(course.id(), scenario.id());
		while (!state.finished()) {
			ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
			int choice = step.bestIndex();
			if (random.nextDouble() >= best) {
				choice = random.nextInt(step.choices().size());
			}
			state = learning.choose(course.id(), scenario.id(), step.id(), choice, UUID.randomUUID());
		}
		return state;
	}

	private static Set<Integer> correct(Question question) {
		Set<Integer> right = new HashSet<>();
		List<QuestionOption> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).correct()) {
				right.add(i);
			}
		}
		return right;
	}

	private static Set<Integer> wrong(Question question) {
		List<QuestionOption> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			if (!options.get(i).correct()) {
				return Set.of(i);
			}
		}
		return correct(question);
	}

	private void as(String username, Runnable work) {
		DemoUsers.runAs(users, username, work);
	}

}

package nl.ambtenaaronline.training.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class LearningServiceTest {

	static final String COURSE = "social-media";

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	ContentService contents;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Learners learners;

	Course course;

	@BeforeEach
	void setUp() {
		course = contents.current(COURSE).orElseThrow();
	}

	@Test
	void aNewLearnerStartsAtTheFirstLessonWithTheAssessmentLocked() {
		String me = learners.create("new");
		CourseProgress progress = learners.as(me, () -> learning.progress(COURSE));
		assertThat(progress.started()).isFalse();
		assertThat(progress.next()).isEqualTo(new NextStep(NextStep.Kind.LESSON, course.lessons().getFirst().id()));
		assertThat(progress.assessment()).isEqualTo(AssessmentStatus.LOCKED);
		assertThat(progress.percent()).isZero();
	}

	@Test
	void readingEveryLessonAndPassingEveryScenarioOpensTheAssessment() {
		String me = learners.create("path");
		learners.run(me, () -> {
			readAll();
			CourseProgress halfway = learning.progress(COURSE);
			assertThat(halfway.next().kind()).isEqualTo(NextStep.Kind.SCENARIO);
			assertThat(halfway.assessment()).isEqualTo(AssessmentStatus.LOCKED);
			playAllBest();
			CourseProgress ready = learning.progress(COURSE);
			assertThat(ready.assessment()).isEqualTo(AssessmentStatus.AVAILABLE);
			assertThat(ready.next().kind()).isEqualTo(NextStep.Kind.ASSESSMENT);
		});
	}

	@Test
	void aScenarioFollowsTheChoicesAndScoresByTheContent() {
		String me = learners.create("scenario");
		Scenario scenario = course.scenarios().getFirst();
		learners.run(me, () -> {
			ScenarioStep first = scenario.startStep();
			int worst = worstIndex(first);
			ScenarioState after = learning.choose(COURSE, scenario.id(), first.id(), worst, UUID.randomUUID());
			assertThat(after.choices()).hasSize(1);
			assertThat(after.choices().getFirst().score()).isEqualTo(first.choices().get(worst).score());
			String expectedNext = first.choices().get(worst).next();
			assertThat(scenario.isEnding(expectedNext) ? after.ending() : after.currentStep()).isEqualTo(expectedNext);
			// the same step again (second window, double click) changes nothing
			assertThatThrownBy(
					() -> learning.choose(COURSE, scenario.id(), first.id(), first.bestIndex(), UUID.randomUUID()))
				.isInstanceOf(LearningException.class);
			assertThat(learning.scenario(COURSE, scenario.id()).choices()).hasSize(1);
		});
	}

	@Test
	void aScenarioBelowItsPassMarkMustBePlayedAgainAndEarlierPlaysStayStored() {
		String me = learners.create("replay");
		Scenario scenario = course.scenarios().getFirst();
		learners.run(me, () -> {
			ScenarioState state = learning.scenario(COURSE, scenario.id());
			while (!state.finished()) {
				ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
				state = learning.choose(COURSE, scenario.id(), step.id(), worstIndex(step), UUID.randomUUID());
			}
			assertThat(state.passed()).isFalse();
			assertThat(learning.progress(COURSE).scenarios().getFirst().passed()).isFalse();
			ScenarioState replay = learning.replay(COURSE, scenario.id());
			assertThat(replay.playNo()).isEqualTo(2);
			assertThat(replay.choices()).isEmpty();
			play(scenario, true);
			assertThat(learning.progress(COURSE).scenarios().getFirst().passed()).isTrue();
		});
		Integer plays = jdbc.queryForObject("""
				select count(*) from scenario_play p join enrolment e on e.id = p.enrolment_id
				join account a on a.employee_id = e.employee_id where a.username = ?""", Integer.class, me);
		assertThat(plays).isEqualTo(2);
	}

	@Test
	void theDrawFollowsTheRuleGroupsAndDiffersPerAttempt() {
		String me = learners.create("draw");
		learners.run(me, () -> {
			ready();
			AttemptView first = assessment.openAttempt(COURSE);
			assertThat(first.questionIds()).doesNotHaveDuplicates().hasSize(course.assessment().questionsPerAttempt());
			Map<String, Long> perGroup = first.questionIds()
				.stream()
				.collect(Collectors.groupingBy(id -> course.question(id).orElseThrow().group(), Collectors.counting()));
			course.assessment()
				.drawPerGroup()
				.forEach((group, count) -> assertThat(perGroup.get(group)).as(group).isEqualTo(count.longValue()));
			answerAll(first, false);
			assessment.submit(first.attemptId());
			AttemptView second = assessment.openAttempt(COURSE);
			assertThat(second.attemptNo()).isEqualTo(2);
			assertThat(second.questionIds()).doesNotContainAnyElementsOf(first.questionIds());
		});
	}

	@Test
	void eachAttemptDrawsItsOwnOptionOrderAndAResumedAttemptKeepsIt() {
		String me = learners.create("order");
		Map<String, List<Integer>> first = learners.as(me, () -> {
			ready();
			return shownOrders(assessment.openAttempt(COURSE));
		});
		first.forEach((question, order) -> assertThat(order).as(question)
			.containsExactlyInAnyOrderElementsOf(
					IntStream.range(0, course.question(question).orElseThrow().options().size()).boxed().toList()));
		// a new session (another device, after a restart): the order comes from the
		// database
		Map<String, List<Integer>> second = learners.as(me, () -> {
			AttemptView resumed = assessment.openAttempt(COURSE);
			assertThat(shownOrders(resumed)).isEqualTo(first);
			assertThat(shownOrders(assessment.attempt(resumed.attemptId()))).isEqualTo(first);
			answerAll(resumed, false);
			assessment.submit(resumed.attemptId());
			AttemptView next = assessment.openAttempt(COURSE);
			assertThat(next.attemptNo()).isEqualTo(2);
			return shownOrders(next);
		});
		assertThat(storedOrders(me)).as("each attempt stores its own draw").hasSize(2).doesNotHaveDuplicates();
		Map<String, List<Integer>> both = new java.util.LinkedHashMap<>(first);
		both.putAll(second);
		assertThat(both).as("drawn, not the file order (odds of failing below 1 in 10^9)")
			.anySatisfy((question, order) -> assertThat(order).isNotEqualTo(
					IntStream.range(0, course.question(question).orElseThrow().options().size()).boxed().toList()));
	}

	@Test
	void anAttemptStartedBeforeOrdersWereDrawnKeepsTheFileOrderItWasShownIn() {
		String me = learners.create("oldorder");
		long attemptId = learners.as(me, () -> {
			ready();
			return assessment.openAttempt(COURSE).attemptId();
		});
		jdbc.update("update assessment_attempt set option_orders = null where id = ?", attemptId);
		learners.run(me, () -> {
			AttemptView resumed = assessment.openAttempt(COURSE);
			String question = resumed.questionIds().getFirst();
			int size = course.question(question).orElseThrow().options().size();
			assertThat(resumed.orderOf(question, size)).isEqualTo(IntStream.range(0, size).boxed().toList());
			// the stored option id still names the same option
			assessment.answer(attemptId, question, correct(course.question(question).orElseThrow()), UUID.randomUUID());
			answerAllBut(resumed, question);
			assertThat(assessment.submit(attemptId).scorePercent()).isEqualTo(100);
		});
	}

	@Test
	void aScenarioPlayStoresItsChoiceOrderWhenOpenedSoAReloadShowsTheSameOrder() {
		String me = learners.create("playorder");
		Scenario scenario = course.scenarios().get(2);
		learners.run(me, () -> {
			ScenarioState opened = learning.openScenario(COURSE, scenario.id());
			assertThat(opened.playNo()).as("stored when opened, before any choice").isEqualTo(1);
			assertThat(opened.choiceOrders().keySet())
				.containsExactlyInAnyOrderElementsOf(scenario.steps().stream().map(ScenarioStep::id).toList());
			assertThat(learning.scenario(COURSE, scenario.id()).choiceOrders()).isEqualTo(opened.choiceOrders());
			assertThat(learning.openScenario(COURSE, scenario.id()).choiceOrders()).isEqualTo(opened.choiceOrders());
			ScenarioState state = opened;
			while (!state.finished()) {
				ScenarioStep step = scenario.step(state.currentStep()).orElseThrow();
				// the best choice is picked by its id, wherever it is shown
				state = learning.choose(COURSE, scenario.id(), step.id(), step.bestIndex(), UUID.randomUUID());
				assertThat(state.choiceOrders()).isEqualTo(opened.choiceOrders());
			}
			assertThat(state.percent()).isEqualTo(100);
			ScenarioState again = learning.replay(COURSE, scenario.id());
			assertThat(again.playNo()).isEqualTo(2);
			assertThat(again.choiceOrders().keySet()).isEqualTo(opened.choiceOrders().keySet());
		});
		List<String> stored = jdbc.queryForList("""
				select p.choice_orders from scenario_play p join enrolment e on e.id = p.enrolment_id
				join account a on a.employee_id = e.employee_id where a.username = ? order by p.play_no""",
				String.class, me);
		assertThat(stored).as("each play stores its own draw").hasSize(2).doesNotContainNull();
		// a play started before orders were drawn shows the file order it was shown in
		jdbc.update("""
				update scenario_play set choice_orders = null where id in (select p.id from scenario_play p
				join enrolment e on e.id = p.enrolment_id join account a on a.employee_id = e.employee_id
				where a.username = ? and p.play_no = 2)""", me);
		ScenarioState old = learners.as(me, () -> learning.scenario(COURSE, scenario.id()));
		int size = scenario.startStep().choices().size();
		assertThat(old.orderOf(scenario.start(), size)).isEqualTo(IntStream.range(0, size).boxed().toList());
	}

	private Map<String, List<Integer>> shownOrders(AttemptView attempt) {
		Map<String, List<Integer>> orders = new java.util.LinkedHashMap<>();
		attempt.questionIds()
			.forEach(id -> orders.put(id, attempt.orderOf(id, course.question(id).orElseThrow().options().size())));
		return orders;
	}

	private List<String> storedOrders(String username) {
		return jdbc.queryForList("""
				select t.option_orders from assessment_attempt t join enrolment e on e.id = t.enrolment_id
				join account a on a.employee_id = e.employee_id where a.username = ? order by t.attempt_no""",
				String.class, username);
	}

	private void answerAllBut(AttemptView attempt, String skipped) {
		attempt.questionIds()
			.stream()
			.filter(id -> !id.equals(skipped))
			.forEach(id -> assessment.answer(attempt.attemptId(), id, correct(course.question(id).orElseThrow()),
					UUID.randomUUID()));
	}

	@Test
	void anOpenAttemptResumesWithTheSameQuestionsAnswersAndPosition() {
		String me = learners.create("resume");
		learners.run(me, () -> {
			ready();
			AttemptView attempt = assessment.openAttempt(COURSE);
			String question = attempt.questionIds().get(2);
			assessment.answer(attempt.attemptId(), question, Set.of(0), UUID.randomUUID());
			assessment.answer(attempt.attemptId(), question, Set.of(1), UUID.randomUUID());
			assessment.moveTo(attempt.attemptId(), 2);
		});
		// a new session (another device, after a restart): everything comes from the
		// database
		learners.run(me, () -> {
			AttemptView resumed = assessment.openAttempt(COURSE);
			assertThat(resumed.position()).isEqualTo(2);
			assertThat(resumed.answers()).containsEntry(resumed.questionIds().get(2), Set.of(1));
		});
		Integer rows = jdbc.queryForObject("""
				select count(*) from assessment_answer x join assessment_attempt t on t.id = x.attempt_id
				join enrolment e on e.id = t.enrolment_id join account a on a.employee_id = e.employee_id
				where a.username = ?""", Integer.class, me);
		assertThat(rows).as("every change is a row of its own").isEqualTo(2);
	}

	@Test
	void aRepeatedAnswerRequestIsStoredOnce() throws Exception {
		String me = learners.create("twice");
		learners.run(me, this::ready);
		AttemptView attempt = learners.as(me, () -> assessment.openAttempt(COURSE));
		UUID answerId = UUID.randomUUID();
		String question = attempt.questionIds().getFirst();
		List<Callable<Object>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(() -> learners.as(me, () -> {
				assessment.answer(attempt.attemptId(), question, Set.of(0), answerId);
				return null;
			}));
		}
		runTogether(calls);
		Integer rows = jdbc.queryForObject("select count(*) from assessment_answer where attempt_id = ?", Integer.class,
				attempt.attemptId());
		assertThat(rows).isEqualTo(1);
	}

	@Test
	void twoWindowsStartingTheAssessmentGetOneAttempt() throws Exception {
		String me = learners.create("tabs");
		learners.run(me, this::ready);
		List<Callable<Object>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(() -> learners.as(me, () -> assessment.openAttempt(COURSE).attemptId()));
		}
		List<Object> ids = runTogether(calls);
		assertThat(new HashSet<>(ids)).hasSize(1);
	}

	@Test
	void anAnswerAfterSubmittingInAnotherWindowIsRefusedWithAClearReason() {
		String me = learners.create("late");
		learners.run(me, () -> {
			ready();
			AttemptView attempt = assessment.openAttempt(COURSE);
			assessment.submit(attempt.attemptId());
			assertThatThrownBy(() -> assessment.answer(attempt.attemptId(), attempt.questionIds().getFirst(), Set.of(0),
					UUID.randomUUID()))
				.isInstanceOf(LearningException.class)
				.hasMessage("assessment.already-submitted");
		});
	}

	@Test
	void scoringCountsOnlyExactlyRightAnswersAndReportsPerRuleGroup() {
		String me = learners.create("score");
		learners.run(me, () -> {
			ready();
			AttemptView attempt = assessment.openAttempt(COURSE);
			answerAll(attempt, true);
			String spoiled = attempt.questionIds().getFirst();
			Question question = course.question(spoiled).orElseThrow();
			assessment.answer(attempt.attemptId(), spoiled, wrongSelection(question), UUID.randomUUID());
			AttemptResult result = assessment.submit(attempt.attemptId());
			int total = attempt.questionIds().size();
			assertThat(result.scorePercent()).isEqualTo((total - 1) * 100 / total);
			assertThat(result.passed()).isEqualTo(result.scorePercent() >= course.assessment().passMark());
			assertThat(result.wrong()).extracting(AttemptResult.WrongAnswer::questionId).containsExactly(spoiled);
			assertThat(result.groupPercent())
				.containsKeys(course.assessment().drawPerGroup().keySet().toArray(String[]::new));
			assertThat(result.groupPercent().get(question.group())).isLessThan(100);
		});
	}

	@Test
	void theMultipleChoiceRuleNeedsExactlyTheCorrectOptions() {
		Question multiple = course.questions()
			.stream()
			.filter(q -> q.type() == nl.ambtenaaronline.training.content.QuestionType.MULTIPLE)
			.findFirst()
			.orElseThrow();
		Set<Integer> right = correct(multiple);
		assertThat(Scoring.isCorrect(multiple, right)).isTrue();
		Set<Integer> tooMany = new HashSet<>(right);
		tooMany.add(IntStream.range(0, multiple.options().size())
			.filter(i -> !right.contains(i))
			.findFirst()
			.orElseThrow());
		assertThat(Scoring.isCorrect(multiple, tooMany)).isFalse();
		assertThat(Scoring.isCorrect(multiple, Set.of())).isFalse();
	}

	@Test
	void afterTheLastAttemptHrCanGrantAnExtraOne() {
		String me = learners.create("extra");
		learners.run(me, () -> {
			ready();
			for (int i = 0; i < course.assessment().maxAttempts(); i++) {
				AttemptView attempt = assessment.openAttempt(COURSE);
				answerAll(attempt, false);
				assertThat(assessment.submit(attempt.attemptId()).passed()).isFalse();
			}
			assertThat(learning.progress(COURSE).assessment()).isEqualTo(AssessmentStatus.EXHAUSTED);
			assertThatThrownBy(() -> assessment.openAttempt(COURSE)).hasMessage("assessment.exhausted");
		});
		long employee = learners.as(me, () -> accounts.current().orElseThrow().employeeId());
		SystemAuthentication.run(() -> assessment.grantExtraAttempt(employee, COURSE));
		learners.run(me, () -> {
			assertThat(learning.progress(COURSE).assessment()).isEqualTo(AssessmentStatus.AVAILABLE);
			assertThat(assessment.openAttempt(COURSE).attemptNo()).isEqualTo(course.assessment().maxAttempts() + 1);
		});
	}

	@Test
	void passingAndAcknowledgingCompletesTheCourseOnceAndPublishesCoursePassed() {
		String me = learners.create("done");
		CompletionSummary completion = learners.as(me, () -> {
			ready();
			AttemptView attempt = assessment.openAttempt(COURSE);
			answerAll(attempt, true);
			assertThat(assessment.submit(attempt.attemptId()).passed()).isTrue();
			assertThat(learning.progress(COURSE).next().kind()).isEqualTo(NextStep.Kind.ACKNOWLEDGE);
			CompletionSummary first = assessment.acknowledge(COURSE);
			CompletionSummary again = assessment.acknowledge(COURSE);
			assertThat(again.id()).isEqualTo(first.id());
			assertThat(learning.progress(COURSE).completed()).isTrue();
			assertThat(learning.progress(COURSE).percent()).isEqualTo(100);
			return first;
		});
		assertThat(completion.guidelineVersion()).isEqualTo(course.guideline().version());
		assertThat(completion.courseVersion()).isEqualTo(course.version().toString());
		assertThat(events.stream(CoursePassed.class).filter(event -> event.completionId() == completion.id()))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.courseId()).isEqualTo(COURSE);
				assertThat(event.refresher()).isFalse();
			});
	}

	@Test
	void aLessonReadAndASubmittedAttemptArePublishedOnceWithTheirRunLikeEveryAnswer() {
		String me = learners.create("events");
		String lesson = course.lessons().getFirst().id();
		long attemptId = learners.as(me, () -> {
			learning.markLessonRead(COURSE, lesson);
			learning.markLessonRead(COURSE, lesson);
			ready();
			AttemptView attempt = assessment.openAttempt(COURSE);
			answerAll(attempt, true);
			assessment.submit(attempt.attemptId());
			assessment.submit(attempt.attemptId());
			return attempt.attemptId();
		});
		long employee = learners.as(me, () -> accounts.current().orElseThrow().employeeId());
		List<LessonRead> read = events.stream(LessonRead.class)
			.filter(event -> event.employeeId() == employee && event.lessonId().equals(lesson))
			.toList();
		assertThat(read).as("read twice, published once").hasSize(1);
		assertThat(read.getFirst().courseVersion()).isEqualTo(course.version().toString());
		long run = read.getFirst().runId();
		assertThat(events.stream(AttemptSubmitted.class).filter(event -> event.attemptId() == attemptId))
			.as("submitted twice, published once")
			.singleElement()
			.satisfies(event -> {
				assertThat(event.runId()).isEqualTo(run);
				assertThat(event.employeeId()).isEqualTo(employee);
				assertThat(event.passed()).isTrue();
				assertThat(event.attemptNo()).isOne();
				assertThat(event.scorePercent()).isEqualTo(100);
			});
		assertThat(events.stream(AnswerRecorded.class).filter(event -> event.attemptId() == attemptId)).isNotEmpty()
			.allSatisfy(event -> assertThat(event.runId()).isEqualTo(run));
		assertThat(events.stream(ScenarioChoiceRecorded.class).filter(event -> event.employeeId() == employee))
			.isNotEmpty()
			.allSatisfy(event -> assertThat(event.runId()).isEqualTo(run));
	}

	@Test
	void aRefresherFollowsTheShorterPath() {
		String me = learners.create("refresh");
		learners.run(me, () -> {
			ready();
			AttemptView attempt = assessment.openAttempt(COURSE);
			answerAll(attempt, true);
			assessment.submit(attempt.attemptId());
			assessment.acknowledge(COURSE);
			CourseProgress refresher = learning.startRefresher(COURSE);
			assertThat(refresher.refresher()).isTrue();
			assertThat(refresher.completed()).isFalse();
			assertThat(refresher.lessons()).extracting(CourseProgress.LessonProgress::id)
				.containsExactlyElementsOf(course.refresher()
					.lessons()
					.stream()
					.sorted(Comparator.comparingInt(id -> course.lessons().indexOf(course.lesson(id).orElseThrow())))
					.toList());
			assertThat(refresher.scenarios()).hasSize(course.refresher().scenarios().size());
		});
	}

	@Test
	void anotherEmployeesAttemptIsUnreachableById() {
		String owner = learners.create("owner");
		String other = learners.create("other");
		AttemptView attempt = learners.as(owner, () -> {
			ready();
			return assessment.openAttempt(COURSE);
		});
		learners.run(other, () -> {
			assertThatThrownBy(() -> assessment.attempt(attempt.attemptId())).hasMessage("assessment.not-found");
			assertThatThrownBy(() -> assessment.answer(attempt.attemptId(), attempt.questionIds().getFirst(), Set.of(0),
					UUID.randomUUID()))
				.hasMessage("assessment.not-found");
			assertThatThrownBy(() -> assessment.submit(attempt.attemptId())).hasMessage("assessment.not-found");
		});
	}

	// ---------------------------------------------------------------------------------

	private void ready() {
		Learners.prepareAssessment(learning, course);
	}

	private void readAll() {
		course.lessons().forEach(lesson -> learning.markLessonRead(COURSE, lesson.id()));
	}

	private void playAllBest() {
		course.scenarios().forEach(scenario -> Learners.play(learning, course, scenario, true));
	}

	private void play(Scenario scenario, boolean best) {
		Learners.play(learning, course, scenario, best);
	}

	private void answerAll(AttemptView attempt, boolean right) {
		Learners.answerAll(assessment, course, attempt, right);
	}

	private static Set<Integer> correct(Question question) {
		return Learners.correct(question);
	}

	private static Set<Integer> wrongSelection(Question question) {
		return Learners.wrongSelection(question);
	}

	private static int worstIndex(ScenarioStep step) {
		return Learners.worstIndex(step);
	}

	private static List<Object> runTogether(List<Callable<Object>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Object> results = new ArrayList<>();
			for (Future<Object> future : pool.invokeAll(calls)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}

package nl.ambtenaaronline.training.learning;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditActor;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionType;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SignedIn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The final assessment of the signed-in learner: open an attempt (a fresh draw, options
 * in an order drawn for it), answer, move, submit, see the result, and acknowledge the
 * guideline to complete the course; HR grants an extra attempt. Every answer is a row of
 * its own the moment it is given.
 */
@Service
public class AssessmentService {

	/**
	 * The message key of a refused extra attempt for oneself (as the assignments say).
	 */
	public static final String OWN_RECORD = "assignment.own-record";

	private final Runs runs;

	private final RunStore runStore;

	private final AttemptStore attempts;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	AssessmentService(Runs runs, RunStore runStore, AttemptStore attempts, AuditService audit,
			ApplicationEventPublisher events) {
		this.runs = runs;
		this.runStore = runStore;
		this.attempts = attempts;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Opens the learner's assessment attempt: the one in progress, or a new one with a
	 * fresh draw. One attempt in progress per run, also with two windows.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public AttemptView openAttempt(String courseId) {
		Run run = runs.openRun(courseId);
		runStore.lock(run.id());
		Course course = runs.courseOf(run);
		List<AttemptRow> earlier = attempts.ofRun(run.id());
		Optional<AttemptRow> open = earlier.stream().filter(AttemptRow::open).findFirst();
		if (open.isPresent()) {
			return viewOf(open.get());
		}
		switch (runs.progressOf(run, course).assessment()) {
			case LOCKED -> throw new LearningException("assessment.locked");
			case COOLDOWN -> throw new LearningException("assessment.cooldown");
			case EXHAUSTED -> throw new LearningException("assessment.exhausted");
			case PASSED -> throw new LearningException("assessment.passed-already");
			default -> {
			}
		}
		List<String> draw = draw(course, earlier);
		Map<String, List<Integer>> orders = new LinkedHashMap<>();
		for (String questionId : draw) {
			orders.put(questionId,
					OptionOrders.draw(course.question(questionId).orElseThrow().options().size(), random));
		}
		attempts.insert(run.id(), earlier.size() + 1, draw, OptionOrders.encode(orders), runs.now());
		return viewOf(attempts.ofRun(run.id()).getLast());
	}

	/**
	 * The learner's open attempt as stored now.
	 * @throws LearningException {@code assessment.already-submitted} when it was
	 * submitted, e.g. in another window
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public AttemptView attempt(long attemptId) {
		AttemptRow attempt = own(attemptId);
		if (!attempt.open()) {
			throw new LearningException("assessment.already-submitted");
		}
		return viewOf(attempt);
	}

	/**
	 * Stores an answer (a new row; the latest row is the current answer) and publishes
	 * {@link AnswerRecorded}: the ownership check is one query, the insert one statement.
	 * A repeated request with the same id is ignored.
	 * @param selected the chosen options' ids: their indexes in the question's options in
	 * the file of the run's course version, never the positions they were shown at
	 * @param answerId made where the learner acts, once per answer given, so that a
	 * repeated request is recognised as the same answer
	 * @throws LearningException {@code assessment.already-submitted} when the attempt was
	 * submitted, e.g. in another window
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void answer(long attemptId, String questionId, Set<Integer> selected, UUID answerId) {
		long employee = runs.me();
		AttemptStore.AnswerTarget target = attempts.answerTarget(attemptId, employee)
			.orElseThrow(() -> new LearningException("assessment.not-found"));
		if (target.submitted()) {
			throw new LearningException("assessment.already-submitted");
		}
		if (!target.draw().contains(questionId)) {
			throw new LearningException("assessment.unknown-question");
		}
		Question question = runs.courseOf(target.courseId(), target.version())
			.question(questionId)
			.orElseThrow(() -> new LearningException("assessment.unknown-question"));
		if (selected.stream().anyMatch(index -> index < 0 || index >= question.options().size())
				|| question.type() != QuestionType.MULTIPLE && selected.size() > 1) {
			throw new LearningException("assessment.invalid-answer");
		}
		OffsetDateTime now = runs.now();
		boolean stored;
		try {
			stored = attempts.insertAnswer(answerId, attemptId, questionId, selected, target.version(), now);
		}
		catch (DuplicateKeyException sameRequestAtOnce) {
			// the same request, stored a moment ago by a parallel call: nothing to add;
			// the failed statement ends this transaction, without an error
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return;
		}
		if (stored) {
			events.publishEvent(new AnswerRecorded(answerId, employee, target.courseId(), target.version(), questionId,
					Scoring.isCorrect(question, selected), now.toInstant(), target.runId(), attemptId));
		}
	}

	/** Remembers the question the learner is at, so a resumed attempt opens there. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void moveTo(long attemptId, int position) {
		AttemptRow attempt = own(attemptId);
		if (attempt.open() && position >= 0 && position < attempt.draw().size()) {
			attempts.moveTo(attemptId, position);
		}
	}

	/**
	 * Submits the attempt and publishes {@link AttemptSubmitted}; submitting twice gives
	 * the stored result and publishes nothing.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public AttemptResult submit(long attemptId) {
		own(attemptId);
		attempts.lock(attemptId);
		AttemptRow attempt = own(attemptId);
		Run run = runStore.byId(attempt.enrolmentId());
		Course course = runs.courseOf(run);
		AttemptResult result = resultOf(course, attempt);
		OffsetDateTime now = runs.now();
		if (attempt.open() && attempts.submit(attemptId, now, result.scorePercent(), result.passed())) {
			audit.record("assessment.submitted", "attempt:" + attemptId, AuditResult.SUCCESS,
					"score=" + result.scorePercent() + " passed=" + result.passed());
			events.publishEvent(new AttemptSubmitted(run.employeeId(), run.courseId(), run.version(), run.id(),
					attemptId, attempt.attemptNo(), result.scorePercent(), result.passed(), now.toInstant()));
			events.publishEvent(new AttemptsChanged(run.employeeId(), run.courseId()));
		}
		return result;
	}

	/** The result of a submitted attempt of the learner's current run. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public Optional<AttemptResult> lastResult(String courseId) {
		Optional<Run> run = runs.latest(courseId);
		if (run.isEmpty()) {
			return Optional.empty();
		}
		Course course = runs.courseOf(run.get());
		return attempts.ofRun(run.get().id())
			.stream()
			.filter(attempt -> !attempt.open())
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
		Run run = runs.latest(courseId).orElseThrow(() -> new LearningException("assessment.not-passed"));
		runStore.lock(run.id());
		Optional<CompletionSummary> existing = runStore.completionOf(run.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		AttemptRow passed = attempts.ofRun(run.id())
			.stream()
			.filter(attempt -> Boolean.TRUE.equals(attempt.passed()))
			.findFirst()
			.orElseThrow(() -> new LearningException("assessment.not-passed"));
		Course course = runs.courseOf(run);
		OffsetDateTime now = runs.now();
		Instant passedAt = passed.submittedAt() == null ? now.toInstant() : passed.submittedAt();
		int score = passed.scorePercent() == null ? 0 : passed.scorePercent();
		runStore.insertCompletion(run, course.guideline().version(), score, passedAt, now);
		CompletionSummary completion = runStore.completionOf(run.id()).orElseThrow();
		audit.record("course.completed", "employee:" + run.employeeId(), AuditResult.SUCCESS,
				courseId + " " + run.version() + " completion:" + completion.id());
		events.publishEvent(new CoursePassed(run.employeeId(), courseId, run.version(), completion.id(), score,
				passedAt, run.refresher(), run.id(), run.delta()));
		return completion;
	}

	/**
	 * HR grants one extra attempt to a learner whose attempts ran out; never to
	 * themselves (a colleague does, as for the other overrides).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void grantExtraAttempt(long employeeId, String courseId) {
		if (SignedIn.isMe(employeeId)) {
			throw new IllegalArgumentException(OWN_RECORD);
		}
		Authentication authentication = SecurityContexts.authentication();
		String grantedBy = authentication != null && authentication.getPrincipal() instanceof AuditActor actor
				? actor.auditId() : "system";
		runStore.grantExtraAttempt(employeeId, courseId, grantedBy, runs.now());
		audit.record("assessment.extra-attempt", "employee:" + employeeId, AuditResult.SUCCESS, courseId);
		events.publishEvent(new AttemptsChanged(employeeId, courseId));
	}

	private AttemptRow own(long attemptId) {
		return attempts.owned(attemptId, runs.me()).orElseThrow(() -> new LearningException("assessment.not-found"));
	}

	private AttemptView viewOf(AttemptRow attempt) {
		Map<String, Set<Integer>> current = new LinkedHashMap<>();
		attempts.answers(attempt.id()).forEach(answer -> current.put(answer.questionId(), answer.selected()));
		return new AttemptView(attempt.id(), attempt.attemptNo(), attempt.draw(), current, attempt.position(),
				OptionOrders.decode(attempt.optionOrders()));
	}

	/**
	 * The result of an attempt: scored from its answers, or — once retention erased them
	 * — as kept on the attempt (score, pass and result per rule group).
	 */
	private AttemptResult resultOf(Course course, AttemptRow attempt) {
		String kept = attempt.groupResults();
		if (kept == null) {
			return Scoring.score(course, attempt.id(), attempt.attemptNo(), attempt.draw(),
					attempts.answers(attempt.id()));
		}
		int percent = attempt.scorePercent() == null ? 0 : attempt.scorePercent();
		return new AttemptResult(attempt.id(), attempt.attemptNo(), percent, Boolean.TRUE.equals(attempt.passed()),
				course.assessment().passMark(), Scoring.kept(kept), List.of());
	}

	/** A draw per rule group, questions of earlier attempts of the run last. */
	private List<String> draw(Course course, List<AttemptRow> earlier) {
		Set<String> used = new HashSet<>();
		earlier.forEach(attempt -> used.addAll(attempt.draw()));
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

}

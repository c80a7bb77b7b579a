package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What learning recorded, as other features read it: completions, a person's history and
 * where learners stand with a course, now or as of a past moment. The only read face of
 * learning for assignments, reports and snapshots; never individual answers.
 */
@Service
public class LearningRecords {

	private final Runs runs;

	private final RunStore runStore;

	private final AttemptStore attempts;

	private final ScenarioStore scenarios;

	LearningRecords(Runs runs, RunStore runStore, AttemptStore attempts, ScenarioStore scenarios) {
		this.runs = runs;
		this.runStore = runStore;
		this.attempts = attempts;
		this.scenarios = scenarios;
	}

	/** The learner's own completions, newest first. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public List<CompletionSummary> myCompletions() {
		return runStore.completionsOf(runs.me());
	}

	/** Someone's completions, newest first, for HR, administrators and auditors. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<CompletionSummary> completionsOf(long employeeId) {
		return runStore.completionsOf(employeeId);
	}

	/**
	 * Someone's assessment attempts (with the score per rule group once submitted) and
	 * scenario plays, oldest first, for HR, administrators and auditors. Never the
	 * answers.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public LearningHistory historyOf(long employeeId) {
		List<LearningHistory.Attempt> attemptsOut = new ArrayList<>();
		List<LearningHistory.ScenarioPlay> plays = new ArrayList<>();
		for (Run run : runStore.allOf(employeeId)) {
			Course course = runs.courseOf(run);
			for (AttemptRow attempt : attempts.ofRun(run.id())) {
				Map<String, Integer> groups = attempt.open() ? Map.of()
						: Scoring
							.score(course, attempt.id(), attempt.attemptNo(), attempt.draw(),
									attempts.answers(attempt.id()))
							.groupPercent();
				attemptsOut.add(new LearningHistory.Attempt(attempt.id(), run.courseId(), run.version(), run.runNo(),
						attempt.attemptNo(), attempt.startedAt(), attempt.submittedAt(), attempt.scorePercent(),
						attempt.passed(), groups));
			}
			for (ScenarioStore.Play play : scenarios.plays(run.id())) {
				course.scenario(play.scenarioId()).ifPresent(scenario -> {
					ScenarioState state = runs.stateOfPlay(play, play.playNo(), course, scenario);
					plays.add(new LearningHistory.ScenarioPlay(run.courseId(), run.runNo(), play.scenarioId(),
							state.playNo(), play.startedAt(), state.finished(), state.percent(), state.passed()));
				});
			}
		}
		return new LearningHistory(attemptsOut, plays);
	}

	/**
	 * Per employee of the given ids: when their latest run started and their latest
	 * completion of the course, for assignments and reports. A learner without HR,
	 * administrator or auditor rights may ask only for themselves.
	 */
	@RolesAllowed({ Roles.EMPLOYEE, Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Map<Long, LearnerState> learnerStates(String courseId, Collection<Long> employeeIds) {
		if (!SignedIn.hasAnyRole(Role.HR, Role.ADMIN, Role.AUDITOR)) {
			long me = SignedIn.employeeId().orElseThrow(() -> new AccessDeniedException("only own learner state"));
			if (employeeIds.stream().anyMatch(id -> id != me)) {
				throw new AccessDeniedException("only own learner state");
			}
		}
		return runStore.learnerStates(courseId, List.copyOf(employeeIds));
	}

	/**
	 * Of the given employees, who used every test attempt of their latest run through the
	 * course without passing (the course's attempts plus the extra ones granted since the
	 * run started): only HR can let them go on. For the reports' "Actie nodig".
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Set<Long> attemptsUsedUp(String courseId, Collection<Long> employeeIds) {
		Set<Long> usedUp = new HashSet<>();
		for (RunStore.LatestRunAttempts run : runStore.latestRunAttempts(courseId, List.copyOf(employeeIds))) {
			int allowed = runs.courseOf(courseId, run.version()).assessment().maxAttempts() + run.extra();
			if (run.passed() == 0 && run.failed() >= allowed) {
				usedUp.add(run.employeeId());
			}
		}
		return usedUp;
	}

	/**
	 * Per employee with any run: where they stood with a course at a past moment. Runs
	 * started before {@code cutoff} count; a completion counts when it was passed before
	 * {@code cutoff} and acknowledged by {@code recordedBy}. For compliance snapshots.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Map<Long, LearnerState> learnerStatesAsOf(String courseId, Instant cutoff, Instant recordedBy) {
		OffsetDateTime before = cutoff.minusNanos(1000).atOffset(ZoneOffset.UTC);
		return runStore.learnerStatesAsOf(courseId, before, recordedBy.atOffset(ZoneOffset.UTC));
	}

}

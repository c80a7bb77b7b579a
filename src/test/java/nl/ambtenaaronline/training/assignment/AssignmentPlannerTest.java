package nl.ambtenaaronline.training.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.ambtenaaronline.training.assignment.AssignmentPlanner.Action;
import nl.ambtenaaronline.training.assignment.AssignmentPlanner.Close;
import nl.ambtenaaronline.training.assignment.AssignmentPlanner.Create;
import nl.ambtenaaronline.training.assignment.AssignmentPlanner.Open;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentPlannerTest {

	static final LocalDate GO_LIVE = LocalDate.of(2026, 9, 1);

	static final AssignmentRules RULES = new AssignmentRules(30, GO_LIVE, 90, 24, 60, 14);

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static List<Action> plan(LocalDate start, LocalDate end, Open open, LocalDate done, Integer major,
			int currentMajor) {
		return AssignmentPlanner.plan(start, end, open, done == null ? null : at(done), done, major, currentMajor, 24,
				RULES, TODAY);
	}

	/** Noon in Amsterdam on that day. */
	private static Instant at(LocalDate day) {
		return day.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
	}

	@Test
	void aNewHireMustCompleteWithinTheDaysAfterTheirStart() {
		assertThat(plan(LocalDate.of(2026, 11, 20), null, null, null, null, 1))
			.containsExactly(new Create(AssignmentReason.NEW_HIRE, LocalDate.of(2026, 12, 20)));
	}

	@Test
	void someoneEmployedAtGoLiveGetsTheRolloutDueDateAndIsNotLateOnDayOne() {
		assertThat(plan(LocalDate.of(2010, 3, 1), null, null, null, null, 1))
			.containsExactly(new Create(AssignmentReason.ROLLOUT, GO_LIVE.plusDays(90)));
		assertThat(
				AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, null, null, null, null, 1, 24, RULES, GO_LIVE))
			.containsExactly(new Create(AssignmentReason.ROLLOUT, GO_LIVE.plusDays(90)));
	}

	@Test
	void startingOnTheGoLiveDayMakesYouANewHire() {
		assertThat(plan(GO_LIVE, null, null, null, null, 1))
			.containsExactly(new Create(AssignmentReason.NEW_HIRE, GO_LIVE.plusDays(30)));
	}

	@Test
	void anOpenAssignmentIsKeptAndPlanningAgainChangesNothing() {
		assertThat(plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.ROLLOUT, at(GO_LIVE)), null, null, 1))
			.isEmpty();
	}

	@Test
	void aCompletionClosesTheAssignmentAndSchedulesTheRefresher() {
		LocalDate done = LocalDate.of(2026, 11, 10);
		assertThat(plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.ROLLOUT, at(GO_LIVE)), done, 1, 1))
			.containsExactly(new Close("COMPLETED"), new Create(AssignmentReason.REFRESHER, done.plusMonths(24)));
	}

	@Test
	void theRefresherIsDueBeforeTheCertificateExpires() {
		LocalDate done = LocalDate.of(2026, 11, 10);
		List<Action> actions = AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, null, at(done), done, 1, 1, 12,
				RULES, TODAY);
		assertThat(actions).containsExactly(new Create(AssignmentReason.REFRESHER, done.plusMonths(12)));
	}

	@Test
	void aNewMajorVersionAsksEveryoneOnAnOlderMajorToRecertify() {
		LocalDate done = LocalDate.of(2025, 6, 1);
		assertThat(plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.REFRESHER, at(done).plusSeconds(5)),
				done, 1, 2))
			.containsExactly(new Close("SUPERSEDED"), new Create(AssignmentReason.RECERTIFICATION, TODAY.plusDays(60)));
		assertThat(
				plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.RECERTIFICATION, at(TODAY)), done, 1, 2))
			.isEmpty();
	}

	@Test
	void aValidCertificateOfThePreviousMajorGetsTheDeltaPathWhenTheVersionHasADeltaRecord() {
		LocalDate done = LocalDate.of(2025, 6, 1);
		Open refresher = new Open(AssignmentReason.REFRESHER, at(done).plusSeconds(5));

		assertThat(AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, refresher, at(done), done, 1, 2, 1, 24, RULES,
				TODAY))
			.containsExactly(new Close("SUPERSEDED"), new Create(AssignmentReason.DELTA, TODAY.plusDays(60)));
		assertThat(AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.DELTA, at(TODAY)),
				at(done), done, 1, 2, 1, 24, RULES, TODAY))
			.isEmpty();
	}

	@Test
	void anExpiredCertificateOrAnOlderMajorThanTheDeltaCountsFromTakesTheWholeCourse() {
		LocalDate expired = TODAY.minusMonths(24);
		Create whole = new Create(AssignmentReason.RECERTIFICATION, TODAY.plusDays(60));
		assertThat(AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, null, at(expired), expired, 1, 2, 1, 24,
				RULES, TODAY))
			.containsExactly(whole);
		LocalDate done = LocalDate.of(2025, 6, 1);
		assertThat(
				AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, null, at(done), done, 1, 3, 2, 24, RULES, TODAY))
			.containsExactly(whole);
		assertThat(AssignmentPlanner.plan(LocalDate.of(2010, 3, 1), null, null, at(done), done, 1, 2, null, 24, RULES,
				TODAY))
			.containsExactly(whole);
	}

	@Test
	void aMinorVersionAssignsNoOne() {
		LocalDate done = LocalDate.of(2025, 6, 1);
		assertThat(plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.REFRESHER, at(done).plusSeconds(1)),
				done, 1, 1))
			.isEmpty();
	}

	@Test
	void theRefresherCreatedRightAfterACompletionIsNotClosedByThatCompletion() {
		LocalDate done = LocalDate.of(2026, 11, 10);
		assertThat(plan(LocalDate.of(2010, 3, 1), null, new Open(AssignmentReason.REFRESHER, at(done).plusMillis(300)),
				done, 1, 1))
			.isEmpty();
	}

	@Test
	void aLeaversOpenAssignmentClosesAsLeftAndNothingNewIsAssigned() {
		assertThat(plan(LocalDate.of(2010, 3, 1), TODAY.minusDays(1), new Open(AssignmentReason.ROLLOUT, at(GO_LIVE)),
				null, null, 1))
			.containsExactly(new Close("LEFT"));
		assertThat(plan(LocalDate.of(2010, 3, 1), TODAY.minusDays(1), null, null, null, 1)).isEmpty();
		assertThat(plan(LocalDate.of(2010, 3, 1), TODAY, null, null, null, 1)).as("still employed on the last day")
			.hasSize(1);
	}

}

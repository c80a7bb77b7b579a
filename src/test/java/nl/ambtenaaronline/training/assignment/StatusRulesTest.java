package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static AssignmentStatus open(LocalDate due, boolean started) {
		return StatusRules.status(true, due, false, null, null, null, started, TODAY, 14);
	}

	@Test
	void dueTodayIsDueSoonAndDueYesterdayIsOverdue() {
		assertThat(open(TODAY, false)).isEqualTo(AssignmentStatus.DUE_SOON);
		assertThat(open(TODAY.minusDays(1), false)).isEqualTo(AssignmentStatus.OVERDUE);
	}

	@Test
	void theDueSoonWindowStartsExactlyTheConfiguredDaysBefore() {
		assertThat(open(TODAY.plusDays(14), false)).isEqualTo(AssignmentStatus.DUE_SOON);
		assertThat(open(TODAY.plusDays(15), false)).isEqualTo(AssignmentStatus.NOT_STARTED);
		assertThat(open(TODAY.plusDays(15), true)).isEqualTo(AssignmentStatus.IN_PROGRESS);
	}

	@Test
	void exemptionAndDeferralWinOverLateness() {
		assertThat(StatusRules.status(true, TODAY.minusDays(10), true, null, null, null, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.EXEMPT);
		assertThat(StatusRules.status(true, TODAY.minusDays(10), false, TODAY, null, null, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.DEFERRED);
		assertThat(
				StatusRules.status(true, TODAY.minusDays(10), false, TODAY.minusDays(1), null, null, false, TODAY, 14))
			.as("a deferral that has ended")
			.isEqualTo(AssignmentStatus.OVERDUE);
	}

	@Test
	void aValidCompletionCountsUntilTheRefresherIsDueSoon() {
		LocalDate done = TODAY.minusMonths(6);
		LocalDate valid = done.plusMonths(24);
		assertThat(StatusRules.status(true, done.plusMonths(24), false, null, done, valid, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(StatusRules.status(true, TODAY.plusDays(10), false, null, done, valid, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.DUE_SOON);
	}

	@Test
	void aCompletionIsExpiredFromTheDayItsValidityEnds() {
		LocalDate done = TODAY.minusMonths(24);
		assertThat(StatusRules.status(true, TODAY, false, null, done, TODAY, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.EXPIRED);
		assertThat(StatusRules.status(true, TODAY, false, null, done, TODAY.plusDays(1), false, TODAY, 14))
			.isEqualTo(AssignmentStatus.DUE_SOON);
		assertThat(StatusRules.status(false, null, false, null, done, TODAY, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.EXPIRED);
	}

	@Test
	void withoutAssignmentOrCompletionNothingIsAssigned() {
		assertThat(StatusRules.status(false, null, false, null, null, null, false, TODAY, 14))
			.isEqualTo(AssignmentStatus.NOT_ASSIGNED);
	}

}

package nl.ambtenaaronline.training.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlannerTest {

	static final ReminderRules RULES = new ReminderRules(List.of(14, 3), 4, List.of(60, 14), DayOfWeek.MONDAY,
			LocalTime.of(8, 0), LocalTime.of(17, 0), 100, "telt als werktijd", "counts as working time");

	static final LocalDate ASSIGNED = LocalDate.of(2027, 3, 1);

	static final LocalDate DUE = ASSIGNED.plusDays(30);

	static List<String> on(LocalDate day) {
		return on(day, ASSIGNED, AssignmentStatus.NOT_STARTED);
	}

	static List<String> on(LocalDate day, LocalDate assigned, AssignmentStatus status) {
		return ReminderPlanner.forAssignment(assigned, DUE, status, day, RULES)
			.stream()
			.map(decision -> decision.kind() + ":" + decision.step())
			.toList();
	}

	@Test
	void theAssignedMailGoesOutInTheFirstWeekOnly() {
		assertThat(on(ASSIGNED)).containsExactly("ASSIGNED:assigned");
		assertThat(on(ASSIGNED.plusDays(6))).containsExactly("ASSIGNED:assigned");
		assertThat(on(ASSIGNED.plusDays(7))).isEmpty();
		assertThat(on(ASSIGNED.minusDays(1))).isEmpty();
	}

	@Test
	void beforeTheDueDateOnlyTheNearestStepReachedCounts() {
		assertThat(on(DUE.minusDays(15))).isEmpty();
		assertThat(on(DUE.minusDays(14))).containsExactly("DUE_BEFORE:" + DUE + ":d14");
		assertThat(on(DUE.minusDays(5))).containsExactly("DUE_BEFORE:" + DUE + ":d14");
		assertThat(on(DUE.minusDays(3))).containsExactly("DUE_BEFORE:" + DUE + ":d3");
		assertThat(on(DUE.minusDays(1))).containsExactly("DUE_BEFORE:" + DUE + ":d3");
	}

	@Test
	void aStepBeforeTheAssignmentIsSkippedBecauseTheAssignedMailNamedTheDate() {
		LocalDate late = DUE.minusDays(9);
		assertThat(on(late, late, AssignmentStatus.DUE_SOON)).containsExactly("ASSIGNED:assigned");
		assertThat(on(DUE.minusDays(3), late, AssignmentStatus.DUE_SOON)).containsExactly("ASSIGNED:assigned",
				"DUE_BEFORE:" + DUE + ":d3");
	}

	@Test
	void onTheDueDateAndThenWeeklyWhileOverdueUpToTheCap() {
		assertThat(on(DUE, ASSIGNED, AssignmentStatus.DUE_SOON)).containsExactly("DUE_TODAY:" + DUE);
		assertThat(on(DUE.plusDays(1), ASSIGNED, AssignmentStatus.OVERDUE)).isEmpty();
		assertThat(on(DUE.plusDays(7), ASSIGNED, AssignmentStatus.OVERDUE)).containsExactly("OVERDUE:" + DUE + ":w1");
		assertThat(on(DUE.plusDays(13), ASSIGNED, AssignmentStatus.OVERDUE)).containsExactly("OVERDUE:" + DUE + ":w1");
		assertThat(on(DUE.plusDays(28), ASSIGNED, AssignmentStatus.OVERDUE)).containsExactly("OVERDUE:" + DUE + ":w4");
		assertThat(on(DUE.plusDays(35), ASSIGNED, AssignmentStatus.OVERDUE)).isEmpty();
	}

	@Test
	void exemptDeferredAndCompletedPeopleGetNoReminders() {
		for (AssignmentStatus status : List.of(AssignmentStatus.EXEMPT, AssignmentStatus.DEFERRED,
				AssignmentStatus.COMPLETED, AssignmentStatus.NOT_ASSIGNED)) {
			assertThat(on(ASSIGNED, ASSIGNED, status)).as(status.name()).isEmpty();
			assertThat(on(DUE.plusDays(7), ASSIGNED, status)).as(status.name()).isEmpty();
		}
	}

	@Test
	void certificatesAreRemindedAtTheNearestStepBeforeTheyExpire() {
		LocalDate until = LocalDate.of(2028, 6, 1);
		assertThat(ReminderPlanner.forCertificate(until, until.minusDays(61), RULES)).isEmpty();
		assertThat(ReminderPlanner.forCertificate(until, until.minusDays(60), RULES)).get()
			.extracting(ReminderPlanner.Decision::step)
			.isEqualTo(until + ":e60");
		assertThat(ReminderPlanner.forCertificate(until, until.minusDays(2), RULES)).get()
			.extracting(ReminderPlanner.Decision::step)
			.isEqualTo(until + ":e14");
		assertThat(ReminderPlanner.forCertificate(until, until, RULES)).isEmpty();
	}

	@Test
	void mailGoesOutOnWorkingDaysWithinOfficeHoursInAmsterdam() {
		// Monday 1 March 2027 (winter time) and Monday 5 July 2027 (summer time)
		for (LocalDate monday : List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 7, 5))) {
			assertThat(open(monday.atTime(7, 59))).isFalse();
			assertThat(open(monday.atTime(8, 0))).isTrue();
			assertThat(open(monday.atTime(16, 59))).isTrue();
			assertThat(open(monday.atTime(17, 0))).isFalse();
			assertThat(open(monday.plusDays(4).atTime(12, 0))).as("Friday").isTrue();
			assertThat(open(monday.plusDays(5).atTime(12, 0))).as("Saturday").isFalse();
			assertThat(open(monday.plusDays(6).atTime(12, 0))).as("Sunday").isFalse();
		}
	}

	@Test
	void theDigestGoesOutFromItsWeekdayOnOncePerIsoWeek() {
		ReminderRules wednesday = new ReminderRules(List.of(14, 3), 4, List.of(60, 14), DayOfWeek.WEDNESDAY,
				LocalTime.of(8, 0), LocalTime.of(17, 0), 100, "", "");
		LocalDate monday = LocalDate.of(2027, 3, 1);
		assertThat(ReminderPlanner.digestDay(monday, wednesday)).isFalse();
		assertThat(ReminderPlanner.digestDay(monday.plusDays(2), wednesday)).isTrue();
		assertThat(ReminderPlanner.digestDay(monday.plusDays(3), wednesday)).isTrue();
		assertThat(ReminderPlanner.isoWeek(monday)).isEqualTo(ReminderPlanner.isoWeek(monday.plusDays(6)))
			.isEqualTo("2027-W09");
		assertThat(ReminderPlanner.isoWeek(monday.plusDays(7))).isEqualTo("2027-W10");
	}

	@Test
	void daySettingsAreReadLenientlyLargestFirst() {
		assertThat(ReminderRules.days("3, 14", List.of(1))).containsExactly(14, 3);
		assertThat(ReminderRules.days("14;3;3", List.of(1))).containsExactly(14, 3);
		assertThat(ReminderRules.days("veertien", List.of(14, 3))).containsExactly(14, 3);
		assertThat(ReminderRules.days("0", List.of(14, 3))).containsExactly(14, 3);
		assertThat(ReminderRules.time("8:00", LocalTime.of(8, 0))).isEqualTo(LocalTime.of(8, 0));
		assertThat(ReminderRules.time("09:30", LocalTime.of(8, 0))).isEqualTo(LocalTime.of(9, 30));
	}

	private static boolean open(LocalDateTime amsterdam) {
		return ReminderPlanner.officeHours(amsterdam.atZone(TimeConfiguration.ZONE).toInstant(), RULES);
	}

}

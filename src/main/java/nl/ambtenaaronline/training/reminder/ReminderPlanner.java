package nl.ambtenaaronline.training.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * Decides which reminders are due on a day: pure functions of dates, the status (as the
 * assignment feature derives it, with its precedence) and the settings. Each decision
 * carries the step that makes its idempotency key, so deciding again on the same or a
 * later day finds the key taken and sends nothing twice.
 */
final class ReminderPlanner {

	/** How long after the assignment the "assigned" mail may still go out. */
	static final int ASSIGNED_WINDOW_DAYS = 7;

	private ReminderPlanner() {
	}

	/** A reminder to write, with the step of its key. */
	record Decision(ReminderKind kind, String step) {
	}

	/**
	 * The reminders for one open assignment on a day. Exempt, deferred, completed and
	 * unassigned people get none. "Assigned" goes out within a week of the assignment; of
	 * the steps before the due date only the nearest one reached, and only when the
	 * assignment existed before that step (the "assigned" mail already named the date);
	 * on the due date one; then one each full week overdue, up to the maximum.
	 */
	static List<Decision> forAssignment(LocalDate assignedOn, LocalDate dueOn, AssignmentStatus status, LocalDate today,
			ReminderRules rules) {
		List<Decision> decisions = new ArrayList<>();
		if (status == AssignmentStatus.EXEMPT || status == AssignmentStatus.DEFERRED
				|| status == AssignmentStatus.COMPLETED || status == AssignmentStatus.NOT_ASSIGNED
				|| today.isBefore(assignedOn)) {
			return decisions;
		}
		if (today.isAfter(dueOn)) {
			long week = ChronoUnit.DAYS.between(dueOn, today) / 7;
			if (week >= 1 && week <= rules.overdueMax()) {
				decisions.add(new Decision(ReminderKind.OVERDUE, dueOn + ":w" + week));
			}
			return decisions;
		}
		if (today.equals(dueOn)) {
			decisions.add(new Decision(ReminderKind.DUE_TODAY, dueOn.toString()));
			return decisions;
		}
		if (ChronoUnit.DAYS.between(assignedOn, today) < ASSIGNED_WINDOW_DAYS) {
			decisions.add(new Decision(ReminderKind.ASSIGNED, "assigned"));
		}
		nearestStep(rules.dueDays(), dueOn, today).filter(days -> assignedOn.isBefore(dueOn.minusDays(days)))
			.ifPresent(days -> decisions.add(new Decision(ReminderKind.DUE_BEFORE, dueOn + ":d" + days)));
		return decisions;
	}

	/** The expiry reminder of a current certificate on a day, if one is due. */
	static Optional<Decision> forCertificate(LocalDate validUntil, LocalDate today, ReminderRules rules) {
		if (!today.isBefore(validUntil)) {
			return Optional.empty();
		}
		return nearestStep(rules.expiryDays(), validUntil, today)
			.map(days -> new Decision(ReminderKind.CERTIFICATE_EXPIRY, validUntil + ":e" + days));
	}

	/**
	 * Whether the weekly digest may go out on this day: from the digest weekday on; the
	 * key per ISO week makes it once a week.
	 */
	static boolean digestDay(LocalDate today, ReminderRules rules) {
		return today.getDayOfWeek().getValue() >= rules.digestDay().getValue();
	}

	/** The ISO week of a day, for the digest's key: "2026-W49". */
	static String isoWeek(LocalDate day) {
		return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format(java.util.Locale.ROOT, "%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * Whether mail may be handed over at this moment: Monday to Friday, within office
	 * hours in Europe/Amsterdam (start included, end excluded). Public holidays are not
	 * taken into account (see docs/reminders.md).
	 */
	static boolean officeHours(Instant now, ReminderRules rules) {
		ZonedDateTime local = now.atZone(TimeConfiguration.ZONE);
		DayOfWeek day = local.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return false;
		}
		LocalTime time = local.toLocalTime();
		return !time.isBefore(rules.officeStart()) && time.isBefore(rules.officeEnd());
	}

	/** Whether the day is a working day (Monday to Friday). */
	static boolean workingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The smallest step (days before the date) that has been reached today. */
	private static Optional<Integer> nearestStep(List<Integer> steps, LocalDate date, LocalDate today) {
		return steps.stream().filter(days -> !today.isBefore(date.minusDays(days))).min(Integer::compare);
	}

}

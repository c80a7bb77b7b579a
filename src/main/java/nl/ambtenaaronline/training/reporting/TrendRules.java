package nl.ambtenaaronline.training.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The pure rules of the completion trend, on the read model's facts per person (their
 * last completion and its validity, their open assignment's due date).
 */
final class TrendRules {

	/** Weeks shown before the current week. */
	static final int WEEKS_BEFORE = 11;

	/** How far ahead the trend reaches at most, toward the due date. */
	static final int MAX_WEEKS_AHEAD = 12;

	/**
	 * One person's facts for one course.
	 *
	 * @param open whether an assignment is open
	 * @param exempt whether that assignment is exempted
	 * @param dueOn its effective due date
	 * @param completedOn the last completion
	 * @param validUntil until when that completion is valid
	 * @param deferredUntil until when HR deferred the open assignment
	 * @param startDate the first day of employment
	 * @param endDate the last day of employment, if it ends
	 */
	record Fact(String departmentCode, boolean open, boolean exempt, @Nullable LocalDate dueOn,
			@Nullable LocalDate completedOn, @Nullable LocalDate validUntil, @Nullable LocalDate deferredUntil,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate) {

		/** Someone employed all along. */
		Fact(String departmentCode, boolean open, boolean exempt, @Nullable LocalDate dueOn,
				@Nullable LocalDate completedOn, @Nullable LocalDate validUntil, @Nullable LocalDate deferredUntil) {
			this(departmentCode, open, exempt, dueOn, completedOn, validUntil, deferredUntil, null, null);
		}

		/**
		 * Employed on that day: a week counts who worked there then, not who left before
		 * it or started after it (as a snapshot of that day).
		 */
		boolean employedOn(LocalDate day) {
			return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
		}

		/**
		 * Who counts: whoever must do the course (an open assignment, not exempted) or
		 * has done it; not the exempted, nor people the course is not assigned to.
		 */
		boolean counted() {
			return (open && !exempt) || completedOn != null;
		}

		/**
		 * Deferred on that day (the open assignment deferred until then or later): not
		 * counted on that day, as in a snapshot and the report's share.
		 */
		boolean deferredOn(LocalDate day) {
			return open && !exempt && deferredUntil != null && !deferredUntil.isBefore(day);
		}

		/** Completed, with a completion still valid at the end of that day. */
		boolean completedAt(LocalDate day) {
			return completedOn != null && !completedOn.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
		}

	}

	private TrendRules() {
	}

	/** The trend of the facts of one course, overall and for one department. */
	static CompletionTrend trend(String courseId, Collection<Fact> facts, LocalDate today,
			@Nullable String departmentCode, @Nullable String departmentName) {
		List<Fact> counted = facts.stream().filter(Fact::counted).toList();
		List<Fact> department = departmentCode == null ? List.of()
				: counted.stream().filter(fact -> fact.departmentCode().equals(departmentCode)).toList();
		LocalDate due = dueDate(counted, today);
		LocalDate thisMonday = monday(today);
		LocalDate last = thisMonday;
		if (due != null) {
			LocalDate dueMonday = monday(due);
			LocalDate limit = thisMonday.plusWeeks(MAX_WEEKS_AHEAD);
			last = dueMonday.isAfter(limit) ? limit : dueMonday;
		}
		List<CompletionTrend.Week> weeks = new ArrayList<>();
		for (LocalDate monday = thisMonday.minusWeeks(WEEKS_BEFORE); !monday.isAfter(last); monday = monday
			.plusWeeks(1)) {
			LocalDate sunday = monday.plusDays(6);
			LocalDate asOf = monday.isAfter(today) ? null : sunday.isAfter(today) ? today : sunday;
			weeks.add(new CompletionTrend.Week(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday, asOf,
					asOf == null ? null : share(counted, asOf),
					asOf == null || departmentCode == null ? null : share(department, asOf)));
		}
		return new CompletionTrend(courseId, departmentCode, departmentName, due, List.copyOf(weeks));
	}

	/** The share of these people completed at the end of a day. */
	static CompletionTrend.Share share(List<Fact> facts, LocalDate day) {
		Predicate<Fact> done = fact -> fact.completedAt(day);
		List<Fact> counting = facts.stream().filter(fact -> fact.employedOn(day) && !fact.deferredOn(day)).toList();
		return new CompletionTrend.Share(counting.stream().filter(done).count(), counting.size());
	}

	/**
	 * The due date most of these people have among the open, not exempted assignments due
	 * today or later; of equally common dates the earliest. {@code null} when none.
	 */
	static @Nullable LocalDate dueDate(List<Fact> facts, LocalDate today) {
		Map<LocalDate, Long> counts = new TreeMap<>();
		for (Fact fact : facts) {
			if (fact.open() && !fact.exempt() && fact.dueOn() != null && !fact.dueOn().isBefore(today)
					&& fact.employedOn(today)) {
				counts.merge(fact.dueOn(), 1L, Long::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(Comparator.comparingLong((Map.Entry<LocalDate, Long> entry) -> entry.getValue())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/** The Monday of a day's ISO week. */
	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}

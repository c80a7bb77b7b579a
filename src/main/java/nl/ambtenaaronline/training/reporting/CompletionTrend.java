package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The completion trend of a course: per week the share of the people who must do the
 * course who had completed it (with a valid completion) at the end of that week, overall
 * and for one department, toward the due date most of them have.
 *
 * @param departmentCode the department drawn beside the overall line, if one is chosen
 * @param departmentName its name
 * @param dueOn the due date most people of the selection have (open assignments due today
 * or later); {@code null} when nobody has one ahead
 * @param weeks from eleven weeks before this week up to the week of the due date (at most
 * twelve weeks ahead)
 */
public record CompletionTrend(String courseId, @Nullable String departmentCode, @Nullable String departmentName,
		@Nullable LocalDate dueOn, List<Week> weeks) {

	/**
	 * One week.
	 *
	 * @param monday the first day of the week (ISO weeks, Monday to Sunday)
	 * @param asOf the day the figures are of: the Sunday, or today in the current week;
	 * {@code null} for a week still ahead
	 * @param overall the share of everyone in the course; {@code null} for a week ahead
	 * @param department the share of the chosen department; {@code null} without one or
	 * for a week ahead
	 */
	public record Week(int isoWeek, LocalDate monday, @Nullable LocalDate asOf, @Nullable Share overall,
			@Nullable Share department) {

		/** Whether the week lies after today. */
		public boolean ahead() {
			return asOf == null;
		}

		/** Whether the due date falls in this week. */
		public boolean contains(@Nullable LocalDate day) {
			return day != null && !day.isBefore(monday) && day.isBefore(monday.plusDays(7));
		}

	}

	/** Completed of total. */
	public record Share(long completed, long total) {

		/** Whole percent, rounded half up; 0 of nobody. */
		public long percent() {
			return total == 0 ? 0 : Math.round(completed * 100.0 / total);
		}

	}

	/** Whether there is anyone to draw. */
	public boolean empty() {
		return weeks.stream().allMatch(week -> week.overall() == null || week.overall().total() == 0);
	}

}

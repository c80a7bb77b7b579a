package nl.ambtenaaronline.training.analytics;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What an analytics figure covers. The period is whole months: the smallest cell
 * analytics publishes is one department, new hires or not, in one month.
 *
 * @param departmentCode one department, or {@code null} for all
 * @param from first month, or {@code null} for from the start
 * @param to last month, or {@code null} for up to now
 */
public record AnalyticsFilter(String courseId, @Nullable String departmentCode, NewHires newHires,
		@Nullable YearMonth from, @Nullable YearMonth to) {

	public static AnalyticsFilter all(String courseId) {
		return new AnalyticsFilter(courseId, null, NewHires.ALL, null, null);
	}

	boolean covers(Cells.Key cell) {
		return (departmentCode == null || departmentCode.equals(cell.departmentCode()))
				&& newHires.matches(cell.newHire()) && (from == null || !cell.month().isBefore(from))
				&& (to == null || !cell.month().isAfter(to));
	}

}

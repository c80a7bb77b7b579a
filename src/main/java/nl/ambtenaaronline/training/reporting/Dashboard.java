package nl.ambtenaaronline.training.reporting;

import java.util.List;
import java.util.Map;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;

/**
 * The figures of one course: counts per status overall and per department, from database
 * aggregates.
 */
public record Dashboard(String courseId, Figures overall, List<DepartmentFigures> departments) {

	/** Counts per status; statuses without anyone are absent. */
	public record Figures(long total, Map<AssignmentStatus, Long> counts) {

		public long count(AssignmentStatus status) {
			return counts.getOrDefault(status, 0L);
		}

		/** The share of the total in whole percent, rounded half up. */
		public long percent(AssignmentStatus status) {
			return total == 0 ? 0 : Math.round(count(status) * 100.0 / total);
		}

	}

	public record DepartmentFigures(String code, String name, Figures figures) {
	}

}

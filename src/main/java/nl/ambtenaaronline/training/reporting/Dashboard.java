package nl.ambtenaaronline.training.reporting;

import java.util.Arrays;
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

		/**
		 * Who counts: everyone but the exempted, the deferred and who has nothing
		 * assigned.
		 */
		public long counted() {
			return total - Arrays.stream(AssignmentStatus.values())
				.filter(status -> !status.counted())
				.mapToLong(this::count)
				.sum();
		}

		/**
		 * The share of who counts in whole percent, rounded half up (the one definition
		 * of the reports, the trend and a snapshot); 0 for a status that does not count.
		 */
		public long percent(AssignmentStatus status) {
			return percentOfCounted(status.counted() ? count(status) : 0);
		}

		/** A number of people who count as a share of who counts, in whole percent. */
		public long percentOfCounted(long people) {
			return counted() == 0 ? 0 : Math.round(people * 100.0 / counted());
		}

	}

	public record DepartmentFigures(String code, String name, Figures figures) {
	}

}

package nl.ambtenaaronline.training.reporting;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;

/**
 * The figures of one course: counts per status overall and per department, from database
 * aggregates.
 */
public record Dashboard(String courseId, Figures overall, List<DepartmentFigures> departments) {

	/** Counts per status; statuses without anyone are absent. */
	public record Figures(long total, Map<AssignmentStatus, Long> counts) {

		/**
		 * The statuses of people who do not count in a share, as in a compliance
		 * snapshot: exempted, deferred, nothing assigned.
		 */
		public static final Set<AssignmentStatus> NOT_COUNTED = EnumSet.of(AssignmentStatus.EXEMPT,
				AssignmentStatus.DEFERRED, AssignmentStatus.NOT_ASSIGNED);

		public long count(AssignmentStatus status) {
			return counts.getOrDefault(status, 0L);
		}

		/**
		 * Who counts: everyone but the exempted, the deferred and who has nothing
		 * assigned.
		 */
		public long counted() {
			return total - NOT_COUNTED.stream().mapToLong(this::count).sum();
		}

		/**
		 * The share of who counts in whole percent, rounded half up (the one definition
		 * of the reports, the trend and a snapshot); 0 for a status that does not count.
		 */
		public long percent(AssignmentStatus status) {
			return percentOfCounted(NOT_COUNTED.contains(status) ? 0 : count(status));
		}

		/** A number of people who count as a share of who counts, in whole percent. */
		public long percentOfCounted(long people) {
			return counted() == 0 ? 0 : Math.round(people * 100.0 / counted());
		}

	}

	public record DepartmentFigures(String code, String name, Figures figures) {
	}

}

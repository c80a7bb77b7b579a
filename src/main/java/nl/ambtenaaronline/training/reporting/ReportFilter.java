package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.employee.WorkerType;
import org.jspecify.annotations.Nullable;

/**
 * What a report shows: one course, optionally narrowed down. Every part but the course is
 * optional.
 *
 * @param departmentCode only this department
 * @param statuses only people with one of these statuses today; empty for every status
 * @param workerType only this kind of worker
 * @param startFrom only people who started on or after this date
 * @param startTo only people who started on or before this date
 * @param newHiresOnly only people whose assignment is the new-hire one
 * @param attemptsUsedUp also (or, without statuses, only) people who still have to do the
 * course and used every test attempt without passing
 * @param notEmployedListed also people not employed today (who left, or who starts
 * later), in the list and the exports; never in the figures, which count who is employed
 * today, as a snapshot of today does
 */
public record ReportFilter(String courseId, @Nullable String departmentCode, Set<AssignmentStatus> statuses,
		@Nullable WorkerType workerType, @Nullable LocalDate startFrom, @Nullable LocalDate startTo,
		boolean newHiresOnly, boolean attemptsUsedUp, boolean notEmployedListed) {

	public ReportFilter {
		if (startFrom != null && startTo != null && startTo.isBefore(startFrom)) {
			throw new IllegalArgumentException("reporting.start-range");
		}
		if (departmentCode != null && departmentCode.isBlank()) {
			departmentCode = null;
		}
		statuses = statuses == null || statuses.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(statuses));
	}

	public ReportFilter(String courseId, @Nullable String departmentCode, Set<AssignmentStatus> statuses,
			@Nullable WorkerType workerType, @Nullable LocalDate startFrom, @Nullable LocalDate startTo,
			boolean newHiresOnly) {
		this(courseId, departmentCode, statuses, workerType, startFrom, startTo, newHiresOnly, false, false);
	}

	/** The statuses of people who must act: late, expired or at risk (due soon). */
	public static final Set<AssignmentStatus> ACTION_NEEDED = Collections
		.unmodifiableSet(EnumSet.of(AssignmentStatus.OVERDUE, AssignmentStatus.EXPIRED, AssignmentStatus.DUE_SOON));

	/** Everyone of a course. */
	public static ReportFilter of(String courseId) {
		return new ReportFilter(courseId, null, Set.of(), null, null, null, false);
	}

	public ReportFilter withDepartment(@Nullable String code) {
		return new ReportFilter(courseId, code, statuses, workerType, startFrom, startTo, newHiresOnly, attemptsUsedUp,
				notEmployedListed);
	}

	public ReportFilter withStatus(@Nullable AssignmentStatus value) {
		return withStatuses(value == null ? Set.of() : Set.of(value));
	}

	public ReportFilter withStatuses(Set<AssignmentStatus> values) {
		return new ReportFilter(courseId, departmentCode, values, workerType, startFrom, startTo, newHiresOnly,
				attemptsUsedUp, notEmployedListed);
	}

	/**
	 * The same filter with people who used every test attempt added (or, without
	 * statuses, only them).
	 */
	public ReportFilter withAttemptsUsedUp(boolean value) {
		return new ReportFilter(courseId, departmentCode, statuses, workerType, startFrom, startTo, newHiresOnly, value,
				notEmployedListed);
	}

	/** The same filter with (or without) people not employed today listed too. */
	public ReportFilter withNotEmployedListed(boolean value) {
		return new ReportFilter(courseId, departmentCode, statuses, workerType, startFrom, startTo, newHiresOnly,
				attemptsUsedUp, value);
	}

	/**
	 * Whether the filter narrows beyond the course and the department (status, kind of
	 * worker, start dates, new hires, used-up attempts): what the completion trend does
	 * not follow.
	 */
	public boolean narrowsBeyondDepartment() {
		return !statuses.isEmpty() || workerType != null || startFrom != null || startTo != null || newHiresOnly
				|| attemptsUsedUp;
	}

	/** The filter as audit details: codes and dates only, no personal data. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		parts.add("course=" + courseId);
		if (departmentCode != null) {
			parts.add("department=" + departmentCode);
		}
		if (!statuses.isEmpty()) {
			parts.add("status=" + statuses.stream().map(Enum::name).collect(Collectors.joining(",")));
		}
		if (workerType != null) {
			parts.add("workerType=" + workerType);
		}
		if (startFrom != null) {
			parts.add("startFrom=" + startFrom);
		}
		if (startTo != null) {
			parts.add("startTo=" + startTo);
		}
		if (newHiresOnly) {
			parts.add("newHiresOnly");
		}
		if (attemptsUsedUp) {
			parts.add("attemptsUsedUp");
		}
		if (notEmployedListed) {
			parts.add("notEmployedListed");
		}
		return String.join(" ", parts);
	}

}

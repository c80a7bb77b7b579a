package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.employee.WorkerType;
import org.jspecify.annotations.Nullable;

/**
 * What a report shows: one course, optionally narrowed down. Every part but the course is
 * optional.
 *
 * @param departmentCode only this department
 * @param status only people with this status today
 * @param workerType only this kind of worker
 * @param startFrom only people who started on or after this date
 * @param startTo only people who started on or before this date
 * @param newHiresOnly only people whose assignment is the new-hire one
 */
public record ReportFilter(String courseId, @Nullable String departmentCode, @Nullable AssignmentStatus status,
		@Nullable WorkerType workerType, @Nullable LocalDate startFrom, @Nullable LocalDate startTo,
		boolean newHiresOnly) {

	public ReportFilter {
		if (startFrom != null && startTo != null && startTo.isBefore(startFrom)) {
			throw new IllegalArgumentException("reporting.start-range");
		}
		if (departmentCode != null && departmentCode.isBlank()) {
			departmentCode = null;
		}
	}

	/** Everyone of a course. */
	public static ReportFilter of(String courseId) {
		return new ReportFilter(courseId, null, null, null, null, null, false);
	}

	public ReportFilter withDepartment(@Nullable String code) {
		return new ReportFilter(courseId, code, status, workerType, startFrom, startTo, newHiresOnly);
	}

	public ReportFilter withStatus(@Nullable AssignmentStatus value) {
		return new ReportFilter(courseId, departmentCode, value, workerType, startFrom, startTo, newHiresOnly);
	}

	/** The filter as audit details: codes and dates only, no personal data. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		parts.add("course=" + courseId);
		if (departmentCode != null) {
			parts.add("department=" + departmentCode);
		}
		if (status != null) {
			parts.add("status=" + status);
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
		return String.join(" ", parts);
	}

}

package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;

import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.employee.WorkerType;
import org.jspecify.annotations.Nullable;

/**
 * One person and one course in a report: status today, due date and until when the last
 * completion (the certificate) is valid. Never scores or answers.
 *
 * @param attemptsUsedUp whether the latest run used every test attempt without passing
 * (only HR can let the person go on)
 */
public record ReportRow(long employeeId, String courseId, String employeeNumber, String displayName,
		String departmentCode, String departmentName, WorkerType workerType, LocalDate startDate,
		@Nullable AssignmentReason reason, AssignmentStatus status, @Nullable LocalDate dueOn,
		@Nullable LocalDate validUntil, boolean attemptsUsedUp) {
}

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
 * @param leftOn the last day of employment when it lies before today, and
 * @param startsOn the first day when it lies after today: both only in a list that asks
 * for people not employed today
 * @param hasEmail whether the roster holds an e-mail address for the person (a reminder
 * by mail reaches them; without one it goes to the manager, if any)
 */
public record ReportRow(long employeeId, String courseId, String employeeNumber, String displayName,
		String departmentCode, String departmentName, WorkerType workerType, LocalDate startDate,
		@Nullable AssignmentReason reason, AssignmentStatus status, @Nullable LocalDate dueOn,
		@Nullable LocalDate validUntil, boolean attemptsUsedUp, @Nullable LocalDate leftOn,
		@Nullable LocalDate startsOn, boolean hasEmail, @Nullable LocalDate deferredUntil) {
}

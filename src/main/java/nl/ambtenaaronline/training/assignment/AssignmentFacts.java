package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The base facts behind the status of one person and one course: what the status model
 * ({@link AssignmentStatus}) is derived from, for reports that derive it themselves in a
 * database query. Without an assignment: not open, no dates.
 *
 * @param open whether an assignment is open
 * @param reason why the chosen assignment exists, if there is one
 * @param dueOn the effective due date (after extensions)
 * @param deferredUntil the deferral of the open assignment
 * @param exempt whether the open assignment is exempted
 * @param lastCompletedOn the last completion (online or classroom)
 * @param lastCompletedOnline whether that last completion was the online course (else a
 * classroom completion or one recorded from before the application, without a certificate
 * of the online course)
 * @param validUntil until when that completion is valid
 * @param startedSinceAssigned whether a run started on or after the assignment
 * @param status the status derived today, as every screen shows it
 */
public record AssignmentFacts(long employeeId, String courseId, boolean open, @Nullable AssignmentReason reason,
		@Nullable LocalDate dueOn, @Nullable LocalDate deferredUntil, boolean exempt,
		@Nullable LocalDate lastCompletedOn, @Nullable LocalDate validUntil, boolean startedSinceAssigned,
		AssignmentStatus status, boolean lastCompletedOnline) {
}

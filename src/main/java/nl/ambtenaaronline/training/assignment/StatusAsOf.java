package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The status of one person and one course as it stood on a past day, derived from the
 * stored history by the same rules as today's status.
 *
 * @param tracked whether the person had an assignment for the course recorded before the
 * end of that day: people without one were not in the training's scope yet
 * @param reason why the assignment open on that day existed; {@code null} when none was
 * open
 * @param dueOn its effective due date on that day (after extensions made by then)
 * @param lastCompletedOn the last completion on or before that day (online or classroom)
 * @param validUntil until when that completion was valid
 */
public record StatusAsOf(long employeeId, String courseId, LocalDate asOf, boolean tracked, AssignmentStatus status,
		@Nullable AssignmentReason reason, @Nullable LocalDate dueOn, @Nullable LocalDate lastCompletedOn,
		@Nullable LocalDate validUntil) {
}

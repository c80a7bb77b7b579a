package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An assignment as screens show it, with its derived status.
 *
 * @param dueOn the effective due date (after extensions)
 * @param deferredUntil the deferral, if any
 * @param exemptReason the exemption's reason, if exempt
 * @param validUntil until when the last completion is valid, if any
 * @param overrides HR's overrides, oldest first
 */
public record AssignmentView(long id, long employeeId, String courseId, AssignmentReason reason, LocalDate assignedOn,
		LocalDate dueOn, @Nullable LocalDate closedOn, @Nullable String closedReason, AssignmentStatus status,
		@Nullable LocalDate deferredUntil, @Nullable String exemptReason, @Nullable LocalDate lastCompletedOn,
		@Nullable LocalDate validUntil, List<Override> overrides) {

	public boolean open() {
		return closedOn == null;
	}

	/** One HR override, as stored. */
	public record Override(String kind, @Nullable LocalDate until, @Nullable String reason, String createdBy,
			java.time.Instant createdAt) {
	}

}

package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Derives the status from dates, following the precedence written on
 * {@link AssignmentStatus}. A pure function, so every screen, report and reminder gets
 * the same answer for the same facts.
 */
final class StatusRules {

	private StatusRules() {
	}

	/**
	 * @param open whether an assignment is open
	 * @param dueOn the effective due date of the open assignment
	 * @param exempt whether the open assignment is exempted
	 * @param deferredUntil the deferral of the open assignment
	 * @param lastCompletedOn the last completion (online or classroom)
	 * @param validUntil until when that completion is valid
	 * @param startedSinceAssigned whether a run started after the assignment
	 */
	static AssignmentStatus status(boolean open, @Nullable LocalDate dueOn, boolean exempt,
			@Nullable LocalDate deferredUntil, @Nullable LocalDate lastCompletedOn, @Nullable LocalDate validUntil,
			boolean startedSinceAssigned, LocalDate today, int dueSoonDays) {
		if (open && exempt) {
			return AssignmentStatus.EXEMPT;
		}
		if (open && deferredUntil != null && !deferredUntil.isBefore(today)) {
			return AssignmentStatus.DEFERRED;
		}
		boolean valid = lastCompletedOn != null && validUntil != null && validUntil.isAfter(today);
		boolean dueSoon = open && dueOn != null && !dueOn.minusDays(dueSoonDays).isAfter(today);
		if (valid && !dueSoon) {
			return AssignmentStatus.COMPLETED;
		}
		if (!open) {
			if (valid) {
				return AssignmentStatus.COMPLETED;
			}
			return lastCompletedOn != null ? AssignmentStatus.EXPIRED : AssignmentStatus.NOT_ASSIGNED;
		}
		if (lastCompletedOn != null && validUntil != null && !validUntil.isAfter(today)) {
			return AssignmentStatus.EXPIRED;
		}
		if (dueOn != null && dueOn.isBefore(today)) {
			return AssignmentStatus.OVERDUE;
		}
		if (dueSoon) {
			return AssignmentStatus.DUE_SOON;
		}
		return startedSinceAssigned ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.NOT_STARTED;
	}

}

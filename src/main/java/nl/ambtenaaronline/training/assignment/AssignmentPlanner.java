package nl.ambtenaaronline.training.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Decides, for one person and one course, what must change: a pure function of the roster
 * data, the last completion, the open assignment, the settings and today. Re-running it
 * changes nothing (idempotent), so the daily job can run it for everyone.
 */
final class AssignmentPlanner {

	/** What to do. */
	sealed interface Action {

	}

	record Close(String reason) implements Action {
	}

	record Create(AssignmentReason reason, LocalDate dueOn) implements Action {
	}

	/** The open assignment, as far as planning needs it. */
	record Open(AssignmentReason reason, Instant createdAt) {
	}

	private AssignmentPlanner() {
	}

	/** Without a delta record: a new major version means the whole course. */
	static List<Action> plan(LocalDate startDate, @Nullable LocalDate endDate, @Nullable Open open,
			@Nullable Instant lastCompletedAt, @Nullable LocalDate lastCompletedOn, @Nullable Integer lastMajor,
			int currentMajor, int validityMonths, AssignmentRules rules, LocalDate today) {
		return plan(startDate, endDate, open, lastCompletedAt, lastCompletedOn, lastMajor, currentMajor, null,
				validityMonths, rules, today);
	}

	/**
	 * @param lastCompletedAt when the last completion was recorded: a completion after
	 * the open assignment was created satisfies it
	 * @param lastCompletedOn the day of the last completion (Europe/Amsterdam)
	 * @param deltaFromMajor the major version the current version's delta record counts
	 * from, when it has one and the last completion may use it (an online completion)
	 */
	static List<Action> plan(LocalDate startDate, @Nullable LocalDate endDate, @Nullable Open open,
			@Nullable Instant lastCompletedAt, @Nullable LocalDate lastCompletedOn, @Nullable Integer lastMajor,
			int currentMajor, @Nullable Integer deltaFromMajor, int validityMonths, AssignmentRules rules,
			LocalDate today) {
		List<Action> actions = new ArrayList<>();
		if (endDate != null && endDate.isBefore(today)) {
			if (open != null) {
				actions.add(new Close("LEFT"));
			}
			return actions;
		}
		Open current = open;
		if (lastCompletedOn != null && lastCompletedAt != null) {
			if (current != null && lastCompletedAt.isAfter(current.createdAt())) {
				actions.add(new Close("COMPLETED"));
				current = null;
			}
			boolean recertify = lastMajor != null && lastMajor < currentMajor;
			if (recertify) {
				if (current != null && (current.reason() == AssignmentReason.RECERTIFICATION
						|| current.reason() == AssignmentReason.DELTA)) {
					return actions;
				}
				if (current != null) {
					actions.add(new Close("SUPERSEDED"));
				}
				// the same rule as CourseDelta.appliesTo, which the learning path uses
				boolean delta = deltaFromMajor != null && lastMajor == deltaFromMajor.intValue()
						&& lastCompletedOn.plusMonths(validityMonths).isAfter(today);
				actions.add(new Create(delta ? AssignmentReason.DELTA : AssignmentReason.RECERTIFICATION,
						today.plusDays(rules.recertifyDays())));
				return actions;
			}
			if (current == null) {
				LocalDate refresher = lastCompletedOn.plusMonths(rules.refresherMonths());
				LocalDate expires = lastCompletedOn.plusMonths(validityMonths);
				actions.add(new Create(AssignmentReason.REFRESHER, refresher.isBefore(expires) ? refresher : expires));
			}
			return actions;
		}
		if (current != null) {
			return actions;
		}
		if (startDate.isBefore(rules.goLive())) {
			actions.add(new Create(AssignmentReason.ROLLOUT, rules.goLive().plusDays(rules.rolloutDays())));
		}
		else {
			actions.add(new Create(AssignmentReason.NEW_HIRE, startDate.plusDays(rules.newHireDays())));
		}
		return actions;
	}

}

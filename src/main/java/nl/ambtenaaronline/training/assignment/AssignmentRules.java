package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;

/**
 * The run-time assignment settings, read once per decision.
 *
 * @param goLive the day the training went live; people employed before it get the rollout
 * due date
 */
record AssignmentRules(int newHireDays, LocalDate goLive, int rolloutDays, int refresherMonths, int recertifyDays,
		int dueSoonDays) {
}

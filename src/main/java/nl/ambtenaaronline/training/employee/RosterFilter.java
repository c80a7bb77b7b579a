package nl.ambtenaaronline.training.employee;

import org.jspecify.annotations.Nullable;

/**
 * A filter on the roster grid.
 *
 * @param text part of the employee number, first name, last name or e-mail; empty for all
 * @param departmentCode only this department; {@code null} for all
 * @param includeLeft whether people who have left are shown too
 * @param withoutEmailOnly only people without an e-mail address (reminders by mail do not
 * reach them)
 */
public record RosterFilter(String text, @Nullable String departmentCode, boolean includeLeft,
		boolean withoutEmailOnly) {

	public RosterFilter(String text, @Nullable String departmentCode, boolean includeLeft) {
		this(text, departmentCode, includeLeft, false);
	}

	public static RosterFilter all() {
		return new RosterFilter("", null, true);
	}

}

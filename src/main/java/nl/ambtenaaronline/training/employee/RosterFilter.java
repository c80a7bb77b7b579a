package nl.ambtenaaronline.training.employee;

import org.jspecify.annotations.Nullable;

/**
 * A filter on the roster grid.
 *
 * @param text part of the employee number, first name, last name or e-mail; empty for all
 * @param departmentCode only this department; {@code null} for all
 * @param includeLeft whether people who have left are shown too
 */
public record RosterFilter(String text, @Nullable String departmentCode, boolean includeLeft) {

	public static RosterFilter all() {
		return new RosterFilter("", null, true);
	}

}

package nl.ambtenaaronline.training.employee;

import java.util.List;

/**
 * What importing a roster file would do, computed without writing anything.
 *
 * @param mode full or department import
 * @param rows the number of people in the file
 * @param newPeople people not yet on the roster
 * @param changed people whose data changes
 * @param unchanged people whose data stays the same
 * @param leavers people who will be marked as left (end date = import date)
 * @param newDepartments departments that will be created
 * @param renamedDepartments departments whose name changes
 * @param departments the department codes the file touches (for a department import: the
 * only ones affected)
 * @param problems the first problems found (at most a few hundred)
 * @param problemCount all problems found; with any problem nothing can be imported
 * @param sample a few new, changed and leaving people
 * @param leaverPercent the leavers as a share of the people now on the roster in scope
 * @param maxLeaverPercent the share above which leavers need an explicit confirmation
 * @param leaverList every person who would be marked as left, by employee number
 * @param newDepartmentCodes the codes of the departments that would be created
 */
public record RosterPreview(ImportMode mode, int rows, int newPeople, int changed, int unchanged, int leavers,
		int newDepartments, int renamedDepartments, List<String> departments, List<RosterProblem> problems,
		int problemCount, List<RosterChange> sample, double leaverPercent, int maxLeaverPercent,
		List<RosterChange> leaverList, List<String> newDepartmentCodes) {

	public RosterPreview {
		leaverList = List.copyOf(leaverList);
		newDepartmentCodes = List.copyOf(newDepartmentCodes);
		departments = List.copyOf(departments);
		problems = List.copyOf(problems);
		sample = List.copyOf(sample);
	}

	/** Whether the file can be imported (possibly after confirming the leavers). */
	public boolean valid() {
		return problemCount == 0;
	}

	/** Whether confirming needs the extra, explicit confirmation of the leavers. */
	public boolean leaverConfirmationNeeded() {
		return leaverPercent > maxLeaverPercent;
	}

	/** Whether importing would change anything at all. */
	public boolean hasChanges() {
		return newPeople + changed + leavers + newDepartments + renamedDepartments > 0;
	}

	static RosterPreview rejected(ImportMode mode, int rows, List<RosterProblem> problems, int problemCount,
			int maxLeaverPercent) {
		return new RosterPreview(mode, rows, 0, 0, 0, 0, 0, 0, List.of(), problems, problemCount, List.of(), 0,
				maxLeaverPercent, List.of(), List.of());
	}

}

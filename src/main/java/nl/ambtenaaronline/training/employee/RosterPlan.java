package nl.ambtenaaronline.training.employee;

import java.util.List;
import java.util.Map;

/**
 * What an import will write, worked out from a file and the current roster.
 *
 * @param rows all rows of the file (for managers and sponsors)
 * @param newRows people to add
 * @param changedRows people to update, with their id
 * @param leaverIds people to mark as left
 * @param newDepartments departments to create: code to name
 * @param renamedDepartments departments to rename: id to new name
 * @param preview the counts, sample and problems
 */
record RosterPlan(List<RosterRow> rows, List<RosterRow> newRows, Map<Long, RosterRow> changedRows, List<Long> leaverIds,
		Map<String, String> newDepartments, Map<Long, String> renamedDepartments, RosterPreview preview) {
}

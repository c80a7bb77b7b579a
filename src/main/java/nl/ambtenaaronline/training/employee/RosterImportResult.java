package nl.ambtenaaronline.training.employee;

/**
 * What a confirmed roster import did.
 *
 * @param mode full or department import
 * @param newPeople people added
 * @param changed people whose data changed
 * @param unchanged people whose data stayed the same
 * @param leavers people marked as left
 * @param newDepartments departments created
 * @param renamedDepartments departments renamed
 */
public record RosterImportResult(ImportMode mode, int newPeople, int changed, int unchanged, int leavers,
		int newDepartments, int renamedDepartments) {
}

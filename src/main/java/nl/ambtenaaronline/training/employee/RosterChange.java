package nl.ambtenaaronline.training.employee;

import java.util.List;

/**
 * One person in the sample of a roster preview.
 *
 * @param kind new, changed or leaver
 * @param line the line in the file; 0 for a leaver (not in the file)
 * @param employeeNumber the person's employee number
 * @param name the person's name as it will be
 * @param departmentCode the department as it will be
 * @param changedColumns for a changed person: what changes
 */
public record RosterChange(Kind kind, long line, String employeeNumber, String name, String departmentCode,
		List<RosterColumn> changedColumns) {

	public RosterChange {
		changedColumns = List.copyOf(changedColumns);
	}

	public enum Kind {

		NEW, CHANGED, LEAVER

	}

}

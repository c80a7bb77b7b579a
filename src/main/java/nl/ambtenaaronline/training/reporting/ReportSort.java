package nl.ambtenaaronline.training.reporting;

import java.util.Map;

/**
 * A sort order of the grid and the exports, on one of the known columns.
 *
 * @param column one of {@link #COLUMNS}' keys
 */
public record ReportSort(String column, boolean ascending) {

	/** The sortable columns and the read-model column each sorts on. */
	static final Map<String, String> COLUMNS = Map.of("number", "employee_number", "name", "display_name", "department",
			"department_name", "type", "worker_type", "start", "start_date", "status", "status", "due", "due_on",
			"valid", "valid_until", "urgency", "urgency");

	/** Who must act first (late, then at risk), then by due date. */
	public static final String URGENCY = "urgency";

	public ReportSort {
		if (!COLUMNS.containsKey(column)) {
			throw new IllegalArgumentException("unknown sort column " + column);
		}
	}

	public static ReportSort byName() {
		return new ReportSort("name", true);
	}

	public static ReportSort byUrgency() {
		return new ReportSort(URGENCY, true);
	}

}

package nl.ambtenaaronline.training.snapshot;

/**
 * The number of people of one department in one category: a status (of the people who
 * counted) or {@code EXCLUDED_<scope>}.
 */
public record SnapshotTotal(String departmentCode, String departmentName, String category, int people) {

	public static final String EXCLUDED = "EXCLUDED_";

	public boolean excluded() {
		return category.startsWith(EXCLUDED);
	}

}

package nl.ambtenaaronline.training.governance;

import org.jspecify.annotations.Nullable;

/**
 * One column of the database with what kind of data it holds and why.
 *
 * @param category category key ({@code governance.category.<key>}), {@code null} when the
 * column is not in the inventory file
 * @param purpose purpose key ({@code governance.purpose.<key>}), {@code null} when
 * missing
 */
public record InventoryRow(String table, String column, String type, @Nullable String category,
		@Nullable String purpose) {

	public boolean purposeMissing() {
		return purpose == null;
	}

	public String qualifiedName() {
		return table + "." + column;
	}

}

package nl.ambtenaaronline.training.governance;

import java.time.Instant;
import java.util.List;

/**
 * The pack for the privacy officer and the works council, generated from the live
 * configuration.
 */
public record PrivacyPack(Instant generatedAt, ProcessingRegister register, List<RouteAccess> routes,
		List<CategoryAccess> categories, List<RetentionRow> retention, List<InventoryRow> inventory) {

	/** The roles of the category matrix, in column order. */
	public static final List<String> ROLES = List.of("EMPLOYEE", "MANAGER", "HR", "ADMIN", "AUDITOR");

	public PrivacyPack {
		routes = List.copyOf(routes);
		categories = List.copyOf(categories);
		retention = List.copyOf(retention);
		inventory = List.copyOf(inventory);
	}

	/** Columns of the database without a purpose, as {@code table.column}. */
	public List<String> missingPurposes() {
		return inventory.stream().filter(InventoryRow::purposeMissing).map(InventoryRow::qualifiedName).toList();
	}

}

package nl.ambtenaaronline.training.governance;

import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of the database has a category and a purpose in
 * {@code governance/data-inventory.properties}, and every line there names a column that
 * exists and texts that exist. A new column without a purpose fails here, listed by name.
 */
@IntegrationTest
class DataInventoryTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	@Test
	void everyColumnOfTheDatabaseHasAPurpose() {
		List<InventoryRow> rows = DataInventory.load().read(dataSource);
		assertThat(rows).hasSizeGreaterThan(100);
		List<String> missing = rows.stream()
			.filter(InventoryRow::purposeMissing)
			.map(InventoryRow::qualifiedName)
			.toList();
		assertThat(missing).as("columns without a line in %s", DataInventory.FILE).isEmpty();
	}

	@Test
	void everyLineOfTheInventoryNamesAColumnThatExists() {
		DataInventory inventory = DataInventory.load();
		List<InventoryRow> rows = inventory.read(dataSource);
		List<String> existing = rows.stream().map(InventoryRow::qualifiedName).toList();
		List<String> tables = rows.stream().map(row -> row.table() + ".*").distinct().toList();
		List<String> stale = inventory.declared()
			.stream()
			.filter(key -> !existing.contains(key) && !tables.contains(key))
			.collect(Collectors.toList());
		assertThat(stale).as("lines of %s for columns that do not exist", DataInventory.FILE).isEmpty();
	}

	@Test
	void everyCategoryAndPurposeHasATextInBothLanguages() {
		for (InventoryRow row : DataInventory.load().read(dataSource)) {
			for (Locale locale : List.of(Locale.of("nl"), Locale.ENGLISH)) {
				assertThat(messages.getMessage("governance.category." + row.category(), null, null, locale))
					.as("category of %s", row.qualifiedName())
					.isNotNull();
				assertThat(messages.getMessage("governance.purpose." + row.purpose(), null, null, locale))
					.as("purpose of %s", row.qualifiedName())
					.isNotNull();
			}
		}
	}

}

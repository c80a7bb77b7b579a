package nl.ambtenaaronline.training.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The data inventory: every column of every table of the application's schema, read from
 * the database's own metadata, joined with {@code governance/data-inventory.properties}
 * ({@code table.column=category,purpose}). A column missing from the file shows as
 * "purpose missing". Only a technical table may be covered as a whole
 * ({@code table.*=technical,operation}).
 */
final class DataInventory {

	static final String FILE = "governance/data-inventory.properties";

	static final String TECHNICAL = "technical";

	private final Map<String, String[]> entries;

	DataInventory(Map<String, String[]> entries) {
		this.entries = Map.copyOf(entries);
	}

	static DataInventory load() {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + FILE, ex);
		}
		Map<String, String[]> entries = new LinkedHashMap<>();
		properties.stringPropertyNames().forEach(key -> {
			String[] parts = properties.getProperty(key).split(",");
			if (parts.length != 2) {
				throw new IllegalStateException(FILE + ": " + key + " must be 'category,purpose'");
			}
			if (key.endsWith(".*") && !parts[0].strip().equals(TECHNICAL)) {
				throw new IllegalStateException(FILE + ": only a technical table may be listed as a whole: " + key);
			}
			entries.put(key.toLowerCase(Locale.ROOT), new String[] { parts[0].strip(), parts[1].strip() });
		});
		return new DataInventory(entries);
	}

	/** The keys of the file ({@code table.column} or {@code table.*}). */
	List<String> declared() {
		return List.copyOf(entries.keySet());
	}

	List<InventoryRow> read(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			DatabaseMetaData meta = connection.getMetaData();
			List<InventoryRow> rows = new ArrayList<>();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.add(rs.getString("TABLE_NAME"));
				}
			}
			for (String table : tables.stream().sorted().toList()) {
				try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
					while (rs.next()) {
						String tableName = table.toLowerCase(Locale.ROOT);
						String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
						String[] entry = entries.get(tableName + "." + column);
						if (entry == null) {
							entry = entries.get(tableName + ".*");
						}
						rows.add(new InventoryRow(tableName, column, rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT),
								entry == null ? null : entry[0], entry == null ? null : entry[1]));
					}
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the database metadata", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}

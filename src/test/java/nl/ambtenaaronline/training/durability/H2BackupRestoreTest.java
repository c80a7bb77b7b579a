package nl.ambtenaaronline.training.durability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 backup and restore of README.md, round trip: the demo city's database is
 * scripted ({@code SCRIPT TO}), restored into a fresh file database ({@code RUNSCRIPT
 * FROM}), backed up from there ({@code BACKUP TO}, a zip of the files) and that zip
 * opened as a third database; every table of all three holds the same rows.
 */
@IntegrationTest
class H2BackupRestoreTest {

	@Autowired
	DataSource dataSource;

	@Test
	void scriptRunscriptAndBackupRestoreEveryRowOfEveryTable(@TempDir Path dir) throws Exception {
		Path script = dir.resolve("ambtenaar.sql");
		Map<String, List<String>> live;
		try (Connection connection = dataSource.getConnection()) {
			Map<String, List<String>> before;
			int tries = 0;
			do {
				before = contents(connection);
				try (Statement statement = connection.createStatement()) {
					statement.execute("SCRIPT TO '" + script + "'");
				}
				live = contents(connection);
			}
			while (!live.equals(before) && ++tries < 5);
			// a table a background job (scheduler lock, event registry) wrote to while
			// scripting, on every try, cannot be compared with a later read
			for (String table : List.copyOf(live.keySet())) {
				if (!live.get(table).equals(before.get(table))) {
					assertThat(table).as("a table that changed while scripting").isIn("SHEDLOCK", "EVENT_PUBLICATION");
					live.remove(table);
				}
			}
		}
		assertThat(live).as("tables").containsKeys("EMPLOYEE", "ACCOUNT", "AUDIT_EVENT", "flyway_schema_history");
		assertThat(live.get("EMPLOYEE")).as("demo city").hasSizeGreaterThan(200);

		String restoredUrl = "jdbc:h2:file:" + dir.resolve("restored/ambtenaar");
		try (Connection restored = DriverManager.getConnection(restoredUrl, "sa", "");
				Statement statement = restored.createStatement()) {
			statement.execute("RUNSCRIPT FROM '" + script + "'");
			assertSameRows(contents(restored), live, "restored with RUNSCRIPT");
			statement.execute("BACKUP TO '" + dir.resolve("backup.zip") + "'");
		}

		unzip(dir.resolve("backup.zip"), dir.resolve("from-backup"));
		try (Connection fromBackup = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("from-backup/ambtenaar"),
				"sa", "")) {
			assertSameRows(contents(fromBackup), live, "opened from the BACKUP zip");
		}
	}

	private static void assertSameRows(Map<String, List<String>> actual, Map<String, List<String>> expected,
			String what) {
		assertThat(actual.keySet()).as("%s: tables", what).containsAll(expected.keySet());
		for (String table : expected.keySet()) {
			List<String> missing = new ArrayList<>(expected.get(table));
			missing.removeAll(actual.get(table));
			List<String> extra = new ArrayList<>(actual.get(table));
			extra.removeAll(expected.get(table));
			assertThat(missing).as("%s: rows of %s missing (extra: %s)", what, table, extra).isEmpty();
			assertThat(actual.get(table)).as("%s: rows of %s", what, table).hasSameSizeAs(expected.get(table));
		}
	}

	/** Every table of schema PUBLIC → its rows as text, sorted. */
	private static Map<String, List<String>> contents(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = connection.createStatement()
			.executeQuery("select table_name from information_schema.tables "
					+ "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		Map<String, List<String>> contents = new TreeMap<>();
		for (String table : tables) {
			List<String> lines = new ArrayList<>();
			try (ResultSet rows = connection.createStatement().executeQuery("select * from \"" + table + "\"")) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					StringBuilder line = new StringBuilder();
					for (int i = 1; i <= columns; i++) {
						line.append(rows.getString(i)).append('|');
					}
					lines.add(line.toString());
				}
			}
			Collections.sort(lines);
			contents.put(table, lines);
		}
		return contents;
	}

	private static void unzip(Path zip, Path target) throws IOException {
		Files.createDirectories(target);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				Path file = target.resolve(entry.getName()).normalize();
				assertThat(file.startsWith(target)).as("zip entry %s stays inside", entry.getName()).isTrue();
				copy(in, file);
			}
		}
	}

	private static void copy(InputStream in, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, in.readAllBytes());
	}

}

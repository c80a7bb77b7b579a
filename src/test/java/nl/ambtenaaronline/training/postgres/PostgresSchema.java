package nl.ambtenaaronline.training.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Recreates the test schema once per JVM, before the first PostgreSQL context starts. */
public final class PostgresSchema {

	/**
	 * The schema as a placeholder, so that several builds on one machine can each use
	 * their own ({@code -Dao.test.schema=...}); CI uses the default.
	 */
	public static final String SCHEMA = "${ao.test.schema:ao_test}";

	public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

	/** The schema name this JVM uses. */
	public static String schemaName() {
		return System.getProperty("ao.test.schema", "ao_test");
	}

	private static boolean created;

	private PostgresSchema() {
	}

	public static synchronized void recreate() throws SQLException {
		if (created) {
			return;
		}
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				""); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schemaName() + " cascade");
			statement.execute("create schema " + schemaName());
		}
		created = true;
	}

}

package nl.ambtenaaronline.training.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Recreates the test schema once per JVM, before the first PostgreSQL context starts. */
public final class PostgresSchema {

	public static final String SCHEMA = "ao_test";

	public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

	private static boolean created;

	private PostgresSchema() {
	}

	public static synchronized void recreate() throws SQLException {
		if (created) {
			return;
		}
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				""); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
			statement.execute("create schema " + SCHEMA);
		}
		created = true;
	}

}

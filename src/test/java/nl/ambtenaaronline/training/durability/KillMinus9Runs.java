package nl.ambtenaaronline.training.durability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import nl.ambtenaaronline.training.postgres.PostgresSchema;

/** The two databases the kill -9 runs use: H2 in file mode and PostgreSQL. */
final class KillMinus9Runs {

	private KillMinus9Runs() {
	}

	/**
	 * H2 as the application configures it by default ({@code ./data/ambtenaar} in the
	 * working directory, with the settings of application.properties).
	 */
	static KillMinus9Durability h2(Path work) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = KillMinus9Runs.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		String file = work.resolve("data/ambtenaar").toAbsolutePath().toString();
		return new KillMinus9Durability("H2", "jdbc:h2:file:" + file + url.substring(url.indexOf(';')), "sa", List.of(),
				work);
	}

	/** PostgreSQL on 127.0.0.1, in a schema of its own (the test schema + "_kill"). */
	static KillMinus9Durability postgres(Path work) throws SQLException {
		String schema = PostgresSchema.schemaName() + "_kill";
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				""); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
		}
		String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
		return new KillMinus9Durability("PostgreSQL", url, "postgres",
				List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=", "--spring.flyway.schemas=" + schema,
						"--spring.flyway.default-schema=" + schema),
				work);
	}

}

package nl.ambtenaaronline.training.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=ReportingPostgresBenchmarkTest}: a
 * database of its own per scale ({@code ao_reporting_bench}, or
 * {@code ao_reporting_bench_100000} with {@code -Dbench.people=100000}) on the local
 * PostgreSQL, created when missing; a second run reuses the generated data.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "spring.datasource.username=postgres", "spring.datasource.password=",
		"vaadin.launch-browser=false", "app.public-base-url=https://training.example.nl" })
class ReportingPostgresBenchmarkTest extends ReportingBenchmark {

	static final String DATABASE = PEOPLE == 20_000 ? "ao_reporting_bench" : "ao_reporting_bench_" + PEOPLE;

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
	}

	@BeforeAll
	static void database() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				""); Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!exists.next()) {
					statement.execute("create database " + DATABASE);
				}
			}
		}
	}

	@Test
	void reportsAtCityScaleOnPostgresql() throws Exception {
		assertThat(run("postgresql")).contains("dashboard");
	}

}

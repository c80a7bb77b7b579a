package nl.ambtenaaronline.training.learning;

import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Run with {@code ./mvnw test -Pbenchmark -Dsurefire.excludedGroups=none}. */
@Tag("benchmark")
@PostgresTest
class AnswerStorePostgresBenchmarkTest extends AnswerStoreBenchmark {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Test
	void storingOneAnswerOnPostgresql() throws Exception {
		SystemAuthentication.run(() -> {
			if (jdbc.queryForObject("select count(*) from department where code = 'VOR'", Integer.class) == 0) {
				employees.createDepartment("VOR", "Verkeer en Openbare Ruimte");
			}
		});
		assertThat(measure("postgresql")).contains("p95");
	}

}

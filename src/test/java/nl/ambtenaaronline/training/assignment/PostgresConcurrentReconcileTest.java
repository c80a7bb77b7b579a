package nl.ambtenaaronline.training.assignment;

import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Concurrent planner runs and events for the same people, on PostgreSQL. */
@PostgresTest
class PostgresConcurrentReconcileTest extends ConcurrentReconcileContract {

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@BeforeEach
	void createDepartment() {
		SystemAuthentication.run(() -> {
			if (employees.departments().stream().noneMatch(d -> d.code().equals("PGR"))) {
				employees.createDepartment("PGR", "Gelijktijdig");
			}
		});
	}

	@Override
	String department() {
		return "PGR";
	}

}

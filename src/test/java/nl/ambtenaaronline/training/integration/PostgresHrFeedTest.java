package nl.ambtenaaronline.training.integration;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

/**
 * The completion feed on PostgreSQL: the counter row's lock under concurrent appends, the
 * once-per-key insert, skipped events and retention ({@link HrFeedContract}).
 */
@PostgresTest
class PostgresHrFeedTest extends HrFeedContract {

	@Autowired
	EmployeeService employees;

	private Long employee;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Override
	long anyEmployee() {
		if (employee == null) {
			employee = SystemAuthentication.call(() -> {
				if (employees.departments().stream().noneMatch(department -> department.code().equals("PGF"))) {
					employees.createDepartment("PGF", "Feedafdeling");
				}
				return employees.create(new NewEmployee("PG-F-" + System.nanoTime(), "Sem", null, "Visser", null, "PGF",
						null, LocalDate.of(2022, 5, 1), null, WorkerType.EMPLOYEE, null));
			});
		}
		return employee;
	}

}

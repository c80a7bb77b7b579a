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
 * The xAPI outbox on PostgreSQL: once per statement id, the sender against a stub LRS,
 * retention ({@link XapiOutboxContract}).
 */
@PostgresTest
class PostgresXapiOutboxTest extends XapiOutboxContract {

	@Autowired
	EmployeeService employees;

	private Long employee;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Override
	long anEmployee() {
		if (employee == null) {
			employee = SystemAuthentication.call(() -> {
				if (employees.departments().stream().noneMatch(department -> department.code().equals("PGX"))) {
					employees.createDepartment("PGX", "xAPI-afdeling");
				}
				return employees.create(new NewEmployee("PG-X-" + System.nanoTime(), "Sem", null, "Visser", null, "PGX",
						null, LocalDate.of(2022, 5, 1), null, WorkerType.EMPLOYEE, null));
			});
		}
		return employee;
	}

}

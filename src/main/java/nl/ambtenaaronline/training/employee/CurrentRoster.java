package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster as it is in the database, read in one query for comparing with a file:
 * people by employee number (managers and sponsors as employee numbers) and departments
 * by code.
 */
record CurrentRoster(Map<String, Person> people, Map<String, Dept> departments) {

	record Person(long id, String number, String firstName, @Nullable String tussenvoegsel, String lastName,
			@Nullable String email, String departmentCode, @Nullable String managerNumber, LocalDate startDate,
			@Nullable LocalDate endDate, WorkerType workerType, @Nullable String sponsorNumber) {

		boolean activeOn(LocalDate today) {
			return endDate == null || endDate.isAfter(today);
		}

	}

	record Dept(long id, String code, String name) {
	}

	static CurrentRoster load(JdbcTemplate jdbc) {
		Map<String, Person> people = new HashMap<>();
		jdbc.query("""
				select e.id, e.employee_number, e.first_name, e.tussenvoegsel, e.last_name, e.email, d.code,
				       m.employee_number as manager_number, e.start_date, e.end_date, e.worker_type,
				       s.employee_number as sponsor_number
				from employee e
				join department d on d.id = e.department_id
				left join employee m on m.id = e.manager_id
				left join employee s on s.id = e.sponsor_id""", rs -> {
			Person person = new Person(rs.getLong("id"), rs.getString("employee_number"), rs.getString("first_name"),
					rs.getString("tussenvoegsel"), rs.getString("last_name"), rs.getString("email"),
					rs.getString("code"), rs.getString("manager_number"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), WorkerType.valueOf(rs.getString("worker_type")),
					rs.getString("sponsor_number"));
			people.put(person.number(), person);
		});
		Map<String, Dept> departments = new HashMap<>();
		jdbc.query("select id, code, name from department", rs -> {
			Dept dept = new Dept(rs.getLong("id"), rs.getString("code"), rs.getString("name"));
			departments.put(dept.code(), dept);
		});
		return new CurrentRoster(people, departments);
	}

}

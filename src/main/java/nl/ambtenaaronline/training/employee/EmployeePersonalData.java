package nl.ambtenaaronline.training.employee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The roster entry of an employee, for their own copy of their data. */
@Component
class EmployeePersonalData implements PersonalDataSource {

	@Override
	public Set<String> tables() {
		return Set.of("employee");
	}

	private final EmployeeRepository employees;

	EmployeePersonalData(EmployeeRepository employees) {
		this.employees = employees;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(new PersonalDataSection("profile", employees.findById(employeeId).map(employee -> {
			EmployeeSummary me = employee.summary();
			Map<String, String> row = new LinkedHashMap<>();
			row.put("employeeNumber", me.employeeNumber());
			row.put("firstName", me.firstName());
			row.put("tussenvoegsel", text(me.tussenvoegsel()));
			row.put("lastName", me.lastName());
			row.put("email", text(me.email()));
			row.put("department", me.departmentCode() + " " + me.departmentName());
			row.put("manager", me.managerId() == null ? ""
					: employees.findById(me.managerId()).map(m -> m.summary().displayName()).orElse(""));
			row.put("startDate", me.startDate().toString());
			row.put("endDate", me.endDate() == null ? "" : me.endDate().toString());
			row.put("workerType", me.workerType().name());
			row.put("sponsor", me.sponsorId() == null ? ""
					: employees.findById(me.sponsorId()).map(m -> m.summary().displayName()).orElse(""));
			return List.of(row);
		}).orElse(List.of())));
	}

	private static String text(@Nullable String value) {
		return Objects.requireNonNullElse(value, "");
	}

}

package nl.ambtenaaronline.training.employee.ui;

import java.util.List;
import java.util.Optional;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.shared.ReferenceNames;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * {@code employee:181} as the person's name and {@code department:COM} as the
 * department's, for those the roster service allows.
 */
@Component
class EmployeeNames implements ReferenceNames {

	private static final String DEPARTMENT = "department:";

	private final EmployeeService employees;

	EmployeeNames(EmployeeService employees) {
		this.employees = employees;
	}

	@Override
	public List<String> referencesNamed(String text, int limit) {
		try {
			return employees.findForAudit(text, limit).stream().map(person -> "employee:" + person.id()).toList();
		}
		catch (AccessDeniedException ex) {
			return List.of();
		}
	}

	@Override
	public Optional<String> nameOf(String reference) {
		if (reference.startsWith(DEPARTMENT)) {
			return department(reference.substring(DEPARTMENT.length()));
		}
		if (!reference.matches("employee:\\d{1,18}")) {
			return Optional.empty();
		}
		try {
			return employees.findById(Long.parseLong(reference.substring("employee:".length())))
				.map(EmployeeSummary::displayName);
		}
		catch (AccessDeniedException ex) {
			return Optional.empty();
		}
	}

	/** {@code department:COM} as the department's name, for those who see departments. */
	private Optional<String> department(String code) {
		try {
			return employees.departmentName(code);
		}
		catch (AccessDeniedException ex) {
			return Optional.empty();
		}
	}

}

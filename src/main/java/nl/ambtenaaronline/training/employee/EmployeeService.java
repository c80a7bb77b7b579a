package nl.ambtenaaronline.training.employee;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.Roles;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster: the people who must do the training, their departments and managers. */
@Service
public class EmployeeService {

	private final EmployeeRepository employees;

	private final DepartmentRepository departments;

	private final AuditService audit;

	EmployeeService(EmployeeRepository employees, DepartmentRepository departments, AuditService audit) {
		this.employees = employees;
		this.departments = departments;
		this.audit = audit;
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> findById(long id) {
		return employees.findById(id).map(Employee::summary);
	}

	/**
	 * The person behind a signed-in account. Used while signing in, before any role is
	 * known; returns the roster data of that one person only.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> forAccount(long employeeId) {
		return employees.findById(employeeId).map(Employee::summary);
	}

	/** Whether someone has people reporting to them: that makes them a MANAGER. */
	@PermitAll
	@Transactional(readOnly = true)
	public boolean hasReports(long employeeId) {
		return employees.existsByManagerId(employeeId);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> findByNumber(String employeeNumber) {
		return employees.findByEmployeeNumber(employeeNumber.strip()).map(Employee::summary);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<EmployeeSummary> search(String text, int offset, int limit) {
		return employees.search(like(text), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)))
			.stream()
			.map(Employee::summary)
			.toList();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public long countSearch(String text) {
		return employees.countSearch(like(text));
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long count() {
		return employees.count();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<DepartmentSummary> departments() {
		return employees.departmentHeadcounts()
			.stream()
			.map(row -> new DepartmentSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
					((Number) row[3]).longValue()))
			.toList();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public long createDepartment(String code, String name) {
		Department department = departments.save(new Department(code.strip(), name.strip()));
		audit.record("department.created", "department:" + department.id());
		return department.id();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public long create(NewEmployee data) {
		Department department = departments.findByCode(data.departmentCode())
			.orElseThrow(() -> new IllegalArgumentException("Unknown department " + data.departmentCode()));
		Employee employee = employees.save(new Employee(data, department));
		audit.record("employee.created", "employee:" + employee.id());
		return employee.id();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void setManager(long employeeId, long managerId) {
		Employee employee = employees.findById(employeeId).orElseThrow();
		EmployeeSummary current = employee.summary();
		Department department = departments.findByCode(current.departmentCode()).orElseThrow();
		employee.apply(new NewEmployee(current.employeeNumber(), current.firstName(), current.tussenvoegsel(),
				current.lastName(), current.email(), current.departmentCode(), managerId, current.startDate(),
				current.endDate(), current.workerType(), current.sponsorId()), department);
		audit.record("employee.manager-changed", "employee:" + employeeId);
	}

	private static String like(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
	}

}

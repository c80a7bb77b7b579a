package nl.ambtenaaronline.training.employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster: the people who must do the training, their departments and managers. */
@Service
public class EmployeeService {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final EmployeeRepository employees;

	private final DepartmentRepository departments;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmployeeService(EmployeeRepository employees, DepartmentRepository departments, AuditService audit,
			EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
		this.employees = employees;
		this.departments = departments;
		this.audit = audit;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> findById(long id) {
		return employees.findById(id).map(Employee::summary);
	}

	/**
	 * Only the department and start date of one person, for figures that count per
	 * department and new hire (the system, on a learning event).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public Optional<DepartmentAndStart> departmentAndStartOf(long employeeId) {
		return employees.findById(employeeId)
			.map(Employee::summary)
			.map(person -> new DepartmentAndStart(person.departmentCode(), person.startDate()));
	}

	/** Several people at once, e.g. those of a {@link RosterChanged} event. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<EmployeeSummary> findAllById(Collection<Long> ids) {
		return employees.findAllById(ids).stream().map(Employee::summary).toList();
	}

	/**
	 * The signed-in person's own roster data, for the person named by the principal
	 * ({@link SignedIn}); empty when no employee is signed in. Never anyone else's.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> signedIn() {
		OptionalLong employeeId = SignedIn.employeeId();
		return employeeId.isPresent() ? employees.findById(employeeId.getAsLong()).map(Employee::summary)
				: Optional.empty();
	}

	/**
	 * Whether the person of an account is on the roster today and has not left: what
	 * signing in (and ending a leaver's sessions) needs, before any role is known. No
	 * name, no data.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public RosterStanding standingOf(long employeeId) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		return employees.findById(employeeId)
			.map(Employee::summary)
			.map(person -> person.hasLeft(today) ? RosterStanding.LEFT : RosterStanding.IN_SERVICE)
			.orElse(RosterStanding.NOT_IN_ROSTER);
	}

	/** Whether someone has people reporting to them: that makes them a MANAGER. */
	@PermitAll
	@Transactional(readOnly = true)
	public boolean hasReports(long employeeId) {
		return employees.existsByManagerId(employeeId);
	}

	/**
	 * The person a sign-in through the identity provider names, by employee number or
	 * work e-mail. Used before any role is known, so it returns only what signing in
	 * needs; empty when nobody or more than one person matches.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<SignInMatch> findForSignIn(SignInKey key, String value) {
		String clean = value.strip();
		if (clean.isEmpty()) {
			return Optional.empty();
		}
		List<Employee> found = key == SignInKey.EMPLOYEE_NUMBER
				? employees.findByEmployeeNumber(clean).map(List::of).orElse(List.of())
				: employees.findFirst2ByEmailIgnoreCase(clean);
		if (found.size() != 1) {
			return Optional.empty();
		}
		EmployeeSummary person = found.getFirst().summary();
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		return Optional
			.of(new SignInMatch(person.id(), person.hasLeft(today), employees.existsByManagerId(person.id())));
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> findByNumber(String employeeNumber) {
		return employees.findByEmployeeNumber(employeeNumber.strip()).map(Employee::summary);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<EmployeeSummary> search(String text, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String where = nameMatches(text, false, parameters);
		TypedQuery<Employee> query = entityManager.createQuery("select e from Employee e join fetch e.department d"
				+ (where.isEmpty() ? "" : " where " + where) + " order by e.lastName, e.firstName, e.id",
				Employee.class);
		parameters.forEach(query::setParameter);
		int size = Math.max(limit, 1);
		return query.setFirstResult(offset / size * size)
			.setMaxResults(size)
			.getResultStream()
			.map(Employee::summary)
			.toList();
	}

	/**
	 * People whose name or number contains the text, at most {@code limit}: for finding a
	 * person's events in the audit log (the auditor sees names there already).
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<EmployeeSummary> findForAudit(String text, int limit) {
		if (text.isBlank()) {
			return List.of();
		}
		return search(text, 0, limit);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public long countSearch(String text) {
		Map<String, Object> parameters = new HashMap<>();
		String where = nameMatches(text, false, parameters);
		TypedQuery<Long> query = entityManager
			.createQuery("select count(e) from Employee e" + (where.isEmpty() ? "" : " where " + where), Long.class);
		parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/** One page of the roster, filtered and paged in the database. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<EmployeeSummary> find(RosterFilter filter, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Employee> query = entityManager.createQuery("select e from Employee e join fetch e.department d"
				+ where + " order by e.lastName, e.firstName, e.id", Employee.class);
		parameters.forEach(query::setParameter);
		return query.setFirstResult(Math.max(offset, 0))
			.setMaxResults(Math.max(limit, 1))
			.getResultStream()
			.map(Employee::summary)
			.toList();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public long count(RosterFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Long> query = entityManager
			.createQuery("select count(e) from Employee e join e.department d" + where, Long.class);
		parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/**
	 * Everyone on the roster (also people who left), in id order, one page after the
	 * given id: for snapshots and reports that go through everyone.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<EmployeeSummary> everyone(long afterId, int limit) {
		return entityManager
			.createQuery("select e from Employee e join fetch e.department where e.id > :after order by e.id",
					Employee.class)
			.setParameter("after", afterId)
			.setMaxResults(Math.max(limit, 1))
			.getResultStream()
			.map(Employee::summary)
			.toList();
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

	/**
	 * A department's name by its code: the audit log reads {@code department:COM} by
	 * name.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Optional<String> departmentName(String code) {
		return departments.findByCode(code).map(Department::name);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public long createDepartment(String code, String name) {
		Department department = departments.save(new Department(code.strip(), name.strip()));
		audit.record("department.created", "department:" + department.id());
		return department.id();
	}

	/**
	 * Adds one person.
	 * @throws InvalidEmployeeException with the field and a message key when the data
	 * does not fit
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public long create(NewEmployee data) {
		NewEmployee clean = clean(data);
		Department department = validate(clean, null);
		Employee employee = employees.save(new Employee(clean, department));
		audit.record("employee.created", "employee:" + employee.id());
		events.publishEvent(new RosterChanged(Set.of(employee.id())));
		return employee.id();
	}

	/**
	 * Changes one person; the employee number stays as it is. Audited with the names of
	 * the changed fields (never their values).
	 * @throws InvalidEmployeeException with the field and a message key when the data
	 * does not fit
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public void update(long id, NewEmployee data) {
		Employee employee = employees.findById(id)
			.orElseThrow(() -> new InvalidEmployeeException(null, "employee.error.not-found"));
		EmployeeSummary before = employee.summary();
		NewEmployee clean = clean(data);
		if (!clean.employeeNumber().equals(before.employeeNumber())) {
			throw new InvalidEmployeeException(RosterColumn.EMPLOYEE_NUMBER, "employee.error.number-fixed");
		}
		Department department = validate(clean, id);
		employee.apply(clean, department);
		String changed = changedFields(before, employee.summary());
		if (changed.isEmpty()) {
			return;
		}
		audit.record("employee.updated", "employee:" + id, AuditResult.SUCCESS, "fields=" + changed);
		events.publishEvent(new RosterChanged(Set.of(id)));
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
		events.publishEvent(new RosterChanged(Set.of(employeeId)));
	}

	private String where(RosterFilter filter, Map<String, Object> parameters) {
		List<String> conditions = new ArrayList<>();
		if (!filter.text().isBlank()) {
			conditions.add(nameMatches(filter.text(), true, parameters));
		}
		if (filter.departmentCode() != null) {
			conditions.add("d.code = :department");
			parameters.put("department", filter.departmentCode());
		}
		if (filter.withoutEmailOnly()) {
			conditions.add("(e.email is null or trim(e.email) = '')");
		}
		if (!filter.includeLeft()) {
			conditions.add("(e.endDate is null or e.endDate >= :today)");
			parameters.put("today", LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static NewEmployee clean(NewEmployee data) {
		return new NewEmployee(data.employeeNumber().strip(), data.firstName().strip(),
				blankToNull(data.tussenvoegsel()), data.lastName().strip(), blankToNull(data.email()),
				data.departmentCode().strip(), data.managerId(), data.startDate(), data.endDate(), data.workerType(),
				data.sponsorId());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Checks one person's data like the import does; returns their department. */
	private Department validate(NewEmployee data, @Nullable Long id) {
		required(RosterColumn.EMPLOYEE_NUMBER, data.employeeNumber());
		required(RosterColumn.FIRST_NAME, data.firstName());
		length(RosterColumn.TUSSENVOEGSEL, data.tussenvoegsel());
		required(RosterColumn.LAST_NAME, data.lastName());
		length(RosterColumn.EMAIL, data.email());
		if (data.email() != null && !EMAIL.matcher(data.email()).matches()) {
			throw new InvalidEmployeeException(RosterColumn.EMAIL, "roster.error.email", data.email());
		}
		employees.findByEmployeeNumber(data.employeeNumber())
			.filter(other -> id == null || other.id() != id)
			.ifPresent(other -> {
				throw new InvalidEmployeeException(RosterColumn.EMPLOYEE_NUMBER, "employee.error.number-taken");
			});
		Department department = departments.findByCode(data.departmentCode())
			.orElseThrow(() -> new InvalidEmployeeException(RosterColumn.DEPARTMENT_CODE,
					"employee.error.unknown-department", data.departmentCode()));
		LocalDate latestStart = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).plusYears(1);
		if (data.startDate().isAfter(latestStart)) {
			throw new InvalidEmployeeException(RosterColumn.START_DATE, "roster.error.start-too-late", data.startDate(),
					latestStart);
		}
		if (data.endDate() != null && data.endDate().isBefore(data.startDate())) {
			throw new InvalidEmployeeException(RosterColumn.END_DATE, "roster.error.end-before-start", data.endDate(),
					data.startDate());
		}
		if (data.workerType() != WorkerType.EMPLOYEE) {
			if (data.sponsorId() == null) {
				throw new InvalidEmployeeException(RosterColumn.SPONSOR, "roster.error.sponsor-required");
			}
			if (data.endDate() == null) {
				throw new InvalidEmployeeException(RosterColumn.END_DATE, "roster.error.end-date-required");
			}
		}
		if (data.sponsorId() != null) {
			if (data.sponsorId().equals(id)) {
				throw new InvalidEmployeeException(RosterColumn.SPONSOR, "roster.error.sponsor-self");
			}
			if (!employees.existsById(data.sponsorId())) {
				throw new InvalidEmployeeException(RosterColumn.SPONSOR, "employee.error.unknown-person");
			}
		}
		if (data.managerId() != null) {
			checkManager(data.managerId(), id);
		}
		return department;
	}

	private void checkManager(long managerId, @Nullable Long id) {
		Set<Long> seen = new HashSet<>();
		Long current = managerId;
		while (current != null) {
			if (current.equals(id) || !seen.add(current)) {
				throw new InvalidEmployeeException(RosterColumn.MANAGER, "employee.error.manager-cycle");
			}
			Optional<Employee> manager = employees.findById(current);
			if (manager.isEmpty()) {
				throw new InvalidEmployeeException(RosterColumn.MANAGER, "employee.error.unknown-person");
			}
			current = manager.get().managerId();
		}
	}

	private static void required(RosterColumn column, String value) {
		if (value.isEmpty()) {
			throw new InvalidEmployeeException(column, "roster.error.required");
		}
		length(column, value);
	}

	private static void length(RosterColumn column, @Nullable String value) {
		if (value != null && value.length() > column.maxLength()) {
			throw new InvalidEmployeeException(column, "roster.error.too-long", column.maxLength());
		}
	}

	private static String changedFields(EmployeeSummary before, EmployeeSummary after) {
		Map<RosterColumn, Boolean> changes = new java.util.EnumMap<>(RosterColumn.class);
		changes.put(RosterColumn.FIRST_NAME, !before.firstName().equals(after.firstName()));
		changes.put(RosterColumn.TUSSENVOEGSEL, !Objects.equals(before.tussenvoegsel(), after.tussenvoegsel()));
		changes.put(RosterColumn.LAST_NAME, !before.lastName().equals(after.lastName()));
		changes.put(RosterColumn.EMAIL, !Objects.equals(before.email(), after.email()));
		changes.put(RosterColumn.DEPARTMENT_CODE, !before.departmentCode().equals(after.departmentCode()));
		changes.put(RosterColumn.MANAGER, !Objects.equals(before.managerId(), after.managerId()));
		changes.put(RosterColumn.START_DATE, !before.startDate().equals(after.startDate()));
		changes.put(RosterColumn.END_DATE, !Objects.equals(before.endDate(), after.endDate()));
		changes.put(RosterColumn.WORKER_TYPE, before.workerType() != after.workerType());
		changes.put(RosterColumn.SPONSOR, !Objects.equals(before.sponsorId(), after.sponsorId()));
		return changes.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.collect(Collectors.joining(","));
	}

	/**
	 * Every word of the text occurs in the number, first name, tussenvoegsel, last name
	 * (or e-mail): "Eva de Groot", "de Groot" and "groot 100002" all find Eva de Groot.
	 * Empty for a blank text.
	 */
	private static String nameMatches(String text, boolean email, Map<String, Object> parameters) {
		List<String> words = Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String name = "word" + i;
			conditions.add("(lower(e.employeeNumber) like :" + name + " or lower(e.firstName) like :" + name
					+ " or lower(coalesce(e.tussenvoegsel, '')) like :" + name + " or lower(e.lastName) like :" + name
					+ (email ? " or lower(coalesce(e.email, '')) like :" + name : "") + ")");
			parameters.put(name, like(words.get(i)));
		}
		return conditions.isEmpty() ? "" : "(" + String.join(" and ", conditions) + ")";
	}

	private static String like(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
	}

}

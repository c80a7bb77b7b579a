package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person on the roster. This table is the one place for personal data: everything else
 * (history, attempts, certificates, audit) refers to the id, so that retention can erase
 * these fields later without breaking history.
 */
@Entity
@Table(name = "employee")
class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "employee_number", nullable = false, unique = true, length = 40)
	private String employeeNumber;

	@Column(name = "first_name", nullable = false, length = 100)
	private String firstName;

	@Column(length = 40)
	private @Nullable String tussenvoegsel;

	@Column(name = "last_name", nullable = false, length = 150)
	private String lastName;

	@Column(length = 254)
	private @Nullable String email;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@Column(name = "manager_id")
	private @Nullable Long managerId;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "worker_type", nullable = false, length = 20)
	private WorkerType workerType;

	@Column(name = "sponsor_id")
	private @Nullable Long sponsorId;

	@SuppressWarnings("NullAway")
	protected Employee() {
		this.employeeNumber = "";
		this.firstName = "";
		this.lastName = "";
		this.startDate = LocalDate.EPOCH;
		this.workerType = WorkerType.EMPLOYEE;
	}

	Employee(NewEmployee data, Department department) {
		this.employeeNumber = data.employeeNumber();
		this.department = department;
		apply(data, department);
		this.startDate = data.startDate();
		this.workerType = data.workerType();
		this.firstName = data.firstName();
		this.lastName = data.lastName();
	}

	void apply(NewEmployee data, Department department) {
		this.firstName = data.firstName();
		this.tussenvoegsel = data.tussenvoegsel();
		this.lastName = data.lastName();
		this.email = data.email();
		this.department = department;
		this.managerId = data.managerId();
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.workerType = data.workerType();
		this.sponsorId = data.sponsorId();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Employee not saved");
		}
		return id;
	}

	@Nullable Long managerId() {
		return managerId;
	}

	EmployeeSummary summary() {
		return new EmployeeSummary(id(), employeeNumber, firstName, tussenvoegsel, lastName, email, department.code(),
				department.name(), managerId, startDate, endDate, workerType, sponsorId);
	}

}

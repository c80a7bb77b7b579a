package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A person on the roster, as other features see them. */
public record EmployeeSummary(long id, String employeeNumber, String firstName, @Nullable String tussenvoegsel,
		String lastName, @Nullable String email, String departmentCode, String departmentName, @Nullable Long managerId,
		LocalDate startDate, @Nullable LocalDate endDate, WorkerType workerType, @Nullable Long sponsorId) {

	/** "Jan van der Berg". */
	public String displayName() {
		return tussenvoegsel == null || tussenvoegsel.isBlank() ? firstName + " " + lastName
				: firstName + " " + tussenvoegsel + " " + lastName;
	}

	/** Whether the person has left on the given date. */
	public boolean hasLeft(LocalDate today) {
		return endDate != null && endDate.isBefore(today);
	}

}

package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The data of one person on the roster, to add or to change. */
public record NewEmployee(String employeeNumber, String firstName, @Nullable String tussenvoegsel, String lastName,
		@Nullable String email, String departmentCode, @Nullable Long managerId, LocalDate startDate,
		@Nullable LocalDate endDate, WorkerType workerType, @Nullable Long sponsorId) {
}

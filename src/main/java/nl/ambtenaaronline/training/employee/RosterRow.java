package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One person as read from a roster file; values that could not be read are {@code null}
 * and {@link #valid()} is false (the problem is already reported).
 */
record RosterRow(long line, String employeeNumber, String firstName, @Nullable String tussenvoegsel, String lastName,
		@Nullable String email, String departmentCode, @Nullable String departmentName, @Nullable String managerNumber,
		@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable WorkerType workerType,
		@Nullable String sponsorNumber, boolean valid) {

	String displayName() {
		return tussenvoegsel == null ? firstName + " " + lastName : firstName + " " + tussenvoegsel + " " + lastName;
	}

}

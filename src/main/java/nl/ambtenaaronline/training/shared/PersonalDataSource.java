package nl.ambtenaaronline.training.shared;

import java.util.List;
import java.util.Set;

/**
 * One feature's part of what the system holds about an employee, for the employee's own
 * copy of their data (AVG art. 15). Every feature that keeps personal data provides one
 * bean; the privacy feature collects them all.
 */
public interface PersonalDataSource {

	/**
	 * Everything this feature holds about the employee; sections with no rows are fine.
	 */
	List<PersonalDataSection> exportFor(long employeeId);

	/**
	 * The tables holding a person's id whose rows about the employee this source exports
	 * ({@code PersonalDataCoverageTest} walks the schema against these).
	 */
	default Set<String> tables() {
		return Set.of();
	}

}

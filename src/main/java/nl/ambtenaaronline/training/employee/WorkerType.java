package nl.ambtenaaronline.training.employee;

/**
 * How a person works for the city; contractors and interns have a sponsor and an end
 * date.
 */
public enum WorkerType {

	EMPLOYEE, CONTRACTOR, INTERN

}

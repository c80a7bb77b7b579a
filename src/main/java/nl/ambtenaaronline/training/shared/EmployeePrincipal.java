package nl.ambtenaaronline.training.shared;

/**
 * A signed-in principal that belongs to an employee of the roster: it carries the
 * employee's id, so that nobody has to query the account or the roster to learn who is
 * signed in. Security's principals (password and identity-provider sign-ins) implement
 * it; {@link SignedIn} reads it.
 */
public interface EmployeePrincipal {

	long employeeId();

}

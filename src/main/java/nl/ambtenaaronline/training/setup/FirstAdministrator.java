package nl.ambtenaaronline.training.setup;

/**
 * Who becomes the first administrator: a person of the roster (by employee number) or, on
 * an empty roster, a new entry with these details, and the user name of the account. Use
 * the employee number the HR system knows, so that the roster import later updates this
 * entry instead of adding a second one.
 *
 * @param employeeNumber the employee number
 * @param firstName first name (for a new roster entry)
 * @param lastName last name (for a new roster entry)
 * @param departmentCode department code (for a new roster entry; created when missing)
 * @param username the user name to sign in with
 */
public record FirstAdministrator(String employeeNumber, String firstName, String lastName, String departmentCode,
		String username) {
}

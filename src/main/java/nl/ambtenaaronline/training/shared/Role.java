package nl.ambtenaaronline.training.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles as a type, for code that stores or lists them.
 */
public enum Role {

	EMPLOYEE, MANAGER, HR, ADMIN, AUDITOR;

	/**
	 * Roles an administrator grants; the others follow from the account and the roster.
	 */
	public static final Set<Role> GRANTABLE = EnumSet.of(HR, ADMIN, AUDITOR);

	public String authority() {
		return "ROLE_" + name();
	}

}

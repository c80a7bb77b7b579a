package nl.ambtenaaronline.training.security;

import java.util.Locale;
import java.util.Set;

import nl.ambtenaaronline.training.shared.Role;

/** The signed-in person, as views and other features see them. */
public record CurrentUser(long accountId, long employeeId, String username, String displayName, Set<Role> roles,
		Locale locale, boolean passwordChangeRequired) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}

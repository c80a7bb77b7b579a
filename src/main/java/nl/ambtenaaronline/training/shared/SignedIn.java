package nl.ambtenaaronline.training.shared;

import java.util.OptionalLong;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is signed in, read from the principal of the current authentication (through
 * {@link SecurityContexts}): the employee id it carries and the roles it holds. Never a
 * database query.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** The signed-in employee's id, empty for the system, anonymous or no sign-in. */
	public static OptionalLong employeeId() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof EmployeePrincipal principal) {
			return OptionalLong.of(principal.employeeId());
		}
		return OptionalLong.empty();
	}

	/**
	 * Whether the employee is the one signed in: HR and administrators do not extend,
	 * defer, exempt or grant an extra attempt for their own duty; a colleague does.
	 */
	public static boolean isMe(long employeeId) {
		OptionalLong me = employeeId();
		return me.isPresent() && me.getAsLong() == employeeId;
	}

	/**
	 * The signed-in employee's id.
	 * @throws AccessDeniedException when no employee is signed in
	 */
	public static long requireEmployeeId() {
		return employeeId().orElseThrow(() -> new AccessDeniedException("no employee signed in"));
	}

	/** Whether the current authentication holds any of the roles. */
	public static boolean hasAnyRole(Role... roles) {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			for (Role role : roles) {
				if (role.authority().equals(granted.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}

}

package nl.ambtenaaronline.training.security;

import java.util.Collection;

import nl.ambtenaaronline.training.audit.AuditActor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal. It appears in the audit trail by its account id, never by a
 * name.
 */
final class AppUser extends User implements AuditActor {

	private final long accountId;

	private final long employeeId;

	AppUser(long accountId, long employeeId, String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.accountId = accountId;
		this.employeeId = employeeId;
	}

	long accountId() {
		return accountId;
	}

	long employeeId() {
		return employeeId;
	}

	@Override
	public String auditId() {
		return "account:" + accountId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AppUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

}

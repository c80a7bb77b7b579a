package nl.ambtenaaronline.training.security.account;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import nl.ambtenaaronline.training.shared.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a password sign-in. It appears in the audit trail by its account id,
 * never by a name. Privileged roles that wait for the second factor are held back in
 * {@link #awaitingSecondFactor()} and are not among the authorities until then.
 */
public final class AppUser extends User implements AccountPrincipal {

	private final long accountId;

	private final long employeeId;

	private final Set<Role> awaitingSecondFactor;

	private final Instant signedInAt;

	public AppUser(long accountId, long employeeId, String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, Instant signedInAt) {
		this(accountId, employeeId, username, passwordHash, enabled, authorities, Set.of(), signedInAt);
	}

	private AppUser(long accountId, long employeeId, String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, Set<Role> awaitingSecondFactor, Instant signedInAt) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.accountId = accountId;
		this.employeeId = employeeId;
		this.signedInAt = signedInAt;
		this.awaitingSecondFactor = awaitingSecondFactor.isEmpty() ? Set.of() : EnumSet.copyOf(awaitingSecondFactor);
	}

	/** The same user with the given roles held back until the second factor. */
	public AppUser awaiting(Set<Role> roles, Collection<? extends GrantedAuthority> authorities) {
		return new AppUser(accountId, employeeId, getUsername(), "", true, authorities, roles, signedInAt);
	}

	/** The same user after the second factor: nothing held back any more. */
	public AppUser verified(Collection<? extends GrantedAuthority> authorities) {
		return new AppUser(accountId, employeeId, getUsername(), "", true, authorities, Set.of(), signedInAt);
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public long employeeId() {
		return employeeId;
	}

	@Override
	public Instant signedInAt() {
		return signedInAt;
	}

	public Set<Role> awaitingSecondFactor() {
		return awaitingSecondFactor;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AppUser user && user.accountId == accountId
				&& user.awaitingSecondFactor.equals(awaitingSecondFactor);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

}

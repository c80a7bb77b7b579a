package nl.ambtenaaronline.training.security;

import java.time.Instant;
import java.util.Map;

import nl.ambtenaaronline.training.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account for the administrator's list.
 *
 * @param grants granted roles with when and by whom (they apply to a password sign-in)
 * @param localPassword whether the account has a local password
 * @param externalRoles the roles the last sign-in through the identity provider gave, if
 * any
 * @param externalSignInAt when that was
 */
public record AccountSummary(long id, String username, long employeeId, String employeeNumber, String displayName,
		boolean enabled, boolean passwordChangeRequired, Map<Role, Grant> grants, boolean localPassword,
		@Nullable String externalRoles, @Nullable Instant externalSignInAt) {

	/** A granted role: when, by whom (audit id). */
	public record Grant(Instant grantedAt, String grantedBy) {
	}

}

package nl.ambtenaaronline.training.governance;

import java.time.Instant;

import nl.ambtenaaronline.training.security.GrantSource;
import nl.ambtenaaronline.training.shared.Role;

/**
 * One privileged role (HR, ADMIN, AUDITOR) held by one account, for the access review.
 *
 * @param since when the role was granted, or first given by the groups at a sign-in
 * @param grantedBy who granted it (an account's user name, or its audit id if unknown),
 * or which groups gave it
 * @param source whether an administrator granted it or the identity provider's groups
 * give it
 * @param enabled whether the account may sign in at all
 */
public record RoleHolding(long accountId, String username, String employeeNumber, String displayName, Role role,
		Instant since, String grantedBy, GrantSource source, boolean enabled) {
}

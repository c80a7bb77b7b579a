package nl.ambtenaaronline.training.security;

import nl.ambtenaaronline.training.audit.AuditActor;

/**
 * A signed-in principal that belongs to an account: {@link AppUser} after a password
 * sign-in, {@link OidcAccountUser} after a sign-in through the identity provider.
 */
interface AccountPrincipal extends AuditActor {

	long accountId();

	long employeeId();

	@Override
	default String auditId() {
		return "account:" + accountId();
	}

}

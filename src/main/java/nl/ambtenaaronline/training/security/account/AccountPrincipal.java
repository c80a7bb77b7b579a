package nl.ambtenaaronline.training.security.account;

import java.time.Instant;

import nl.ambtenaaronline.training.audit.AuditActor;
import nl.ambtenaaronline.training.security.oidc.OidcAccountUser;
import nl.ambtenaaronline.training.shared.EmployeePrincipal;
import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.security.core.Authentication;

/**
 * A signed-in principal that belongs to an account: {@link AppUser} after a password
 * sign-in, {@link OidcAccountUser} after a sign-in through the identity provider.
 */
public interface AccountPrincipal extends AuditActor, EmployeePrincipal {

	public long accountId();

	public long employeeId();

	/**
	 * When this sign-in happened: a session signed in before its account's sessions were
	 * revoked ends ({@link SessionRevocations}).
	 */
	public Instant signedInAt();

	@Override
	public default String auditId() {
		return "account:" + accountId();
	}

	/**
	 * Who acts now, as the audit log and grant records name them: the signed-in account,
	 * another principal's name, or "system" for work without a sign-in.
	 */
	public static String currentAuditId() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null) {
			return "system";
		}
		return authentication.getPrincipal() instanceof AccountPrincipal user ? user.auditId()
				: authentication.getName();
	}

}

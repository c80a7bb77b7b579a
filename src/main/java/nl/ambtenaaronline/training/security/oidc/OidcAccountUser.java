package nl.ambtenaaronline.training.security.oidc;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;

import nl.ambtenaaronline.training.security.account.AccountPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The principal of a sign-in through the identity provider: the provider's user, linked
 * to the account of the person on the roster. Its authorities are the roles of this
 * sign-in (EMPLOYEE, MANAGER from the roster, HR/ADMIN/AUDITOR from group claims).
 */
public final class OidcAccountUser extends DefaultOidcUser implements AccountPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final long employeeId;

	private final Instant signedInAt;

	public OidcAccountUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			@Nullable OidcUserInfo userInfo, long accountId, long employeeId, Instant signedInAt) {
		super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
		this.accountId = accountId;
		this.employeeId = employeeId;
		this.signedInAt = signedInAt;
	}

	@Override
	public Instant signedInAt() {
		return signedInAt;
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
	public boolean equals(Object other) {
		return other instanceof OidcAccountUser user && user.accountId == accountId && super.equals(other);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

}

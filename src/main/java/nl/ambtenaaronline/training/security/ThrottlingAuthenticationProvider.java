package nl.ambtenaaronline.training.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password login with throttling. Unknown user, wrong password, disabled or locked
 * account all end in the same {@link BadCredentialsException}, after the same password
 * hashing work, so the answer reveals nothing. When the identity provider is the way in
 * and break-glass accounts are configured, only those may use the password (each use is
 * audited as break-glass); privileged roles wait for the second factor.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	static final String GENERIC_FAILURE = "Bad credentials";

	/**
	 * The audit action of a break-glass sign-in; administrators see these on the accounts
	 * page.
	 */
	static final String BREAK_GLASS = "login.break-glass";

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AuditService audit;

	private final PasswordEncoder passwordEncoder;

	private final String dummyHash;

	private final OidcProperties oidc;

	private final SecondFactors secondFactors;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditService audit,
			PasswordEncoder passwordEncoder, OidcProperties oidc, SecondFactors secondFactors) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.oidc = oidc;
		this.secondFactors = secondFactors;
		this.dummyHash = passwordEncoder.encode("not-a-password-" + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName() == null ? "" : authentication.getName();
		String address = clientAddress();
		if (throttle.isLocked(LoginThrottle.Kind.ACCOUNT, username)
				|| throttle.isLocked(LoginThrottle.Kind.ADDRESS, address)) {
			passwordEncoder.matches(String.valueOf(authentication.getCredentials()), dummyHash);
			audit.record("login", "-", AuditResult.DENIED, "locked");
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		Authentication result;
		try {
			result = delegate.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			throttle.recordFailure(LoginThrottle.Kind.ACCOUNT, username);
			throttle.recordFailure(LoginThrottle.Kind.ADDRESS, address);
			audit.record("login", "-", AuditResult.FAILED, "bad-credentials");
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		if (result == null || !(result.getPrincipal() instanceof AppUser user)) {
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		if (oidc.localLoginRestricted() && !oidc.isBreakGlass(username)) {
			// the password was right, but this account signs in through the identity
			// provider
			audit.record("login", user.auditId(), AuditResult.DENIED, "local-login-restricted");
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		throttle.reset(LoginThrottle.Kind.ACCOUNT, username);
		if (oidc.localLoginRestricted()) {
			audit.record(BREAK_GLASS, user.auditId(), AuditResult.SUCCESS, "local-password");
		}
		Authentication signedIn = secondFactors.afterPassword(result);
		audit.record("login", user.auditId(), AuditResult.SUCCESS, signedIn == result ? "" : "second-factor-required");
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}

}

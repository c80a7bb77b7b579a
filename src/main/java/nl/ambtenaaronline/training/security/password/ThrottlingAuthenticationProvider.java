package nl.ambtenaaronline.training.security.password;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.AppUser;
import nl.ambtenaaronline.training.security.oidc.OidcProperties;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactors;
import nl.ambtenaaronline.training.shared.Role;

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
 * Password login with throttling. Every attempt is counted per account name and per
 * client address before the password is checked ({@link LoginThrottle#acquire}), so
 * parallel requests get no more guesses than the limit; a correct password takes its
 * count back. Unknown user, wrong password, disabled or left employee and locked account
 * all end in the same {@link BadCredentialsException}, after the same password hashing
 * work, so the answer reveals nothing; the audit trail names the account a failure was
 * for. A lock of a break-glass account or of one holding HR, ADMIN or AUDITOR raises
 * {@link #LOCK_ALERT} for administrators. When the identity provider is the way in and
 * break-glass accounts are configured, only those may use the password (each use is
 * audited as break-glass); privileged roles wait for the second factor.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	public static final String GENERIC_FAILURE = "Bad credentials";

	/**
	 * The audit action of a break-glass sign-in; administrators see these on the accounts
	 * page.
	 */
	public static final String BREAK_GLASS = "login.break-glass";

	/** The audit action of a lock of a break-glass or privileged account. */
	public static final String LOCK_ALERT = AccountService.SECURITY_ALERT_PREFIX + "account-locked";

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AuditService audit;

	private final PasswordEncoder passwordEncoder;

	private final String dummyHash;

	private final OidcProperties oidc;

	private final SecondFactors secondFactors;

	private final AccountRepository accounts;

	public ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
			AuditService audit, PasswordEncoder passwordEncoder, OidcProperties oidc, SecondFactors secondFactors,
			AccountRepository accounts) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.oidc = oidc;
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.dummyHash = passwordEncoder.encode("not-a-password-" + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName() == null ? "" : authentication.getName();
		String address = clientAddress();
		LoginThrottle.Attempt byAccount = throttle.acquire(LoginThrottle.Kind.ACCOUNT, username);
		LoginThrottle.Attempt byAddress = byAccount.allowed() ? throttle.acquire(LoginThrottle.Kind.ADDRESS, address)
				: new LoginThrottle.Attempt(false, false);
		if (!byAccount.allowed() || !byAddress.allowed()) {
			if (byAccount.allowed()) {
				// only the address was locked: this attempt is no guess at the account
				throttle.release(LoginThrottle.Kind.ACCOUNT, username);
			}
			passwordEncoder.matches(String.valueOf(authentication.getCredentials()), dummyHash);
			audit.record("login", target(username), AuditResult.DENIED, "locked");
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		Authentication result;
		try {
			result = delegate.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			// disabled, left or expired: Spring Security 7 checks the password before the
			// account's state, so every failure has cost one hash (LoginThrottleTest)
			String target = target(username);
			audit.record("login", target, AuditResult.FAILED, "bad-credentials");
			if (byAccount.lockedNow()) {
				alertOnPrivilegedLock(username);
			}
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		if (result == null || !(result.getPrincipal() instanceof AppUser user)) {
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		throttle.release(LoginThrottle.Kind.ADDRESS, address);
		if (oidc.localLoginRestricted() && !oidc.isBreakGlass(username)) {
			// the password was right, but this account signs in through the identity
			// provider
			throttle.release(LoginThrottle.Kind.ACCOUNT, username);
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

	/** The account a failed attempt named, or {@code -} for a name without an account. */
	private String target(String username) {
		return account(username).map(account -> "account:" + account.id()).orElse("-");
	}

	private Optional<Account> account(String username) {
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		return name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
	}

	private void alertOnPrivilegedLock(String username) {
		account(username).ifPresent(account -> {
			boolean privileged = account.roles().keySet().stream().anyMatch(Role.GRANTABLE::contains);
			boolean breakGlass = oidc.isBreakGlass(account.username());
			if (privileged || breakGlass) {
				audit.record(LOCK_ALERT, "account:" + account.id(), AuditResult.DENIED,
						breakGlass ? "break-glass" : "privileged");
			}
		});
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}

}

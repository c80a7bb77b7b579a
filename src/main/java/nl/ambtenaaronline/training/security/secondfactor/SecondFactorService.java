package nl.ambtenaaronline.training.security.secondfactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.AppUser;
import nl.ambtenaaronline.training.security.account.SessionRevocations;
import nl.ambtenaaronline.training.security.password.LoginThrottle;
import nl.ambtenaaronline.training.security.password.ThrottlingAuthenticationProvider;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second factor (TOTP, RFC 6238) of local accounts with HR, ADMIN or AUDITOR. After
 * the password those roles wait; enrolling an authenticator app, a code from it or a
 * recovery code adds them to the session. Codes are refused when wrong, used before or
 * after too many failures (the same throttle as passwords). Every step is audited.
 */
@NamedInterface("second-factor")
@Service
public class SecondFactorService {

	public static final String ISSUER = "Ambtenaar Online";

	private final SecondFactors factors;

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final AuditService audit;

	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final SessionRevocations sessions;

	public SecondFactorService(SecondFactors factors, AccountRepository accounts, LoginThrottle throttle,
			AuditService audit, SessionRevocations sessions) {
		this.sessions = sessions;
		this.factors = factors;
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
	}

	/** What the signed-in user still has to do; NOT_NEEDED for anyone else. */
	@PermitAll
	@Transactional(readOnly = true)
	public SecondFactorStatus status() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AppUser user)
				|| user.awaitingSecondFactor().isEmpty()) {
			return SecondFactorStatus.NOT_NEEDED;
		}
		return factors.confirmed(user.accountId()) ? SecondFactorStatus.VERIFY : SecondFactorStatus.ENROL;
	}

	/**
	 * Starts (or restarts) enrolling an authenticator app: a new secret and its QR code.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public TotpEnrolment startEnrolment() {
		AppUser user = pending();
		if (factors.confirmed(user.accountId())) {
			throw new AccessDeniedException("Already enrolled");
		}
		String secret = SecondFactors.BASE32.encodeToString(factors.newSecret(user.accountId()));
		String username = accounts.findById(user.accountId()).map(Account::username).orElse(user.getUsername());
		String uri = Totp.uri(ISSUER, username, secret);
		audit.record("second-factor.enrolment-started", user.auditId());
		return new TotpEnrolment(secret.replaceAll("(.{4})(?!$)", "$1 "), uri, QrCodes.svgDataUrl(uri));
	}

	/**
	 * Finishes enrolling with the first code from the app.
	 * @return the recovery codes, to show once
	 * @throws SecondFactorRejectedException for a wrong or reused code
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public List<String> confirmEnrolment(String code) {
		AppUser user = pending();
		if (factors.confirmed(user.accountId())) {
			throw new AccessDeniedException("Already enrolled");
		}
		check(user, "enrolment", () -> factors.useCode(user.accountId(), code));
		List<String> recovery = factors.newRecoveryCodes(user.accountId());
		audit.record("second-factor.enrolled", user.auditId());
		complete(user, "totp");
		return recovery;
	}

	/**
	 * Completes the sign-in with a code from the enrolled app.
	 * @throws SecondFactorRejectedException for a wrong or reused code
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public void verify(String code) {
		AppUser user = pending();
		if (!factors.confirmed(user.accountId())) {
			throw new AccessDeniedException("Not enrolled");
		}
		check(user, "totp", () -> factors.useCode(user.accountId(), code));
		complete(user, "totp");
	}

	/**
	 * Completes the sign-in with a recovery code, which then stops working.
	 * @return how many recovery codes are left
	 * @throws SecondFactorRejectedException for an unknown or used code
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public int useRecoveryCode(String code) {
		AppUser user = pending();
		check(user, "recovery-code",
				() -> factors.confirmed(user.accountId()) && factors.useRecoveryCode(user.accountId(), code));
		int left = factors.recoveryCodesLeft(user.accountId());
		complete(user, "recovery-code;left=" + left);
		return left;
	}

	/** Whether an account has an enrolled authenticator app. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public boolean enrolled(long accountId) {
		return factors.confirmed(accountId);
	}

	/**
	 * Removes an account's authenticator app and recovery codes (a lost phone): the next
	 * sign-in enrols anew.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void reset(long accountId) {
		factors.reset(accountId);
		audit.record("second-factor.reset", "account:" + accountId);
		sessions.revoke(accountId, "second-factor-reset");
	}

	/**
	 * Enrols a known secret for an account that has none, for demo data and set-up.
	 * @return whether it was enrolled now
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public boolean enrolIfMissing(String username, String base32Secret) {
		Account account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT)).orElseThrow();
		if (factors.confirmed(account.id())) {
			return false;
		}
		if (!SecondFactors.BASE32.isInAlphabet(base32Secret)) {
			throw new IllegalArgumentException("Not a Base32 secret for " + username);
		}
		factors.store(account.id(), SecondFactors.BASE32.decode(base32Secret), true);
		audit.record("second-factor.enrolled", "account:" + account.id(), AuditResult.SUCCESS, "set-up");
		return true;
	}

	/**
	 * Checks a code, unless too many wrong ones came before: then it is not even tried.
	 * The attempt is counted before the code is checked, so parallel requests get no more
	 * tries than the limit.
	 */
	private void check(AppUser user, String kind, BooleanSupplier code) {
		String key = "account:" + user.accountId();
		LoginThrottle.Attempt attempt = throttle.acquire(LoginThrottle.Kind.TOTP, key);
		if (!attempt.allowed()) {
			audit.record("second-factor", user.auditId(), AuditResult.DENIED, "locked");
			throw new SecondFactorRejectedException("second-factor.locked");
		}
		if (!code.getAsBoolean()) {
			audit.record("second-factor", user.auditId(), AuditResult.FAILED, kind);
			if (attempt.lockedNow()) {
				// only privileged accounts have a second factor
				audit.record(ThrottlingAuthenticationProvider.LOCK_ALERT, user.auditId(), AuditResult.DENIED,
						"second-factor");
			}
			throw new SecondFactorRejectedException(
					kind.equals("recovery-code") ? "second-factor.wrong-recovery-code" : "second-factor.wrong-code");
		}
		throttle.reset(LoginThrottle.Kind.TOTP, key);
	}

	/**
	 * The held-back roles join the session's authorities, with the factor authority
	 * {@code FACTOR_TOTP}; the session id changes with the privilege level.
	 */
	private void complete(AppUser user, String how) {
		Authentication current = SecurityContexts.authentication();
		List<GrantedAuthority> authorities = new ArrayList<>(current == null ? List.of() : current.getAuthorities());
		user.awaitingSecondFactor().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		authorities.add(FactorGrantedAuthority.fromFactor(SecondFactors.FACTOR));
		UsernamePasswordAuthenticationToken verified = UsernamePasswordAuthenticationToken
			.authenticated(user.verified(authorities), null, authorities);
		if (current != null) {
			verified.setDetails(current.getDetails());
		}
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(verified);
		SecurityContexts.strategy().setContext(context);
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			contextRepository.saveContext(context, request, attributes.getResponse());
		}
		audit.record("second-factor", user.auditId(), AuditResult.SUCCESS, how);
	}

	private static AppUser pending() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUser user
				&& !user.awaitingSecondFactor().isEmpty()) {
			return user;
		}
		throw new AccessDeniedException("No second factor waits");
	}

}

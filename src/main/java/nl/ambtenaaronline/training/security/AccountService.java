package nl.ambtenaaronline.training.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.account.AccountPrincipal;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.AppUser;
import nl.ambtenaaronline.training.security.account.RoleGrant;
import nl.ambtenaaronline.training.security.account.RoleGrantLog;
import nl.ambtenaaronline.training.security.account.SessionRevocations;
import nl.ambtenaaronline.training.security.password.LoginThrottle;
import nl.ambtenaaronline.training.security.password.PasswordPolicy;
import nl.ambtenaaronline.training.security.password.PasswordRejectedException;
import nl.ambtenaaronline.training.security.password.ThrottlingAuthenticationProvider;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts: the signed-in user's own password and language, and for administrators
 * creating accounts, resetting passwords and granting roles. Every change is audited.
 */
@Service
public class AccountService {

	/** Supported interface languages; Dutch is the default. */
	public static final List<Locale> LANGUAGES = List.of(Locale.of("nl"), Locale.ENGLISH);

	/** The route of the change-password page. */
	public static final String CHANGE_PASSWORD_ROUTE = "change-password";

	/** The route of the second-factor page. */
	public static final String SECOND_FACTOR_ROUTE = "second-factor";

	/**
	 * The prefix of the audit actions administrators must notice
	 * ({@link #securityAlerts}).
	 */
	public static final String SECURITY_ALERT_PREFIX = "security-alert.";

	private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final AccountRepository accounts;

	private final EmployeeService employees;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	private final Clock clock;

	private final RoleGrantLog grantLog;

	private final SecureRandom random = new SecureRandom();

	private final LoginThrottle throttle;

	private final PasswordPolicy passwordPolicy;

	private final SessionRevocations sessions;

	AccountService(AccountRepository accounts, EmployeeService employees, PasswordEncoder passwordEncoder,
			AuditService audit, Clock clock, RoleGrantLog grantLog, LoginThrottle throttle,
			PasswordPolicy passwordPolicy, SessionRevocations sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.throttle = throttle;
		this.passwordPolicy = passwordPolicy;
		this.grantLog = grantLog;
		this.employees = employees;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in user, or empty for an anonymous visitor. */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal user)) {
			return Optional.empty();
		}
		return accounts.findById(user.accountId()).map(account -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			authentication.getAuthorities().forEach(authority -> {
				for (Role role : Role.values()) {
					if (role.authority().equals(authority.getAuthority())) {
						roles.add(role);
					}
				}
			});
			String name = employees.signedIn()
				.filter(person -> person.id() == account.employeeId())
				.map(EmployeeSummary::displayName)
				.orElse(account.username());
			return new CurrentUser(account.id(), account.employeeId(), account.username(), name, Set.copyOf(roles),
					Locale.of(account.locale()), user instanceof AppUser && account.passwordChangeRequired());
		});
	}

	/**
	 * Changes the signed-in user's password. Wrong current passwords are throttled like
	 * sign-ins (counted before the check; after 5 the screen waits); a refusal is audited
	 * and changes nothing.
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(noRollbackFor = PasswordRejectedException.class)
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Account account = own();
		String hash = account.passwordHash();
		if (hash == null) {
			throw new PasswordRejectedException("password.no-local-password");
		}
		String key = "account:" + account.id();
		LoginThrottle.Attempt attempt = throttle.acquire(LoginThrottle.Kind.PWCHANGE, key);
		if (!attempt.allowed()) {
			audit.record("password.changed", key, AuditResult.DENIED, "locked");
			throw new PasswordRejectedException("password.too-many-attempts");
		}
		if (!passwordEncoder.matches(currentPassword, hash)) {
			audit.record("password.changed", key, AuditResult.DENIED, "wrong-current");
			throw new PasswordRejectedException("password.wrong-current");
		}
		throttle.reset(LoginThrottle.Kind.PWCHANGE, key);
		if (currentPassword.equals(newPassword)) {
			throw new PasswordRejectedException("password.same");
		}
		passwordPolicy.check(newPassword, personalWords(account)).ifPresent(rule -> {
			throw new PasswordRejectedException(rule);
		});
		account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
		audit.record("password.changed", "account:" + account.id());
	}

	/**
	 * The stored language of the accounts of these employees; people without an account
	 * are missing from the map (callers default to Dutch).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public java.util.Map<Long, Locale> languagesOf(java.util.Collection<Long> employeeIds) {
		java.util.Map<Long, Locale> languages = new java.util.HashMap<>();
		if (!employeeIds.isEmpty()) {
			accounts.findByEmployeeIdIn(employeeIds)
				.forEach(account -> languages.put(account.employeeId(), Locale.of(account.locale())));
		}
		return languages;
	}

	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public void setOwnLanguage(Locale locale) {
		if (!LANGUAGES.contains(Locale.of(locale.getLanguage()))) {
			throw new IllegalArgumentException("Unsupported language " + locale);
		}
		Account account = own();
		account.setLocale(locale.getLanguage());
		audit.record("account.language-changed", "account:" + account.id(), AuditResult.SUCCESS, locale.getLanguage());
	}

	/**
	 * Whether the signed-in user must choose a new password before anything else (only
	 * after a password sign-in).
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public boolean passwordChangeRequired() {
		Authentication authentication = SecurityContexts.authentication();
		return authentication != null && authentication.getPrincipal() instanceof AppUser user
				&& accounts.findById(user.accountId()).map(Account::passwordChangeRequired).orElse(false);
	}

	/**
	 * The page the signed-in user must finish before any other: the second factor while
	 * privileged roles wait for it, then a new password after a one-time one.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<String> requiredStep() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUser user
				&& !user.awaitingSecondFactor().isEmpty()) {
			return Optional.of(SECOND_FACTOR_ROUTE);
		}
		return passwordChangeRequired() ? Optional.of(CHANGE_PASSWORD_ROUTE) : Optional.empty();
	}

	/**
	 * The latest break-glass sign-ins (local password while the identity provider is the
	 * way in).
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public List<BreakGlassUse> breakGlassUses(int limit) {
		return audit.search(new AuditFilter(ThrottlingAuthenticationProvider.BREAK_GLASS, null, null), 0, limit)
			.stream()
			.map(entry -> new BreakGlassUse(entry.occurredAt(), entry.subject(), entry.origin()))
			.toList();
	}

	/**
	 * The latest sign-in events administrators must notice: new links to an identity of
	 * the identity provider, sign-ins refused because the account is bound to another
	 * identity, locks of break-glass and privileged accounts.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public List<SecurityAlert> securityAlerts(int limit) {
		return audit.search(new AuditFilter(SECURITY_ALERT_PREFIX, null, null), 0, limit)
			.stream()
			.filter(entry -> entry.action().startsWith(SECURITY_ALERT_PREFIX))
			.map(entry -> new SecurityAlert(entry.occurredAt(), entry.action(), entry.subject(), entry.origin(),
					entry.details()))
			.toList();
	}

	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public List<AccountSummary> list(int offset, int limit) {
		int size = Math.max(limit, 1);
		return accounts.findAll(PageRequest.of(offset / size, size, Sort.by("username")))
			.stream()
			.map(this::summary)
			.toList();
	}

	/**
	 * The name of the person behind an account, for reading the audit log; empty for an
	 * unknown account.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(long accountId) {
		return accounts.findById(accountId)
			.flatMap(account -> employees.findById(account.employeeId()))
			.map(EmployeeSummary::displayName);
	}

	/**
	 * The accounts of the people whose name or number contains the text (at most
	 * {@code limit} people), for finding what they did in the audit log.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<Long> accountsNamed(String text, int limit) {
		List<Long> people = employees.findForAudit(text, limit).stream().map(EmployeeSummary::id).toList();
		return people.isEmpty() ? List.of() : accounts.findByEmployeeIdIn(people).stream().map(Account::id).toList();
	}

	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}

	/**
	 * Whether any account holds ADMIN (granted, or from the identity provider's groups):
	 * the first-run set-up is open only while none does.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public boolean administratorExists() {
		return accounts.existsWithRole(Role.ADMIN, "%" + Role.ADMIN.name() + "%");
	}

	/**
	 * Creates an administrator's account for the first-run set-up: a one-time password
	 * that must be changed at the first sign-in, and ADMIN, which (as for every local
	 * account) is active only once the second factor is enrolled at that sign-in.
	 * @return the one-time password, shown once to whoever set up the application
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public String createAdministrator(long employeeId, String username) {
		String oneTime = oneTimePassword();
		Account account = create(employeeId, username, oneTime, true);
		grant(account, Role.ADMIN);
		audit.record("account.created", "account:" + account.id());
		audit.record("role.granted", "account:" + account.id(), AuditResult.SUCCESS, Role.ADMIN.name());
		return oneTime;
	}

	/**
	 * Creates an account for an employee with a one-time password that must be changed at
	 * first login.
	 * @return the one-time password, to hand to the employee
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public String createAccount(long employeeId, String username) {
		String oneTime = oneTimePassword();
		Account account = create(employeeId, username, oneTime, true);
		audit.record("account.created", "account:" + account.id());
		return oneTime;
	}

	/** Creates an account with a known password and roles, for demo data and set-up. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public long createAccount(long employeeId, String username, String password, Set<Role> grants) {
		Account account = create(employeeId, username, password, false);
		grants.forEach(role -> grant(account, role));
		audit.record("account.created", "account:" + account.id());
		return account.id();
	}

	/**
	 * @return the new one-time password; it must be changed at the next login
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public String resetPassword(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		String oneTime = oneTimePassword();
		account.setPassword(passwordEncoder.encode(oneTime), true, clock.instant());
		audit.record("password.reset", "account:" + accountId);
		sessions.revoke(accountId, "password-reset");
		return oneTime;
	}

	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void grantRole(long accountId, Role role) {
		Account account = accounts.findById(accountId).orElseThrow();
		grant(account, role);
		audit.record("role.granted", "account:" + accountId, AuditResult.SUCCESS, role.name());
	}

	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void revokeRole(long accountId, Role role) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (role == Role.ADMIN && account.id() == own().id()) {
			throw new AccessDeniedException("An administrator cannot revoke their own ADMIN role");
		}
		account.revoke(role);
		audit.record("role.revoked", "account:" + accountId, AuditResult.SUCCESS, role.name());
		sessions.revoke(accountId, "role-revoked:" + role.name());
	}

	private void grant(Account account, Role role) {
		if (!Role.GRANTABLE.contains(role)) {
			throw new IllegalArgumentException(role + " is not granted; it follows from the account or the roster");
		}
		boolean isNew = !account.roles().containsKey(role);
		RoleGrant grant = new RoleGrant(clock.instant(), AccountPrincipal.currentAuditId());
		account.grant(role, grant);
		if (isNew) {
			grantLog.granted(account.id(), role, grant.grantedAt(), grant.grantedBy());
		}
	}

	private Account create(long employeeId, String username, String password, boolean changeRequired) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (name.isEmpty() || accounts.existsByUsername(name)) {
			throw new IllegalArgumentException("account.username-taken");
		}
		if (accounts.findByEmployeeId(employeeId).isPresent()) {
			throw new IllegalArgumentException("account.employee-has-account");
		}
		return accounts
			.save(new Account(name, passwordEncoder.encode(password), employeeId, changeRequired, clock.instant()));
	}

	/**
	 * What a password of this account must not contain: its name, the person's names and
	 * number.
	 */
	private List<String> personalWords(Account account) {
		List<String> words = new java.util.ArrayList<>();
		words.add(account.username());
		// the signed-in person's own account (changeOwnPassword)
		employees.signedIn().filter(person -> person.id() == account.employeeId()).ifPresent(person -> {
			words.add(person.firstName());
			words.add(person.lastName());
			if (person.tussenvoegsel() != null) {
				words.add(person.tussenvoegsel() + " " + person.lastName());
			}
			words.add(person.employeeNumber());
		});
		return words;
	}

	private Account own() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal user)) {
			throw new AccessDeniedException("Not signed in");
		}
		return accounts.findById(user.accountId()).orElseThrow();
	}

	private AccountSummary summary(Account account) {
		Map<Role, AccountSummary.Grant> grants = new EnumMap<>(Role.class);
		account.roles()
			.forEach((role, grant) -> grants.put(role, new AccountSummary.Grant(grant.grantedAt(), grant.grantedBy())));
		Optional<EmployeeSummary> employee = employees.findById(account.employeeId());
		return new AccountSummary(account.id(), account.username(), account.employeeId(),
				employee.map(EmployeeSummary::employeeNumber).orElse("-"),
				employee.map(EmployeeSummary::displayName).orElse("-"), account.enabled(),
				account.passwordChangeRequired(), Map.copyOf(grants), account.hasLocalPassword(),
				account.externalRoles(), account.externalSignInAt());
	}

	/**
	 * Four groups of four characters from an alphabet without look-alikes: about 79 bits.
	 */
	private String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)]);
		}
		return password.toString();
	}

}

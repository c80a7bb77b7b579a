package nl.ambtenaaronline.training.security.oidc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.RosterStanding;
import nl.ambtenaaronline.training.employee.SignInKey;
import nl.ambtenaaronline.training.employee.SignInMatch;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.RoleGrantLog;
import nl.ambtenaaronline.training.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a user the identity provider signed in into a principal of this application.
 * <p>
 * An account is bound to one identity of the provider: its issuer and the value of the
 * immutable claim {@code app.oidc.subject-claim} ({@code sub}, or Entra's {@code oid}). A
 * bound identity always opens its own account, whatever its other claims say, and no
 * other identity opens that account. An identity that is not bound yet is matched to the
 * roster by the configured claim: by employee number (a claim the directory sets,
 * recommended), or by e-mail only when the provider marks it verified
 * ({@code email_verified}). A new binding is audited as {@link #LINKED} and shown to
 * administrators; a refusal because the account is bound to another identity raises
 * {@link #MISMATCH_ALERT}.
 * <p>
 * Nobody found, a leaver or a disabled account is refused (audited, nothing created). The
 * roles of a sign-in are EMPLOYEE, MANAGER when the roster gives the person reports, and
 * HR, ADMIN, AUDITOR from the group claims; the mapping is audited at every sign-in.
 */
public class OidcSignIn {

	/** OAuth2 error codes of a refusal; the failure handler shows a page for each. */
	public static final String NOT_IN_ROSTER = "not_in_roster";

	public static final String LEFT = "left";

	public static final String DISABLED = "account_disabled";

	/** The account the claim names is bound to another identity of the provider. */
	public static final String IDENTITY_MISMATCH = "identity_mismatch";

	/** The claim that would link a new identity is not verified (or missing). */
	public static final String UNVERIFIED = "unverified";

	/** Audit action of a new binding of an account to an identity. */
	public static final String LINKED = AccountService.SECURITY_ALERT_PREFIX + "oidc-linked";

	/**
	 * Audit action of a sign-in refused because the account is bound to another identity.
	 */
	public static final String MISMATCH_ALERT = AccountService.SECURITY_ALERT_PREFIX + "oidc-identity-mismatch";

	private final AccountRepository accounts;

	private final EmployeeService employees;

	private final AuditService audit;

	private final OidcProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RoleGrantLog grantLog;

	public OidcSignIn(AccountRepository accounts, EmployeeService employees, AuditService audit,
			OidcProperties properties, TransactionTemplate transactions, Clock clock, RoleGrantLog grantLog) {
		this.grantLog = grantLog;
		this.accounts = accounts;
		this.employees = employees;
		this.audit = audit;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	public OidcAccountUser signIn(OidcUser user) {
		String issuer = user.getIssuer() == null ? "" : user.getIssuer().toString();
		String identity = claimText(user.getClaims().get(properties.subjectClaim()));
		if (identity == null || issuer.isEmpty()) {
			audit.record("login.oidc", "-", AuditResult.DENIED, "missing-claim");
			throw refused(UNVERIFIED);
		}
		String bound = identity.length() > 255 ? identity.substring(0, 255) : identity;
		Optional<Long> linked = Optional.ofNullable(transactions
			.execute(status -> accounts.findByOidcIssuerAndOidcSubject(issuer, bound).map(Account::id).orElse(null)));
		String value = claimText(user.getClaims().get(properties.matchClaim()));
		SignInMatch person;
		if (linked.isPresent()) {
			person = linkedPerson(linked.get());
		}
		else {
			Optional<SignInMatch> match = value == null ? Optional.empty()
					: employees.findForSignIn(properties.matchBy(), value);
			if (match.isEmpty()) {
				audit.record("login.oidc", "-", AuditResult.DENIED, "not-in-roster");
				throw refused(NOT_IN_ROSTER);
			}
			person = match.get();
		}
		if (person.hasLeft()) {
			audit.record("login.oidc", "employee:" + person.employeeId(), AuditResult.DENIED, "left");
			throw refused(LEFT);
		}
		if (linked.isEmpty() && !verified(user)) {
			audit.record("login.oidc", "employee:" + person.employeeId(), AuditResult.DENIED, "unverified-claim");
			throw refused(UNVERIFIED);
		}
		Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
		if (person.hasReports()) {
			roles.add(Role.MANAGER);
		}
		Set<String> groups = groups(user.getClaims().get(properties.groupsClaim()));
		Set<String> matched = new TreeSet<>();
		addFromGroups(roles, Role.HR, properties.hrGroups(), groups, matched);
		addFromGroups(roles, Role.ADMIN, properties.adminGroups(), groups, matched);
		addFromGroups(roles, Role.AUDITOR, properties.auditorGroups(), groups, matched);
		String roleText = roles.stream().map(Role::name).collect(Collectors.joining(","));
		Outcome outcome = transactions.execute(status -> link(person, issuer, bound, value == null ? "" : value, roles,
				roleText, String.join(",", matched)));
		if (outcome == null || outcome.refusal() != null) {
			throw refused(outcome == null ? DISABLED : outcome.refusal());
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return new OidcAccountUser(authorities, user.getIdToken(), user.getUserInfo(), outcome.accountId(),
				person.employeeId(), clock.instant());
	}

	/**
	 * The person of an account bound to this identity, as the roster knows them today.
	 */
	private SignInMatch linkedPerson(long accountId) {
		long employeeId = Objects
			.requireNonNull(transactions.execute(status -> accounts.findById(accountId).orElseThrow().employeeId()));
		RosterStanding standing = employees.standingOf(employeeId);
		if (standing == RosterStanding.NOT_IN_ROSTER) {
			audit.record("login.oidc", "account:" + accountId, AuditResult.DENIED, "not-in-roster");
			throw refused(NOT_IN_ROSTER);
		}
		return new SignInMatch(employeeId, standing == RosterStanding.LEFT, employees.hasReports(employeeId));
	}

	/**
	 * Whether the claim that matched the person may link a new identity: the employee
	 * number comes from the directory; an e-mail address needs the verified claim.
	 */
	private boolean verified(OidcUser user) {
		if (properties.matchBy() == SignInKey.EMPLOYEE_NUMBER) {
			return true;
		}
		Object flag = user.getClaims().get(properties.verifiedClaim());
		return Boolean.TRUE.equals(flag) || (flag instanceof String text && text.strip().equalsIgnoreCase("true"));
	}

	/** The account of this sign-in, or why it is refused. */
	private record Outcome(long accountId, @Nullable String refusal) {
	}

	private Outcome link(SignInMatch person, String issuer, String identity, String claimValue, Set<Role> roleSet,
			String roles, String matchedGroups) {
		Instant now = clock.instant();
		Optional<Account> existing = accounts.findByEmployeeId(person.employeeId());
		Account account;
		if (existing.isPresent()) {
			account = existing.get();
			if (!account.enabled()) {
				audit.record("login.oidc", "employee:" + person.employeeId(), AuditResult.DENIED, "account-disabled");
				return new Outcome(account.id(), DISABLED);
			}
		}
		else {
			account = accounts
				.save(new Account(username(claimValue, person.employeeId()), null, person.employeeId(), false, now));
			audit.record("account.created", "account:" + account.id(), AuditResult.SUCCESS, "oidc");
		}
		boolean sameIdentity = account.boundToIdentity()
				&& accounts.findByOidcIssuerAndOidcSubject(issuer, identity).map(Account::id).orElse(-1L) == account
					.id();
		if (!sameIdentity) {
			if (account.boundToIdentity()) {
				audit.record("login.oidc", "account:" + account.id(), AuditResult.DENIED, "linked-to-another-identity");
				audit.record(MISMATCH_ALERT, "account:" + account.id(), AuditResult.DENIED,
						"claim=" + properties.matchClaim());
				return new Outcome(account.id(), IDENTITY_MISMATCH);
			}
			account.bindIdentity(issuer, identity);
			audit.record(LINKED, "account:" + account.id(), AuditResult.SUCCESS,
					"claim=" + properties.matchClaim() + ";by=" + properties.matchBy().name().toLowerCase(Locale.ROOT)
							+ ";bound=" + properties.subjectClaim());
		}
		String before = account.externalRoles();
		account.signedInExternally(roles, now);
		grantLog.signedIn(account.id(), roleSet, matchedGroups, now);
		String details = "roles=" + roles + ";groups=" + matchedGroups
				+ (before == null || before.equals(roles) ? "" : ";before=" + before);
		audit.record("login.oidc", "account:" + account.id(), AuditResult.SUCCESS, details);
		return new Outcome(account.id(), null);
	}

	private String username(String claimValue, long employeeId) {
		String name = claimValue.strip().toLowerCase(Locale.ROOT);
		if (name.isEmpty() || name.length() > 100 || accounts.existsByUsername(name)) {
			return "oidc-" + employeeId;
		}
		return name;
	}

	private static void addFromGroups(Set<Role> roles, Role role, List<String> configured, Set<String> groups,
			Set<String> matched) {
		for (String group : configured) {
			if (!group.isBlank() && groups.contains(group.strip())) {
				roles.add(role);
				matched.add(group.strip());
			}
		}
	}

	private static Set<String> groups(@Nullable Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).map(String::strip).collect(Collectors.toSet());
		}
		if (claim instanceof String value && !value.isBlank()) {
			return Set.of(value.strip());
		}
		return Set.of();
	}

	private static @Nullable String claimText(@Nullable Object claim) {
		if (claim instanceof String value && !value.isBlank()) {
			return value;
		}
		if (claim instanceof Number number) {
			return number.toString();
		}
		return null;
	}

	private static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code), code);
	}

}

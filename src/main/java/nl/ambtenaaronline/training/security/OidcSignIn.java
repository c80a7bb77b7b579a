package nl.ambtenaaronline.training.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.SignInMatch;
import nl.ambtenaaronline.training.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a user the identity provider signed in into a principal of this application: the
 * configured claim names the person on the roster; nobody found, a leaver or a disabled
 * account is refused (audited, nothing created). Otherwise the person's account is found
 * or created without a password, and the roles of this sign-in are EMPLOYEE, MANAGER when
 * the roster gives the person reports, and HR, ADMIN, AUDITOR from the group claims. The
 * mapping is audited at every sign-in, so a changed group shows in the trail and takes
 * effect at the next sign-in.
 */
class OidcSignIn {

	/** OAuth2 error codes of a refusal; the failure handler shows a page for each. */
	static final String NOT_IN_ROSTER = "not_in_roster";

	static final String LEFT = "left";

	static final String DISABLED = "account_disabled";

	private final AccountRepository accounts;

	private final EmployeeService employees;

	private final AuditService audit;

	private final OidcProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RoleGrantLog grantLog;

	OidcSignIn(AccountRepository accounts, EmployeeService employees, AuditService audit, OidcProperties properties,
			TransactionTemplate transactions, Clock clock, RoleGrantLog grantLog) {
		this.grantLog = grantLog;
		this.accounts = accounts;
		this.employees = employees;
		this.audit = audit;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	OidcAccountUser signIn(OidcUser user) {
		String value = claimText(user.getClaims().get(properties.matchClaim()));
		Optional<SignInMatch> match = value == null ? Optional.empty()
				: employees.findForSignIn(properties.matchBy(), value);
		if (match.isEmpty()) {
			audit.record("login.oidc", "-", AuditResult.DENIED, "not-in-roster");
			throw refused(NOT_IN_ROSTER);
		}
		SignInMatch person = match.get();
		if (person.hasLeft()) {
			audit.record("login.oidc", "employee:" + person.employeeId(), AuditResult.DENIED, "left");
			throw refused(LEFT);
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
		Long accountId = transactions.execute(
				status -> link(person, user, value == null ? "" : value, roles, roleText, String.join(",", matched)));
		if (accountId == null) {
			audit.record("login.oidc", "employee:" + person.employeeId(), AuditResult.DENIED, "account-disabled");
			throw refused(DISABLED);
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return new OidcAccountUser(authorities, user.getIdToken(), user.getUserInfo(), accountId, person.employeeId());
	}

	/** The account id, or null when the person's account is disabled. */
	private @Nullable Long link(SignInMatch person, OidcUser user, String claimValue, Set<Role> roleSet, String roles,
			String matchedGroups) {
		Instant now = clock.instant();
		Optional<Account> existing = accounts.findByEmployeeId(person.employeeId());
		Account account;
		if (existing.isPresent()) {
			account = existing.get();
			if (!account.enabled()) {
				return null;
			}
		}
		else {
			account = accounts
				.save(new Account(username(claimValue, person.employeeId()), null, person.employeeId(), false, now));
			audit.record("account.created", "account:" + account.id(), AuditResult.SUCCESS, "oidc");
		}
		String before = account.externalRoles();
		account.signedInExternally(user.getSubject(), roles, now);
		grantLog.signedIn(account.id(), roleSet, matchedGroups, now);
		String details = "roles=" + roles + ";groups=" + matchedGroups
				+ (before == null || before.equals(roles) ? "" : ";before=" + before);
		audit.record("login.oidc", "account:" + account.id(), AuditResult.SUCCESS, details);
		return account.id();
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

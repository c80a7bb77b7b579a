package nl.ambtenaaronline.training.security.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.AccountSummary;
import nl.ambtenaaronline.training.security.GrantNotice;
import nl.ambtenaaronline.training.security.GrantSource;
import nl.ambtenaaronline.training.security.MockIdentityProvider;
import nl.ambtenaaronline.training.security.OidcTest;
import nl.ambtenaaronline.training.security.PrivilegedRole;
import nl.ambtenaaronline.training.security.RoleGrantService;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.AppUser;
import nl.ambtenaaronline.training.security.account.RoleGrantLog;
import nl.ambtenaaronline.training.security.password.ThrottlingAuthenticationProvider;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in through a real OpenID Connect provider (mock-oauth2-server), the whole
 * authorization-code flow with PKCE over HTTP: the application's redirect, the provider's
 * answer, the code exchange and ID-token validation, the match to the roster.
 */
@OidcTest
class OidcSignInTest {

	@LocalServerPort
	int port;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditService audit;

	@Autowired
	AuthenticationProvider provider;

	@Test
	void aKnownEmployeeSignsInAndGetsAnAccountWithoutPassword() throws Exception {
		long employee = employee("oidc-known", null);
		MockIdentityProvider.nextSignIn("sub-known", verified("OIDC-KNOWN@test.example"));
		URI end = signIn();
		assertThat(end.getPath()).isEqualTo("/");
		AccountSummary account = accountOf(employee).orElseThrow();
		assertThat(account.localPassword()).isFalse();
		assertThat(account.username()).isEqualTo("oidc-known@test.example");
		assertThat(account.externalRoles()).isEqualTo("EMPLOYEE");
		assertThat(account.grants()).isEmpty();
		assertThat(lastSignIn(account.id()).details()).startsWith("roles=EMPLOYEE;");
		// no password of its own: the password form does not open this account
		assertThatThrownBy(() -> provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("oidc-known@test.example", "")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void theSignInIsTheAuthorizationCodeFlowWithPkceAndANonce() throws Exception {
		HttpResponse<String> response = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + OidcConfiguration.LOGIN_PATH)).build(),
					HttpResponse.BodyHandlers.ofString());
		URI authorize = URI.create(response.headers().firstValue("Location").orElseThrow());
		assertThat(authorize.toString()).startsWith(MockIdentityProvider.issuer() + "/authorize");
		assertThat(authorize.getQuery()).contains("response_type=code", "client_id=" + MockIdentityProvider.CLIENT_ID,
				"code_challenge_method=S256", "code_challenge=", "nonce=", "state=", "scope=openid");
	}

	@Test
	void aGroupClaimGivesHrAndAChangedGroupChangesTheRoleAtTheNextSignIn() throws Exception {
		long employee = employee("oidc-hr", null);
		MockIdentityProvider.nextSignIn("sub-hr",
				verified("oidc-hr@test.example", "groups", List.of("gg-other", "gg-training-hr")));
		assertThat(signIn().getPath()).isEqualTo("/");
		long account = accountOf(employee).orElseThrow().id();
		assertThat(accountOf(employee).orElseThrow().externalRoles()).isEqualTo("EMPLOYEE,HR");
		assertThat(lastSignIn(account).details()).isEqualTo("roles=EMPLOYEE,HR;groups=gg-training-hr");

		MockIdentityProvider.nextSignIn("sub-hr",
				verified("oidc-hr@test.example", "groups", List.of("gg-training-audit")));
		assertThat(signIn().getPath()).isEqualTo("/");
		assertThat(accountOf(employee).orElseThrow().externalRoles()).isEqualTo("EMPLOYEE,AUDITOR");
		assertThat(lastSignIn(account).details())
			.isEqualTo("roles=EMPLOYEE,AUDITOR;groups=gg-training-audit;before=EMPLOYEE,HR");
		// the group roles are the sign-in's, not grants stored on the account
		assertThat(accountOf(employee).orElseThrow().grants()).isEmpty();
	}

	@Autowired
	RoleGrantService reviews;

	@Test
	void aRoleFromTheGroupsRaisesOneEntryForAdministratorsAndIsHeldSinceThatSignIn() throws Exception {
		long employee = employee("oidc-admin", null);
		int before = SystemAuthentication.call(reviews::unseenGrantCount);
		MockIdentityProvider.nextSignIn("sub-admin",
				verified("oidc-admin@test.example", "groups", List.of("gg-training-beheer")));
		assertThat(signIn().getPath()).isEqualTo("/");
		String username = accountOf(employee).orElseThrow().username();
		assertThat(SystemAuthentication.call(reviews::unseenGrantCount)).isEqualTo(before + 1);
		GrantNotice entry = SystemAuthentication.call(() -> reviews.grantNotices(true, 1)).getFirst();
		assertThat(entry.account()).isEqualTo(username);
		assertThat(entry.role()).isEqualTo(nl.ambtenaaronline.training.shared.Role.ADMIN);
		assertThat(entry.source()).isEqualTo(GrantSource.GROUPS);
		assertThat(entry.grantedBy()).isEqualTo("groups=gg-training-beheer");
		PrivilegedRole holding = SystemAuthentication.call(reviews::privilegedRoles)
			.stream()
			.filter(h -> h.username().equals(username))
			.findFirst()
			.orElseThrow();
		assertThat(holding.source()).isEqualTo(GrantSource.GROUPS);
		assertThat(holding.since()).isEqualTo(entry.grantedAt());

		// the same groups again: no new entry, the role is held since the first sign-in
		MockIdentityProvider.nextSignIn("sub-admin",
				verified("oidc-admin@test.example", "groups", List.of("gg-training-beheer")));
		assertThat(signIn().getPath()).isEqualTo("/");
		assertThat(SystemAuthentication.call(reviews::unseenGrantCount)).isEqualTo(before + 1);

		// the group is gone: the role is no longer held
		MockIdentityProvider.nextSignIn("sub-admin", verified("oidc-admin@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		assertThat(SystemAuthentication.call(reviews::privilegedRoles)).noneMatch(h -> h.username().equals(username));
	}

	@Test
	void aManagerFromTheRosterSignsInAsManager() throws Exception {
		long manager = employee("oidc-manager", null);
		employee("oidc-report", null, manager);
		MockIdentityProvider.nextSignIn("sub-manager", verified("oidc-manager@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		assertThat(accountOf(manager).orElseThrow().externalRoles()).isEqualTo("EMPLOYEE,MANAGER");
	}

	@Test
	void anUnknownPersonIsRefusedAndNothingIsCreated() throws Exception {
		long before = SystemAuthentication.call(accounts::count);
		MockIdentityProvider.nextSignIn("sub-unknown", Map.of("email", "nobody@elsewhere.example"));
		URI end = signIn();
		assertThat(end.getPath()).isEqualTo("/sign-in-refused");
		assertThat(end.getQuery()).isEqualTo("reason=not-in-roster");
		assertThat(SystemAuthentication.call(accounts::count)).isEqualTo(before);
		AuditEntry refusal = latest("login.oidc");
		assertThat(refusal.result()).isEqualTo(AuditResult.DENIED);
		assertThat(refusal.details()).isEqualTo("not-in-roster").doesNotContain("nobody");
	}

	@Test
	void aLeaverIsRefused() throws Exception {
		long leaver = employee("oidc-leaver", LocalDate.now(TimeConfiguration.ZONE).minusDays(10));
		MockIdentityProvider.nextSignIn("sub-leaver", verified("oidc-leaver@test.example"));
		URI end = signIn();
		assertThat(end.getQuery()).isEqualTo("reason=left");
		assertThat(accountOf(leaver)).isEmpty();
	}

	@Test
	void anIdTokenForAnotherAudienceIsRefused() throws Exception {
		long employee = employee("oidc-audience", null);
		MockIdentityProvider.nextSignIn("sub-audience",
				Map.of("email", "oidc-audience@test.example", "aud", List.of("another-application")));
		URI end = signIn();
		assertThat(end.getQuery()).isEqualTo("reason=failed");
		assertThat(accountOf(employee)).isEmpty();
		assertThat(latest("login.oidc").details()).isEqualTo("invalid_id_token");
	}

	@Test
	void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
		long employee = employee("oidc-issuer", null);
		MockIdentityProvider.nextSignIn("sub-issuer",
				Map.of("email", "oidc-issuer@test.example", "iss", "http://localhost:1/not-the-city"));
		URI end = signIn();
		assertThat(end.getQuery()).isEqualTo("reason=failed");
		assertThat(accountOf(employee)).isEmpty();
	}

	@Test
	void anExpiredIdTokenIsRefused() throws Exception {
		long employee = employee("oidc-expired", null);
		MockIdentityProvider.nextSignIn("sub-expired", Map.of("email", "oidc-expired@test.example"), -600);
		URI end = signIn();
		assertThat(end.getQuery()).isEqualTo("reason=failed");
		assertThat(accountOf(employee)).isEmpty();
	}

	@Test
	void withTheIdentityProviderOnlyBreakGlassAccountsUseThePasswordAndEachUseIsRecorded() {
		assertThatThrownBy(() -> provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("medewerker", "demo-wachtwoord-2026")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(latest("login").details()).isEqualTo("local-login-restricted");

		var signedIn = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("beheerder", "demo-wachtwoord-2026"));
		long account = ((AppUser) signedIn.getPrincipal()).accountId();
		assertThat(latest(ThrottlingAuthenticationProvider.BREAK_GLASS).subject()).isEqualTo("account:" + account);
		assertThat(SystemAuthentication.call(() -> accounts.breakGlassUses(10)))
			.anySatisfy(use -> assertThat(use.account()).isEqualTo("account:" + account));
		// the break-glass administrator still needs the second factor
		assertThat(((AppUser) signedIn.getPrincipal()).awaitingSecondFactor()).isNotEmpty();
	}

	@Test
	void onceLinkedOnlyThatSubjectOfThatIssuerSignsInToTheAccount() throws Exception {
		long employee = employee("oidc-linked", null);
		MockIdentityProvider.nextSignIn("sub-linked", verified("oidc-linked@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		long account = accountOf(employee).orElseThrow().id();

		// someone else at the provider sets the same (even verified) e-mail on their
		// profile
		MockIdentityProvider.nextSignIn("sub-intruder", verified("oidc-linked@test.example"));
		URI end = signIn();
		assertThat(end.getPath()).isEqualTo("/sign-in-refused");
		assertThat(end.getQuery()).isEqualTo("reason=identity-mismatch");
		AuditEntry refusal = latest("login.oidc");
		assertThat(refusal.result()).isEqualTo(AuditResult.DENIED);
		assertThat(refusal.subject()).isEqualTo("account:" + account);
		assertThat(refusal.details()).isEqualTo("linked-to-another-identity");
		assertThat(SystemAuthentication.call(() -> accounts.securityAlerts(10)))
			.anySatisfy(alert -> assertThat(alert.action()).isEqualTo(OidcSignIn.MISMATCH_ALERT));

		// the linked subject still signs in
		MockIdentityProvider.nextSignIn("sub-linked", verified("oidc-linked@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
	}

	@Test
	void aLinkedSubjectSignsInAsItsOwnPersonWhateverTheEmailClaimSays() throws Exception {
		long owner = employee("oidc-owner", null);
		long victim = employee("oidc-victim", null);
		MockIdentityProvider.nextSignIn("sub-owner", verified("oidc-owner@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		long ownerAccount = accountOf(owner).orElseThrow().id();

		// the owner edits the e-mail of their profile to the victim's
		MockIdentityProvider.nextSignIn("sub-owner", verified("oidc-victim@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		assertThat(accountOf(victim)).isEmpty();
		assertThat(lastSignIn(ownerAccount).result()).isEqualTo(AuditResult.SUCCESS);
	}

	@Test
	void anUnverifiedEmailClaimDoesNotLinkAnAccount() throws Exception {
		long employee = employee("oidc-unverified", null);
		MockIdentityProvider.nextSignIn("sub-unverified", Map.of("email", "oidc-unverified@test.example"));
		URI end = signIn();
		assertThat(end.getQuery()).isEqualTo("reason=unverified");
		assertThat(accountOf(employee)).isEmpty();
		assertThat(latest("login.oidc").details()).isEqualTo("unverified-claim");

		MockIdentityProvider.nextSignIn("sub-unverified",
				Map.of("email", "oidc-unverified@test.example", "email_verified", false));
		assertThat(signIn().getQuery()).isEqualTo("reason=unverified");
		assertThat(accountOf(employee)).isEmpty();
	}

	@Test
	void anAccountCreatedByAnAdministratorIsLinkedOnceAndTheLinkIsAuditedAndShownToAdministrators() throws Exception {
		long employee = employee("oidc-local", null);
		long account = SystemAuthentication
			.call(() -> accounts.createAccount(employee, "oidc-local", "een-lang-wachtwoord-2026", java.util.Set.of()));
		MockIdentityProvider.nextSignIn("sub-local", verified("oidc-local@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		AuditEntry link = latest(OidcSignIn.LINKED);
		assertThat(link.subject()).isEqualTo("account:" + account);
		assertThat(link.details()).contains("claim=email").doesNotContain("sub-local");
		assertThat(SystemAuthentication.call(() -> accounts.securityAlerts(10)))
			.anySatisfy(alert -> assertThat(alert.account()).isEqualTo("account:" + account));

		// a second sign-in of the same subject is no new link
		long links = SystemAuthentication.call(() -> audit.count(new AuditFilter(OidcSignIn.LINKED, null, null)));
		MockIdentityProvider.nextSignIn("sub-local", verified("oidc-local@test.example"));
		assertThat(signIn().getPath()).isEqualTo("/");
		assertThat(SystemAuthentication.call(() -> audit.count(new AuditFilter(OidcSignIn.LINKED, null, null))))
			.isEqualTo(links);
	}

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	nl.ambtenaaronline.training.employee.EmployeeService employeeService;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	java.time.Clock clock;

	@Autowired
	RoleGrantLog grantLog;

	@Test
	void withAnImmutableClaimTheEmployeeNumberLinksWithoutAVerifiedEmailAndTheBoundClaimIsThatClaim() {
		long employee = employee("oidc-number", null);
		OidcProperties byNumber = new OidcProperties(MockIdentityProvider.issuer(), "client", null, "employeeid",
				nl.ambtenaaronline.training.employee.SignInKey.EMPLOYEE_NUMBER, "groups", List.of(), List.of(),
				List.of(), List.of("openid"), "", List.of(), "oid", "email_verified");
		OidcSignIn signIn = new OidcSignIn(accountRepository, employeeService, audit, byNumber, transactions, clock,
				grantLog);
		OidcAccountUser user = signIn
			.signIn(oidcUser("pairwise-1", Map.of("employeeid", "T-oidc-number", "oid", "object-id-1")));
		assertThat(user.employeeId()).isEqualTo(employee);
		// another subject with the same immutable id: still the same person (sub may be
		// pairwise per application)
		assertThat(signIn.signIn(oidcUser("pairwise-2", Map.of("employeeid", "T-oidc-number", "oid", "object-id-1")))
			.employeeId()).isEqualTo(employee);
		// another object id with the same employee number is refused
		assertThatThrownBy(() -> signIn
			.signIn(oidcUser("pairwise-3", Map.of("employeeid", "T-oidc-number", "oid", "object-id-2"))))
			.isInstanceOf(org.springframework.security.oauth2.core.OAuth2AuthenticationException.class)
			.hasMessage(OidcSignIn.IDENTITY_MISMATCH);
		// without the immutable claim nothing is linked
		assertThatThrownBy(() -> signIn.signIn(oidcUser("pairwise-4", Map.of("employeeid", "T-oidc-number"))))
			.isInstanceOf(org.springframework.security.oauth2.core.OAuth2AuthenticationException.class)
			.hasMessage(OidcSignIn.UNVERIFIED);
	}

	private static org.springframework.security.oauth2.core.oidc.user.OidcUser oidcUser(String subject,
			Map<String, Object> claims) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("sub", subject);
		all.put("iss", MockIdentityProvider.issuer());
		var token = new org.springframework.security.oauth2.core.oidc.OidcIdToken("token", java.time.Instant.now(),
				java.time.Instant.now().plusSeconds(60), all);
		return new org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser(List.of(), token);
	}

	private static Map<String, Object> verified(String email) {
		return Map.of("email", email, "email_verified", true);
	}

	private static Map<String, Object> verified(String email, String claim, Object value) {
		return Map.of("email", email, "email_verified", true, claim, value);
	}

	/** Runs the sign-in from the login button to the application's last redirect. */
	private URI signIn() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI next = URI.create("http://localhost:" + port + OidcConfiguration.LOGIN_PATH);
		for (int hop = 0; hop < 10; hop++) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(next).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 3) {
				throw new AssertionError("No redirect from " + next + ": " + response.statusCode());
			}
			next = next.resolve(response.headers().firstValue("Location").orElseThrow());
			boolean back = next.getPort() == port && !next.getPath().startsWith("/login/oauth2/code/");
			if (back && !next.getPath().startsWith("/oauth2/")) {
				return next;
			}
		}
		throw new AssertionError("Too many redirects");
	}

	private long employee(String key, LocalDate endDate) {
		return employee(key, endDate, null);
	}

	private long employee(String key, LocalDate endDate, Long manager) {
		return SystemAuthentication.call(() -> employees.create(new NewEmployee("T-" + key, "Test", null, key,
				key + "@test.example", "IV", manager, LocalDate.of(2020, 1, 1), endDate, WorkerType.EMPLOYEE, null)));
	}

	private Optional<AccountSummary> accountOf(long employee) {
		return SystemAuthentication.call(() -> accounts.list(0, 10_000))
			.stream()
			.filter(account -> account.employeeId() == employee)
			.findFirst();
	}

	private AuditEntry lastSignIn(long account) {
		return SystemAuthentication
			.call(() -> audit.search(new AuditFilter("login.oidc", null, "account:" + account), 0, 1))
			.getFirst();
	}

	private AuditEntry latest(String action) {
		return SystemAuthentication.call(() -> audit.search(new AuditFilter(action, null, null), 0, 20))
			.stream()
			.filter(entry -> entry.action().equals(action))
			.findFirst()
			.orElseThrow();
	}

}

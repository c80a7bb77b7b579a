package nl.ambtenaaronline.training.security;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A session ends at its next request once its account's sessions were revoked: a role
 * taken away, the password or the second factor reset, the person left. A sign-in after
 * the revocation is not affected.
 */
@IntegrationTest
class SessionRevocationTest {

	@Autowired
	SessionRevocationFilter filter;

	@Autowired
	AccountService accounts;

	@Autowired
	SecondFactorService secondFactors;

	@Autowired
	EmployeeService employees;

	@Autowired
	UserDetailsService users;

	record Person(long employeeId, long accountId, String username) {
	}

	Person person(Set<Role> roles) {
		String username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemAuthentication.call(() -> {
			long employee = employees.create(new NewEmployee("S-" + username, "Test", null, username, null, "VOR", null,
					LocalDate.of(2015, 1, 1), null, WorkerType.EMPLOYEE, null));
			long account = accounts.createAccount(employee, username, "een-lang-wachtwoord-2026", roles);
			return new Person(employee, account, username);
		});
	}

	/** A session as the login leaves it: the signed-in user in the security context. */
	MockHttpSession signedIn(Person person) {
		UserDetails user = users.loadUserByUsername(person.username());
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		return session;
	}

	/** One request with the session; whether the session is still there afterwards. */
	boolean survives(MockHttpSession session) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		return !session.isInvalid();
	}

	@Test
	void takingARoleAwayEndsTheSessionsOfTheAccountButNotALaterSignIn() throws Exception {
		Person hr = person(Set.of(Role.HR));
		MockHttpSession session = signedIn(hr);
		MockHttpSession otherAccount = signedIn(person(Set.of()));
		assertThat(survives(session)).isTrue();
		SystemAuthentication.run(() -> accounts.revokeRole(hr.accountId(), Role.HR));
		assertThat(survives(session)).isFalse();
		assertThat(survives(otherAccount)).isTrue();
		assertThat(survives(signedIn(hr))).as("signed in again after the revocation").isTrue();
	}

	@Test
	void resettingThePasswordEndsTheSessions() throws Exception {
		Person person = person(Set.of());
		MockHttpSession session = signedIn(person);
		SystemAuthentication.run(() -> accounts.resetPassword(person.accountId()));
		assertThat(survives(session)).isFalse();
	}

	@Test
	void resettingTheSecondFactorEndsTheSessions() throws Exception {
		Person person = person(Set.of(Role.AUDITOR));
		MockHttpSession session = signedIn(person);
		SystemAuthentication.run(() -> secondFactors.reset(person.accountId()));
		assertThat(survives(session)).isFalse();
	}

	@Test
	void aPersonWhoLeavesLosesTheirSessions() throws Exception {
		Person person = person(Set.of());
		MockHttpSession session = signedIn(person);
		EmployeeSummary now = SystemAuthentication.call(() -> employees.findById(person.employeeId())).orElseThrow();
		SystemAuthentication.run(() -> employees.update(person.employeeId(),
				new NewEmployee(now.employeeNumber(), now.firstName(), null, now.lastName(), null, now.departmentCode(),
						null, now.startDate(), LocalDate.now(TimeConfiguration.ZONE).minusDays(1), WorkerType.EMPLOYEE,
						null)));
		await().atMost(Duration.ofSeconds(20)).until(() -> !survives(session));
	}

}

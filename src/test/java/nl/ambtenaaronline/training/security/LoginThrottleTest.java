package nl.ambtenaaronline.training.security;

import java.time.Duration;
import java.util.Set;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.oidc.OidcProperties;
import nl.ambtenaaronline.training.security.password.LoginThrottle;
import nl.ambtenaaronline.training.security.password.ThrottlingAuthenticationProvider;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactors;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LoginThrottleTest {

	private static final String PASSWORD = "een-lang-genoeg-wachtwoord";

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	AccountService accounts;

	@Autowired
	EmployeeService employees;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clearRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedWithTheSameAnswer() {
		String user = newAccount("throttle-a");
		from("10.1.0.1");
		for (int i = 0; i < 5; i++) {
			assertThat(catchFailure(user, "wrong-password-" + i)).isInstanceOf(BadCredentialsException.class)
				.hasMessage(ThrottlingAuthenticationProvider.GENERIC_FAILURE);
		}
		assertThatThrownBy(() -> login(user, PASSWORD)).isInstanceOf(BadCredentialsException.class)
			.hasMessage(ThrottlingAuthenticationProvider.GENERIC_FAILURE);
	}

	@Test
	void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() {
		String user = newAccount("throttle-b");
		from("10.1.0.2");
		Throwable unknown = catchFailure("nobody-has-this-name", PASSWORD);
		Throwable wrong = catchFailure(user, "not-the-password");
		assertThat(unknown).isInstanceOf(BadCredentialsException.class);
		assertThat(wrong).isInstanceOf(BadCredentialsException.class);
		assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
	}

	@Test
	void theLockEndsWhenItsTimeHasPassed() {
		String user = newAccount("throttle-c");
		from("10.1.0.3");
		for (int i = 0; i < 5; i++) {
			catchFailure(user, "wrong");
		}
		assertThat(throttle.isLocked(LoginThrottle.Kind.ACCOUNT, user)).isTrue();
		jdbc.update("update login_throttle set locked_until = locked_until - interval '2' hour");
		Authentication result = login(user, PASSWORD);
		assertThat(result.isAuthenticated()).isTrue();
	}

	@Test
	void aClientAddressIsLockedAfterTwentyFailuresAcrossAccounts() {
		from("10.1.0.4");
		for (int i = 0; i < 20; i++) {
			catchFailure("guess-" + i, "wrong");
		}
		String user = newAccount("throttle-d");
		assertThat(catchFailure(user, PASSWORD)).isInstanceOf(BadCredentialsException.class);
		from("10.1.0.5");
		assertThat(login(user, PASSWORD).isAuthenticated()).isTrue();
	}

	@Test
	void theLockGrowsWithEveryFurtherFailureUpToTheMaximum() {
		assertThat(throttle.lockFor(0)).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.lockFor(1)).isEqualTo(Duration.ofMinutes(2));
		assertThat(throttle.lockFor(3)).isEqualTo(Duration.ofMinutes(8));
		assertThat(throttle.lockFor(10)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aSuccessfulLoginClearsTheAccountCount() {
		String user = newAccount("throttle-e");
		from("10.1.0.6");
		for (int i = 0; i < 4; i++) {
			catchFailure(user, "wrong");
		}
		login(user, PASSWORD);
		for (int i = 0; i < 4; i++) {
			catchFailure(user, "wrong");
		}
		assertThat(login(user, PASSWORD).isAuthenticated()).isTrue();
	}

	@Autowired
	nl.ambtenaaronline.training.audit.AuditService audit;

	@Test
	void parallelWrongPasswordsGetNoMoreGuessesThanTheLimitAndEachFailureNamesTheAccount() throws Exception {
		String user = newAccount("throttle-parallel");
		long account = accountId(user);
		int threads = 12;
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			java.util.List<java.util.concurrent.Future<?>> attempts = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				String address = "10.2.0." + i;
				attempts.add(pool.submit(() -> {
					from(address);
					start.await();
					return catchFailure(user, "wrong-in-parallel");
				}));
			}
			start.countDown();
			for (var attempt : attempts) {
				assertThat(attempt.get()).isInstanceOf(BadCredentialsException.class);
			}
		}
		finally {
			pool.shutdown();
		}
		long checked = SystemAuthentication
			.call(() -> audit
				.search(new nl.ambtenaaronline.training.audit.AuditFilter("login", null, "account:" + account), 0, 100))
			.stream()
			.filter(entry -> entry.action().equals("login") && entry.subject().equals("account:" + account))
			.filter(entry -> entry.details().equals("bad-credentials"))
			.count();
		assertThat(checked).as("passwords actually tried").isEqualTo(5);
	}

	@Test
	void failuresDecaySoThatAnOccasionalWrongPasswordDoesNotKeepTheAccountLocked() {
		String user = newAccount("throttle-decay");
		from("10.1.0.7");
		for (int i = 0; i < 5; i++) {
			catchFailure(user, "wrong");
		}
		assertThat(throttle.isLocked(LoginThrottle.Kind.ACCOUNT, user)).isTrue();
		// six hours later: the lock is over and the old failures are forgotten
		jdbc.update(
				"update login_throttle set locked_until = locked_until - interval '6' hour, last_failure_at = last_failure_at - interval '6' hour where key_hash = ?",
				LoginThrottle.hash(user));
		catchFailure(user, "wrong once more");
		assertThat(throttle.isLocked(LoginThrottle.Kind.ACCOUNT, user)).isFalse();
		assertThat(login(user, PASSWORD).isAuthenticated()).isTrue();
	}

	@Test
	void aLockOfAPrivilegedAccountAlertsTheAdministratorsAndOfAnOrdinaryOneDoesNot() {
		String admin = newAccount("throttle-admin", Set.of(nl.ambtenaaronline.training.shared.Role.ADMIN));
		String ordinary = newAccount("throttle-ordinary");
		from("10.1.0.8");
		for (int i = 0; i < 5; i++) {
			catchFailure(admin, "wrong");
			catchFailure(ordinary, "wrong");
		}
		var alerts = SystemAuthentication.call(() -> accounts.securityAlerts(50));
		assertThat(alerts).anySatisfy(alert -> {
			assertThat(alert.action()).isEqualTo(ThrottlingAuthenticationProvider.LOCK_ALERT);
			assertThat(alert.account()).isEqualTo("account:" + accountId(admin));
		});
		assertThat(alerts).noneMatch(alert -> alert.account().equals("account:" + accountId(ordinary)));
	}

	@Autowired
	AccountUserDetailsService userDetails;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	@Autowired
	OidcProperties oidc;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	AccountRepository accountRepository;

	@Test
	void aLeaverAndAWrongPasswordCostTheSameHashingWork() {
		java.util.concurrent.atomic.AtomicInteger hashed = new java.util.concurrent.atomic.AtomicInteger();
		var counting = new org.springframework.security.crypto.password.PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return passwordEncoder.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				hashed.incrementAndGet();
				return passwordEncoder.matches(raw, encoded);
			}
		};
		var dao = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(counting);
		var counted = new ThrottlingAuthenticationProvider(dao, throttle, audit, counting, oidc, secondFactors,
				accountRepository);
		String leaver = SystemAuthentication.call(() -> {
			long employee = employees.create(new NewEmployee("T-throttle-leaver", "Test", null, "throttle-leaver", null,
					"IV", null, java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2021, 1, 1),
					WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, "throttle-leaver", PASSWORD, Set.of());
			return "throttle-leaver";
		});
		String active = newAccount("throttle-active");
		from("10.1.0.9");
		for (String[] attempt : new String[][] { { leaver, PASSWORD }, { active, "wrong" },
				{ "nobody-at-all", "wrong" } }) {
			hashed.set(0);
			assertThatThrownBy(() -> counted
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(attempt[0], attempt[1])))
				.isInstanceOf(BadCredentialsException.class)
				.hasMessage(ThrottlingAuthenticationProvider.GENERIC_FAILURE);
			assertThat(hashed.get()).as("password hashes computed for %s", attempt[0]).isEqualTo(1);
		}
	}

	private long accountId(String username) {
		return SystemAuthentication.call(() -> accounts.list(0, 10_000))
			.stream()
			.filter(account -> account.username().equals(username))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private Authentication login(String user, String password) {
		return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
	}

	private Throwable catchFailure(String user, String password) {
		try {
			login(user, password);
		}
		catch (RuntimeException ex) {
			return ex;
		}
		throw new AssertionError("login of " + user + " should have failed");
	}

	private static void from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private String newAccount(String username) {
		return newAccount(username, Set.of());
	}

	private String newAccount(String username, Set<nl.ambtenaaronline.training.shared.Role> roles) {
		return SystemAuthentication.call(() -> {
			long employee = employees.create(new NewEmployee("T-" + username, "Test", null, username, null, "IV", null,
					java.time.LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, username, PASSWORD, roles);
			return username;
		});
	}

}

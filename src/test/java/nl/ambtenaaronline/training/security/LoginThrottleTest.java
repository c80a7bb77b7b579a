package nl.ambtenaaronline.training.security;

import java.time.Duration;
import java.util.Set;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
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
		return SystemAuthentication.call(() -> {
			long employee = employees.create(new NewEmployee("T-" + username, "Test", null, username, null, "IV", null,
					java.time.LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, username, PASSWORD, Set.of());
			return username;
		});
	}

}

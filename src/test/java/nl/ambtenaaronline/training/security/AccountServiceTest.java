package nl.ambtenaaronline.training.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.password.PasswordRejectedException;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTest {

	@Autowired
	AccountService accounts;

	@Autowired
	EmployeeService employees;

	@Autowired
	AuditService audit;

	@Autowired
	AuthenticationProvider provider;

	@Test
	void aNewAccountGetsAOneTimePasswordThatMustBeChangedAtFirstLogin() {
		long employee = newEmployee("acc-1");
		String oneTime = SystemAuthentication.call(() -> accounts.createAccount(employee, "Nieuw.Account"));
		assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContain("l", "1", "0", "o", "i");

		signIn("nieuw.account", oneTime);
		try {
			assertThat(accounts.passwordChangeRequired()).isTrue();
			assertThatThrownBy(() -> accounts.changeOwnPassword(oneTime, "kort"))
				.isInstanceOf(PasswordRejectedException.class)
				.hasMessage("password.too-short");
			assertThatThrownBy(() -> accounts.changeOwnPassword("niet-het-oude", "een fijne lange zin"))
				.isInstanceOf(PasswordRejectedException.class)
				.hasMessage("password.wrong-current");
			accounts.changeOwnPassword(oneTime, "een fijne lange zin");
			assertThat(accounts.passwordChangeRequired()).isFalse();
		}
		finally {
			SecurityContexts.strategy().clearContext();
		}
		assertThatThrownBy(() -> signIn("nieuw.account", oneTime)).isInstanceOf(BadCredentialsException.class);
		SecurityContexts.strategy().clearContext();
	}

	@Test
	void theSignedInPersonSeesTheirNameAndCannotPutItInTheirOwnNewPassword() {
		long employee = SystemAuthentication.call(() -> employees.create(new NewEmployee("T-acc-naam", "Test", null,
				"Wijnberger", null, "IV", null, LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null)));
		String oneTime = SystemAuthentication.call(() -> accounts.createAccount(employee, "acc-naam"));
		signIn("acc-naam", oneTime);
		try {
			assertThat(accounts.current()).hasValueSatisfying(user -> {
				assertThat(user.employeeId()).isEqualTo(employee);
				assertThat(user.displayName()).isEqualTo("Test Wijnberger");
			});
			assertThatThrownBy(() -> accounts.changeOwnPassword(oneTime, "wijnberger fietst naar huis"))
				.isInstanceOf(PasswordRejectedException.class)
				.hasMessage("password.contains-username");
			accounts.changeOwnPassword(oneTime, "een fijne lange zin");
		}
		finally {
			SecurityContexts.strategy().clearContext();
		}
	}

	@Test
	void grantingARoleIsAuditedWithWhoAndWhen() {
		long employee = newEmployee("acc-2");
		long account = SystemAuthentication
			.call(() -> accounts.createAccount(employee, "acc-2", "een-lang-wachtwoord", Set.of()));
		SystemAuthentication.run(() -> accounts.grantRole(account, Role.AUDITOR));
		AccountSummary summary = SystemAuthentication.call(() -> accounts.list(0, 1000))
			.stream()
			.filter(a -> a.id() == account)
			.findFirst()
			.orElseThrow();
		assertThat(summary.grants()).containsKey(Role.AUDITOR);
		assertThat(summary.grants().get(Role.AUDITOR).grantedBy()).isEqualTo("system");
		var events = SystemAuthentication
			.call(() -> audit.search(new AuditFilter("role.granted", null, "account:" + account), 0, 10));
		assertThat(events).singleElement().satisfies(event -> assertThat(event.details()).isEqualTo("AUDITOR"));
	}

	@Test
	void onlyHrAdminAndAuditorCanBeGranted() {
		long employee = newEmployee("acc-3");
		long account = SystemAuthentication
			.call(() -> accounts.createAccount(employee, "acc-3", "een-lang-wachtwoord", Set.of()));
		for (Role role : List.of(Role.EMPLOYEE, Role.MANAGER)) {
			assertThatThrownBy(() -> SystemAuthentication.run(() -> accounts.grantRole(account, role)))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void aLeaverCannotSignIn() {
		long employee = SystemAuthentication
			.call(() -> employees.create(new NewEmployee("T-acc-4", "Test", null, "Vertrokken", null, "IV", null,
					LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1), WorkerType.EMPLOYEE, null)));
		SystemAuthentication.run(() -> accounts.createAccount(employee, "acc-4", "een-lang-wachtwoord", Set.of()));
		assertThatThrownBy(() -> signIn("acc-4", "een-lang-wachtwoord")).isInstanceOf(BadCredentialsException.class);
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aOneTimePasswordExpiresAfterSeventyTwoHours() {
		long employee = newEmployee("acc-expiry");
		String oneTime = SystemAuthentication.call(() -> accounts.createAccount(employee, "acc-expiry"));
		jdbc.update("update account set password_set_at = password_set_at - interval '71' hour where username = ?",
				"acc-expiry");
		signIn("acc-expiry", oneTime);
		SecurityContexts.strategy().clearContext();
		jdbc.update("update account set password_set_at = password_set_at - interval '2' hour where username = ?",
				"acc-expiry");
		assertThatThrownBy(() -> signIn("acc-expiry", oneTime)).isInstanceOf(BadCredentialsException.class);
		// a new one-time password from the administrator works again
		String next = SystemAuthentication
			.call(() -> accounts.resetPassword(SystemAuthentication.call(() -> accounts.list(0, 10_000))
				.stream()
				.filter(account -> account.username().equals("acc-expiry"))
				.findFirst()
				.orElseThrow()
				.id()));
		signIn("acc-expiry", next);
		SecurityContexts.strategy().clearContext();
	}

	@Test
	void aRefusedServiceCallIsAuditedWithTheServiceAndTheCaller() {
		long employee = newEmployee("acc-denied");
		long account = SystemAuthentication
			.call(() -> accounts.createAccount(employee, "acc-denied", "een-goed-wachtwoord-2026", Set.of()));
		signIn("acc-denied", "een-goed-wachtwoord-2026");
		try {
			assertThatThrownBy(() -> accounts.list(0, 10))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}
		finally {
			SecurityContexts.strategy().clearContext();
		}
		var denied = SystemAuthentication
			.call(() -> audit.search(new AuditFilter(AccessDeniedAudit.ACTION, "account:" + account, null), 0, 5));
		assertThat(denied).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("account:" + account);
			assertThat(entry.details()).isEqualTo("service=AccountService.list");
		});
	}

	@Test
	void wrongCurrentPasswordsOnTheChangePasswordScreenAreThrottled() {
		long employee = newEmployee("acc-throttle");
		SystemAuthentication
			.run(() -> accounts.createAccount(employee, "acc-throttle", "een-goed-wachtwoord-2026", Set.of()));
		signIn("acc-throttle", "een-goed-wachtwoord-2026");
		try {
			for (int i = 0; i < 5; i++) {
				assertThatThrownBy(() -> accounts.changeOwnPassword("niet-het-huidige", "een ander lang wachtwoord"))
					.hasMessage("password.wrong-current");
			}
			assertThatThrownBy(
					() -> accounts.changeOwnPassword("een-goed-wachtwoord-2026", "een ander lang wachtwoord"))
				.isInstanceOf(PasswordRejectedException.class)
				.hasMessage("password.too-many-attempts");
		}
		finally {
			SecurityContexts.strategy().clearContext();
		}
	}

	private void signIn(String username, String password) {
		Authentication authentication = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		SecurityContexts.strategy().getContext().setAuthentication(authentication);
	}

	private long newEmployee(String key) {
		return SystemAuthentication.call(() -> employees.create(new NewEmployee("T-" + key, "Test", null, key, null,
				"IV", null, LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null)));
	}

}

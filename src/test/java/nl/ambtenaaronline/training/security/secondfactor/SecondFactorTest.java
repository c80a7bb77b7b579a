package nl.ambtenaaronline.training.security.secondfactor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second factor of local accounts with HR, ADMIN or AUDITOR, through the real
 * password sign-in (the authentication provider) and the service, as the views use them.
 */
@IntegrationTest
class SecondFactorTest {

	static final String PASSWORD = "een-lang-wachtwoord-2026";

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	SecondFactorService secondFactor;

	@Autowired
	AccountService accounts;

	@Autowired
	EmployeeService employees;

	@Autowired
	AuditService audit;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContexts.strategy().clearContext();
	}

	@Test
	void aPrivilegedLocalAccountHasNoPrivilegedRoleUntilItEnrolsTheSecondFactor() {
		long account = privilegedAccount("sf-enrol", Role.HR);
		signIn("sf-enrol");
		assertThat(roles()).containsExactly(Role.EMPLOYEE);
		assertThat(accounts.requiredStep()).contains(AccountService.SECOND_FACTOR_ROUTE);
		assertThat(secondFactor.status()).isEqualTo(SecondFactorStatus.ENROL);
		assertThatThrownBy(() -> employees.findById(1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> secondFactor.verify("123456")).isInstanceOf(AccessDeniedException.class);

		TotpEnrolment enrolment = secondFactor.startEnrolment();
		assertThat(enrolment.uri()).startsWith("otpauth://totp/Ambtenaar%20Online:sf-enrol?secret=");
		assertThat(enrolment.qrCode()).startsWith("data:image/svg+xml;base64,");
		byte[] secret = SecondFactors.BASE32.decode(enrolment.secret());
		assertThat(secret).hasSize(20);

		assertThatThrownBy(() -> secondFactor.confirmEnrolment(wrongCode(secret)))
			.isInstanceOf(SecondFactorRejectedException.class)
			.hasMessage("second-factor.wrong-code");
		assertThat(roles()).containsExactly(Role.EMPLOYEE);

		List<String> recovery = secondFactor.confirmEnrolment(code(secret, 0));
		assertThat(recovery).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		assertThat(roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
		assertThat(authorities()).contains("FACTOR_TOTP", "FACTOR_PASSWORD");
		assertThat(accounts.requiredStep()).isEmpty();
		assertThat(secondFactor.status()).isEqualTo(SecondFactorStatus.NOT_NEEDED);
		assertThat(employees.findById(1)).isPresent();
		assertThat(SystemAuthentication.call(() -> secondFactor.enrolled(account))).isTrue();
		assertThat(actions(account)).contains("second-factor.enrolment-started", "second-factor.enrolled");
	}

	@Test
	void aCodeFromTheAppCompletesTheSignInAndTheSameCodeIsRefusedTheNextTime() {
		byte[] secret = enrolledAccount("sf-verify", Role.ADMIN);
		signIn("sf-verify");
		assertThat(secondFactor.status()).isEqualTo(SecondFactorStatus.VERIFY);
		assertThatThrownBy(() -> secondFactor.verify(wrongCode(secret)))
			.isInstanceOf(SecondFactorRejectedException.class)
			.hasMessage("second-factor.wrong-code");
		String code = code(secret, 0);
		secondFactor.verify(code);
		assertThat(roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);

		signIn("sf-verify");
		assertThatThrownBy(() -> secondFactor.verify(code)).isInstanceOf(SecondFactorRejectedException.class)
			.hasMessage("second-factor.wrong-code");
		assertThat(roles()).containsExactly(Role.EMPLOYEE);
		// the next code of the app works (one step of clock drift is allowed)
		secondFactor.verify(code(secret, 1));
		assertThat(roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);
	}

	@Test
	void aRecoveryCodeWorksOnceInsteadOfTheApp() {
		long account = privilegedAccount("sf-recovery", Role.AUDITOR);
		signIn("sf-recovery");
		byte[] secret = SecondFactors.BASE32.decode(secondFactor.startEnrolment().secret());
		List<String> recovery = secondFactor.confirmEnrolment(code(secret, 0));

		signIn("sf-recovery");
		assertThatThrownBy(() -> secondFactor.useRecoveryCode("abcde-fghjk"))
			.isInstanceOf(SecondFactorRejectedException.class)
			.hasMessage("second-factor.wrong-recovery-code");
		assertThat(secondFactor.useRecoveryCode(recovery.get(3).toUpperCase())).isEqualTo(9);
		assertThat(roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.AUDITOR);

		signIn("sf-recovery");
		assertThatThrownBy(() -> secondFactor.useRecoveryCode(recovery.get(3)))
			.isInstanceOf(SecondFactorRejectedException.class);
		assertThat(roles()).containsExactly(Role.EMPLOYEE);
		assertThat(actions(account)).contains("second-factor");
	}

	@Test
	void afterFiveWrongCodesEvenTheRightCodeWaits() {
		byte[] secret = enrolledAccount("sf-lock", Role.HR);
		signIn("sf-lock");
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> secondFactor.verify(wrongCode(secret)))
				.isInstanceOf(SecondFactorRejectedException.class)
				.hasMessage("second-factor.wrong-code");
		}
		assertThatThrownBy(() -> secondFactor.verify(code(secret, 0))).isInstanceOf(SecondFactorRejectedException.class)
			.hasMessage("second-factor.locked");
		assertThat(roles()).containsExactly(Role.EMPLOYEE);
	}

	@Test
	void anAdministratorResetsALostSecondFactorAndTheNextSignInEnrolsAgain() {
		enrolledAccount("sf-reset", Role.HR);
		long account = SystemAuthentication.call(() -> accounts.list(0, 1000))
			.stream()
			.filter(summary -> summary.username().equals("sf-reset"))
			.findFirst()
			.orElseThrow()
			.id();
		SystemAuthentication.run(() -> secondFactor.reset(account));
		signIn("sf-reset");
		assertThat(secondFactor.status()).isEqualTo(SecondFactorStatus.ENROL);
	}

	@Test
	void anAccountWithoutPrivilegedRolesNeedsNoSecondStep() {
		signIn("medewerker", "demo-wachtwoord-2026");
		assertThat(secondFactor.status()).isEqualTo(SecondFactorStatus.NOT_NEEDED);
		assertThat(accounts.requiredStep()).isEmpty();
		assertThatThrownBy(() -> secondFactor.startEnrolment()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theDemoLoginsWithAPrivilegedRoleArePreEnrolled() {
		signIn("beheerder", "demo-wachtwoord-2026");
		assertThat(roles()).containsExactly(Role.EMPLOYEE);
		assertThat(secondFactor.status()).isEqualTo(SecondFactorStatus.VERIFY);
	}

	private long privilegedAccount(String username, Role role) {
		long employee = SystemAuthentication.call(() -> employees.create(new NewEmployee("T-" + username, "Test", null,
				username, null, "IV", null, LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null)));
		return SystemAuthentication.call(() -> accounts.createAccount(employee, username, PASSWORD, Set.of(role)));
	}

	private byte[] enrolledAccount(String username, Role role) {
		privilegedAccount(username, role);
		byte[] secret = new byte[20];
		new java.security.SecureRandom().nextBytes(secret);
		SystemAuthentication
			.run(() -> secondFactor.enrolIfMissing(username, SecondFactors.BASE32.encodeToString(secret)));
		return secret;
	}

	private void signIn(String username) {
		signIn(username, PASSWORD);
	}

	private void signIn(String username, String password) {
		Authentication authentication = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		var context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContexts.strategy().setContext(context);
	}

	private Set<Role> roles() {
		return accounts.current().orElseThrow().roles();
	}

	private List<String> authorities() {
		return SecurityContexts.authentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

	private List<String> actions(long account) {
		return SystemAuthentication.call(() -> audit.search(new AuditFilter(null, null, "account:" + account), 0, 100))
			.stream()
			.map(entry -> entry.action())
			.toList();
	}

	/** The app's code, {@code offset} steps from now. */
	private String code(byte[] secret, int offset) {
		return Totp.code(secret, Totp.step(clock.instant()) + offset);
	}

	/** A code that is wrong for every accepted step. */
	private String wrongCode(byte[] secret) {
		long step = Totp.step(clock.instant());
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			boolean valid = false;
			for (long s = step - 2; s <= step + 2; s++) {
				valid |= Totp.code(secret, s).equals(code);
			}
			if (!valid) {
				return code;
			}
		}
	}

}

package nl.ambtenaaronline.training.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.ambtenaaronline.training.demo.DemoSecrets;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.secondfactor.TotpCodes;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SecondFactorJourneyTest extends BrowserTest {

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Test
	void hrSignsInWithPasswordAndTheCodeFromTheAuthenticatorApp() {
		page.navigate(url("login"));
		page.locator("input[name=username]").fill("hr");
		page.locator("input[name=password]").fill("demo-wachtwoord-2026");
		page.locator("input[name=password]").press("Enter");

		// the password alone leads to the second step, whatever page is asked for
		page.locator("#totp-code").waitFor();
		assertThat(page.locator("h1")).hasText("Tweede stap bij inloggen");
		assertAccessible("the second-factor page");
		page.navigate(url("roster"));
		page.locator("#totp-code").waitFor();

		page.locator("#totp-code input").fill(wrongCode());
		page.locator("#verify-totp").click();
		assertThat(page.locator("#totp-code")).hasAttribute("invalid", "");
		assertThat(page.locator("#totp-code [slot=error-message]")).containsText("Deze code klopt niet");

		String secret = DemoSecrets.secondFactor("hr").orElseThrow();
		page.locator("#totp-code input").fill(nextCode("hr", secret));
		page.locator("#totp-code input").press("Enter");
		page.locator("#totp-code").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
		// the page asked for during the second step opens once it is passed
		assertThat(page.locator("h1")).hasText("Personeel");
		// the HR screens are there now
		assertThat(page.locator("vaadin-side-nav-item[path='roster']")).hasCount(1);
		page.navigate(url("roster"));
		assertThat(page.locator("#roster")).isVisible();
	}

	@Test
	void aNewAdministratorEnrolsAnAuthenticatorAppWithTheQrCodeAndGetsRecoveryCodes() {
		SystemAuthentication.run(() -> {
			long employee = employees.create(new NewEmployee("T-enrol-browser", "Daan", null, "Beheer", null, "IV",
					null, LocalDate.of(2019, 5, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, "nieuwe-beheerder", "demo-wachtwoord-2026", Set.of(Role.ADMIN));
		});
		page.navigate(url("login"));
		page.locator("input[name=username]").fill("nieuwe-beheerder");
		page.locator("input[name=password]").fill("demo-wachtwoord-2026");
		page.locator("input[name=password]").press("Enter");

		page.locator("#totp-qr").waitFor();
		assertThat(page.locator("h1")).hasText("Tweede stap instellen");
		assertThat(page.locator("#totp-qr")).hasAttribute("alt", Pattern.compile("QR-code.*"));
		assertAccessible("the enrolment page");
		String secret = page.locator("#totp-secret").textContent();
		page.locator("#totp-code input").fill(nextCode("nieuwe-beheerder", secret.replace(" ", "")));
		page.locator("#confirm-totp").click();

		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		assertThat(page.locator("h1")).hasText("Je herstelcodes");
		assertAccessible("the recovery codes");
		page.locator("#recovery-saved").click();
		assertThat(page.locator("h1")).hasText("Mijn training");
		assertThat(page.locator("vaadin-side-nav-item[path='admin/accounts']")).hasCount(1);
	}

	/** A code the app shows at none of the accepted steps. */
	private static String wrongCode() {
		byte[] secret = TotpCodes.decode(DemoSecrets.secondFactor("hr").orElseThrow());
		Instant now = Instant.now();
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (IntStream.rangeClosed(-2, 2).noneMatch(offset -> TotpCodes.code(secret, now, offset).equals(code))) {
				return code;
			}
		}
	}

}

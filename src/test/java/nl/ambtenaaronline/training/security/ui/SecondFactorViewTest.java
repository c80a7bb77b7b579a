package nl.ambtenaaronline.training.security.ui;

import java.time.Clock;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.WithPasswordSignIn;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local account with a privileged role, signed in with its password only: every page
 * leads to the second step, and the role arrives only with a code from the app.
 */
@IntegrationTest
class SecondFactorViewTest extends SpringBrowserlessTest {

	@Autowired
	AccountService accounts;

	@Autowired
	SecondFactorService secondFactor;

	@Autowired
	Clock clock;

	@Test
	@WithPasswordSignIn(Role.HR)
	void aPrivilegedLocalAccountCannotReachItsScreensWithoutTheSecondFactor() {
		for (String route : new String[] { "", "roster", "roster/import", "settings", "change-password" }) {
			UI.getCurrent().navigate(route);
			assertThat(getCurrentView()).as("/%s", route).isInstanceOf(SecondFactorView.class);
		}
		assertThat(accounts.current().orElseThrow().roles()).containsExactly(Role.EMPLOYEE);
	}

	@Test
	@WithPasswordSignIn(Role.ADMIN)
	void aWrongCodeIsRefusedOnThePageAndTheRightCodeGrantsTheRole() {
		navigate(SecondFactorView.class);
		TextField code = $(TextField.class).id("totp-code");
		test(code).setValue("000000".equals(code(0)) ? "111111" : "000000");
		test($(Button.class).id("verify-totp")).click();
		assertThat(code.isInvalid()).isTrue();
		assertThat(code.getErrorMessage()).contains("klopt niet");
		assertThat(accounts.current().orElseThrow().roles()).containsExactly(Role.EMPLOYEE);

		test(code).setValue(code(0));
		test($(Button.class).id("verify-totp")).click();
		assertThat(accounts.current().orElseThrow().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);
		UI.getCurrent().navigate("admin/accounts");
		assertThat(getCurrentView()).isInstanceOf(AccountsView.class);
	}

	@Test
	@WithPasswordSignIn(Role.AUDITOR)
	void enrollingShowsAQrCodeAndTheSecretAndThenTheRecoveryCodesOnce() {
		long account = accounts.current().orElseThrow().accountId();
		SystemAuthentication.run(() -> secondFactor.reset(account));
		navigate(SecondFactorView.class);
		Image qr = $(Image.class).id("totp-qr");
		assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
		assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("QR-code"));
		String secret = $(com.vaadin.flow.component.html.Span.class).id("totp-secret").getText();
		assertThat(secret).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");

		byte[] key = nl.ambtenaaronline.training.security.secondfactor.TotpCodes.decode(secret);
		test($(TextField.class).id("totp-code"))
			.setValue(nl.ambtenaaronline.training.security.secondfactor.TotpCodes.code(key, clock.instant(), 0));
		test($(Button.class).id("confirm-totp")).click();
		assertThat($(UnorderedList.class).id("recovery-codes").getChildren()).hasSize(10);
		assertThat(accounts.current().orElseThrow().roles()).contains(Role.AUDITOR);
	}

	private String code(int offset) {
		return nl.ambtenaaronline.training.security.secondfactor.TotpCodes.code(
				nl.ambtenaaronline.training.security.secondfactor.TotpCodes.decode(WithPasswordSignIn.SECRET),
				clock.instant(), offset);
	}

}

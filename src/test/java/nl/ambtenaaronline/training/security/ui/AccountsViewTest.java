package nl.ambtenaaronline.training.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.SignInService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithUserDetails("beheerder")
class AccountsViewTest extends SpringBrowserlessTest {

	@Autowired
	AuditService audit;

	@Autowired
	SignInService signIn;

	@Test
	void thePageSaysHowStaffOnTheRosterGetAnAccount() {
		navigate(AccountsView.class);
		assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("accounts-how").getText())
			.startsWith(signIn.oidcEnabled() ? "Medewerkers loggen in met hun gemeente-account"
					: "Inloggen met het gemeente-account is niet ingesteld");
	}

	@Test
	void administratorsSeeEachBreakGlassSignInAtTheTopOfTheAccountsPage() {
		SystemAuthentication
			.run(() -> audit.record("login.break-glass", "account:424242", AuditResult.SUCCESS, "local-password"));
		navigate(AccountsView.class);
		Section section = $(Section.class).id("break-glass");
		assertThat(section.isVisible()).isTrue();
		assertThat(section.getElement().getAttribute("role")).isEqualTo("status");
		assertThat($(ListItem.class).from(section).all())
			.anySatisfy(item -> assertThat(item.getText()).contains("account:424242"));
	}

	@Test
	void administratorsSeeNewLinksToTheIdentityProviderAndLocksOfPrivilegedAccounts() {
		SystemAuthentication.run(() -> {
			audit.record("security-alert.oidc-linked", "account:515151", AuditResult.SUCCESS, "claim=email");
			audit.record("security-alert.account-locked", "account:525252", AuditResult.DENIED, "failures=5");
		});
		navigate(AccountsView.class);
		Section section = $(Section.class).id("security-alerts");
		assertThat(section.isVisible()).isTrue();
		assertThat($(ListItem.class).from(section).all())
			.anySatisfy(item -> assertThat(item.getText()).contains("account:515151",
					"nieuwe koppeling met het gemeente-account"))
			.anySatisfy(item -> assertThat(item.getText()).contains("account:525252", "geblokkeerd"));
	}

}

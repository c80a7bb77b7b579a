package nl.ambtenaaronline.training.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.settings.SettingsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without OIDC settings nothing of OIDC starts and the login page has no button for it.
 */
@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	SettingsService settings;

	@Test
	void withoutIssuerSettingsNoClientRegistrationExistsAndTheLoginPageOffersOnlyThePasswordForm() {
		assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
		navigate(LoginView.class);
		assertThat($(Anchor.class).all()).noneMatch(anchor -> "oidc-login".equals(anchor.getId().orElse("")));
		assertThat($(LoginForm.class).all()).hasSize(1);
		assertThat($(Paragraph.class).all()).noneMatch(paragraph -> paragraph.getText().contains("lokaal"));
	}

	@Test
	void theDemoSaysOnTheLoginPageThatItsPeopleAndAddressesAreMadeUp() {
		navigate(LoginView.class);
		assertThat($(com.vaadin.flow.component.html.Span.class).id("environment-label").getText())
			.isEqualTo("Demo-omgeving · verzonnen gegevens");
	}

	@Test
	void theLoginPageSaysWhereTheUserNameComesFromAndWhomToAskWithoutAPassword() {
		navigate(LoginView.class);
		Paragraph help = $(Paragraph.class).id("login-help");
		assertThat(help.getElement().getTextRecursively())
			.isEqualTo(
					"Je gebruikersnaam en je eerste wachtwoord krijg je van HR. Wachtwoord vergeten, nog geen account"
							+ " of lukt inloggen niet? Neem contact op met " + settings.text("contact.support") + ".")
			.contains("HR Servicepunt");
		assertThat(help.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
			.containsExactly("mailto:hr-servicepunt@gemeente.example", "tel:14020");
	}

	@Test
	void theRefusalPageSaysTheAccountIsNotInTheRosterAndWhomToContact() {
		UI.getCurrent().navigate("sign-in-refused", QueryParameters.of("reason", "not-in-roster"));
		assertThat(getCurrentView()).isInstanceOf(SignInRefusedView.class);
		assertThat($(Paragraph.class).id("refused-reason").getText()).contains("niet in het personeelsbestand")
			.contains("geen account aangemaakt");
		assertThat($(Paragraph.class).id("refused-contact").getText()).startsWith("Klopt dit niet?");
		UI.getCurrent().navigate("sign-in-refused", QueryParameters.of("reason", "left"));
		assertThat($(Paragraph.class).id("refused-reason").getText()).contains("uit dienst");
	}

}

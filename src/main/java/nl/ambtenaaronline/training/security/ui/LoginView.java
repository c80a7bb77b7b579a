package nl.ambtenaaronline.training.security.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.ambtenaaronline.training.shared.ShellProperties;
import nl.ambtenaaronline.training.shared.ui.ContactText;
import nl.ambtenaaronline.training.shared.ui.EnvironmentBadge;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.security.Languages;
import nl.ambtenaaronline.training.security.SignInService;
import nl.ambtenaaronline.training.settings.SettingsService;

/**
 * The login page, Dutch by default with English selectable. With the city's identity
 * provider configured it offers "Inloggen met je gemeente-account" first and the password
 * form below it (for break-glass accounts when so configured). The error text is the same
 * for an unknown user, a wrong password and a locked account.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm login = new LoginForm();

	private final Paragraph notice = new Paragraph();

	LoginView(AppProperties properties, ShellProperties shell, SignInService signIn, SettingsService settings) {
		addClassName("ao-login");
		Image mark = new Image(shell.cityMark(), "");
		mark.addClassName("ao-city-mark");
		Span city = new Span(properties.cityName());
		city.addClassName("ao-city-name");
		H1 title = new H1(getTranslation("app.name"));
		Paragraph intro = new Paragraph(getTranslation("login.intro"));

		login.setI18n(i18n(signIn));
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);

		notice.addClassName("ao-notice");
		notice.setVisible(false);
		notice.getElement().setAttribute("role", "status");

		Locale other = UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.of("nl") : Locale.ENGLISH;
		Button language = new Button(getTranslation("shell.language.switch"), event -> {
			Languages.remember(other);
			UI.getCurrent().getPage().reload();
		});
		language.setId("language-switch");
		language.getElement().setAttribute("lang", other.getLanguage());

		Span brand = new Span(mark, city);
		EnvironmentBadge.of(shell).ifPresent(brand::add);
		add(brand, title, intro, notice);
		if (signIn.oidcEnabled()) {
			// a full page load: the sign-in leaves for the identity provider
			Anchor oidc = new Anchor(signIn.oidcLoginPath(), getTranslation("login.oidc"));
			oidc.setRouterIgnore(true);
			oidc.setId("oidc-login");
			oidc.addClassName("ao-oidc-login");
			add(oidc, new Paragraph(getTranslation(
					signIn.localLoginRestricted() ? "login.local.break-glass-intro" : "login.local.intro")));
		}
		Nav links = new Nav(new Anchor("privacy", getTranslation("shell.link.privacy")),
				new Anchor("accessibility", getTranslation("shell.link.accessibility")));
		links.addClassName("ao-site-links");
		links.getElement().setAttribute("aria-label", getTranslation("shell.link.label"));
		// what the user name is, and where to go without a password: the configured
		// contact, else the manager
		String contact = settings.text("contact.support").strip();
		String where = contact.isEmpty() ? getTranslation("login.help.no-contact")
				: getTranslation("login.help", contact);
		Paragraph help = ContactText
			.paragraph(signIn.oidcEnabled() ? where : getTranslation("login.help.username") + " " + where);
		help.setId("login-help");
		add(login, help, language, links);
	}

	private LoginI18n i18n(SignInService signIn) {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form form = i18n.getForm();
		form.setTitle(getTranslation(!signIn.oidcEnabled() ? "login.title"
				: signIn.localLoginRestricted() ? "login.local.break-glass" : "login.local"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		form.setForgotPassword(getTranslation("login.forgot"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		error.setUsername(getTranslation("login.error.username"));
		error.setPassword(getTranslation("login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		login.setError(parameters.containsKey("error"));
		if (parameters.containsKey("timeout")) {
			notice.setText(getTranslation("login.timed-out"));
			notice.setVisible(true);
		}
		else if (parameters.containsKey("logout")) {
			notice.setText(getTranslation("login.logged-out"));
			notice.setVisible(true);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " – " + getTranslation("app.name");
	}

}

package nl.ambtenaaronline.training.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.ambtenaaronline.training.security.SignInService;

/**
 * Where a sign-in through the identity provider ends when it is refused: the account is
 * not in the training roster (and whom to contact), the person has left, the account is
 * disabled, or the sign-in itself failed. Nothing was created.
 */
@Route(value = "sign-in-refused", autoLayout = false)
@AnonymousAllowed
class SignInRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SignInService signIn;

	private final Paragraph reason = new Paragraph();

	private final Paragraph contact = new Paragraph();

	SignInRefusedView(SignInService signIn) {
		this.signIn = signIn;
		addClassName("ao-login");
		reason.setId("refused-reason");
		contact.setId("refused-contact");
		Anchor back = new Anchor("login", getTranslation("signin.refused.back"));
		back.setRouterIgnore(true);
		add(new H1(getTranslation("signin.refused.title")), reason, contact, back);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String code = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("failed");
		String key = switch (code) {
			case "not-in-roster", "left", "disabled", "identity-mismatch", "unverified" -> "signin.refused." + code;
			default -> "signin.refused.failed";
		};
		reason.setText(getTranslation(key));
		String who = signIn.rosterContact();
		contact.setText(who.isEmpty() ? getTranslation("signin.refused.contact-hr")
				: getTranslation("signin.refused.contact", who));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signin.refused.title") + " – " + getTranslation("app.name");
	}

}

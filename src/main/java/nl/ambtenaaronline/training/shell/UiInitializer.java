package nl.ambtenaaronline.training.shell;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.security.Languages;
import nl.ambtenaaronline.training.security.StepReturn;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.ui.GridSorterLabels;

import org.springframework.stereotype.Component;

/**
 * Sets each new UI's language (the account's, else the remembered one, else Dutch) and
 * the page's {@code lang}, and sends a user who must finish a step first (the second
 * factor, a new password) to that page before anything else, remembering the page asked
 * for; HR and administrators land on the reports ("Actie nodig") after sign-in.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

	/** The session attribute set once the signed-in user landed on their first page. */
	static final String LANDED = UiInitializer.class.getName() + ".landed";

	/** Where HR and administrators land: the reports, "Actie nodig" on top. */
	static final String OVERSEER_START = "reports";

	private final AccountService accounts;

	UiInitializer(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * The first page of a signed-in session: HR and administrators who asked for no page
	 * (the start page) land on the reports, whose top is "Actie nodig", instead of their
	 * own training; a page asked for (a deep link, also one remembered across a sign-in
	 * step) is kept. Later visits to the start page show "Mijn training" as always.
	 */
	private void land(BeforeEnterEvent enter) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session == null || session.getAttribute(LANDED) != null) {
			return;
		}
		Optional<CurrentUser> user = accounts.current();
		if (user.isEmpty()) {
			return;
		}
		session.setAttribute(LANDED, Boolean.TRUE);
		boolean overseer = user.get().has(Role.HR) || user.get().has(Role.ADMIN);
		if (overseer && enter.getLocation().getPath().isEmpty()) {
			enter.forwardTo(OVERSEER_START);
		}
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			Locale locale = accounts.current()
				.map(CurrentUser::locale)
				.or(Languages::remembered)
				.orElse(MessagesI18NProvider.LOCALES.getFirst());
			ui.setLocale(locale);
			ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
			GridSorterLabels.install(ui);
			ui.addBeforeEnterListener(enter -> {
				Optional<String> step = accounts.requiredStep()
					.filter(route -> !route.equals(enter.getLocation().getFirstSegment()));
				if (step.isPresent()) {
					// back to this page once the step is done
					StepReturn.remember(enter.getLocation());
					enter.rerouteTo(step.get());
					return;
				}
				land(enter);
			});
		});
	}

}

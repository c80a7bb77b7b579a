package nl.ambtenaaronline.training.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.security.Languages;
import nl.ambtenaaronline.training.security.StepReturn;

import org.springframework.stereotype.Component;

/**
 * Sets each new UI's language (the account's, else the remembered one, else Dutch) and
 * the page's {@code lang}, and sends a user who must finish a step first (the second
 * factor, a new password) to that page before anything else, remembering the page asked
 * for.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

	private final AccountService accounts;

	UiInitializer(AccountService accounts) {
		this.accounts = accounts;
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
			ui.addBeforeEnterListener(enter -> accounts.requiredStep()
				.filter(route -> !route.equals(enter.getLocation().getFirstSegment()))
				.ifPresent(route -> {
					// back to this page once the step is done
					StepReturn.remember(enter.getLocation());
					enter.rerouteTo(route);
				}));
		});
	}

}

package nl.ambtenaaronline.training.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.StepReturn;
import nl.ambtenaaronline.training.security.password.PasswordRejectedException;

/**
 * Change your own password; the only page a user with a one-time password can open.
 */
@Route("change-password")
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

	ChangePasswordView(AccountService accounts) {
		addClassName("ao-page");
		PasswordField current = new PasswordField(getTranslation("password.current"));
		current.setId("current-password");
		current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
		PasswordField next = new PasswordField(getTranslation("password.new"));
		next.setId("new-password");
		next.setHelperText(getTranslation("password.rules"));
		next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
		PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
		repeat.setId("repeat-password");
		repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
		Button save = new Button(getTranslation("password.save"), event -> {
			current.setInvalid(false);
			next.setInvalid(false);
			repeat.setInvalid(false);
			if (!next.getValue().equals(repeat.getValue())) {
				repeat.setErrorMessage(getTranslation("password.mismatch"));
				repeat.setInvalid(true);
				repeat.focus();
				return;
			}
			try {
				accounts.changeOwnPassword(current.getValue(), next.getValue());
				Notification.show(getTranslation("password.changed"));
				// the page asked for before this step, else the start page
				getUI().ifPresent(ui -> ui.navigate(StepReturn.take().replaceFirst("^\\./", "")));
			}
			catch (PasswordRejectedException ex) {
				PasswordField field = ex.getMessage().startsWith("password.wrong-current")
						|| ex.getMessage().equals("password.too-many-attempts") ? current : next;
				field.setErrorMessage(getTranslation(ex.getMessage()));
				field.setInvalid(true);
				field.focus();
			}
		});
		save.setId("save-password");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		add(new H1(getTranslation("password.title")));
		if (accounts.passwordChangeRequired()) {
			add(new Paragraph(getTranslation("password.required")));
		}
		add(current, next, repeat, save);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("password.title") + " – " + getTranslation("app.name");
	}

}

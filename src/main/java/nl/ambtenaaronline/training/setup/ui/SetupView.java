package nl.ambtenaaronline.training.setup.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.ambtenaaronline.training.setup.FirstAdministrator;
import nl.ambtenaaronline.training.setup.FirstAdministratorCreated;
import nl.ambtenaaronline.training.setup.FirstRunService;
import nl.ambtenaaronline.training.setup.SetupRefusedException;

/**
 * The first-run page: with the set-up token from the log, creates the first
 * administrator's account and shows its one-time password once. While the set-up is
 * closed (an administrator exists, or no valid token) the page does not exist.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final FirstRunService firstRun;

	private final PasswordField token = new PasswordField();

	private final TextField employeeNumber = new TextField();

	private final TextField firstName = new TextField();

	private final TextField lastName = new TextField();

	private final TextField departmentCode = new TextField();

	private final TextField username = new TextField();

	private final Div form = new Div();

	private final Paragraph error = new Paragraph();

	private final Div done = new Div();

	SetupView(FirstRunService firstRun) {
		this.firstRun = firstRun;
		addClassName("ao-login");
		label(token, "token");
		token.setHelperText(getTranslation("setup.token.help"));
		label(employeeNumber, "employee-number");
		employeeNumber.setHelperText(getTranslation("setup.employee-number.help"));
		label(firstName, "first-name");
		label(lastName, "last-name");
		label(departmentCode, "department-code");
		departmentCode.setHelperText(getTranslation("setup.department-code.help"));
		label(username, "username");
		Button create = new Button(getTranslation("setup.create"), event -> create());
		create.setId("setup-create");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		error.setId("setup-error");
		error.addClassName("ao-notice");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);
		form.add(new Paragraph(getTranslation("setup.intro")), error, token, employeeNumber, firstName, lastName,
				departmentCode, username, create);
		done.setId("setup-done");
		done.setVisible(false);
		done.getElement().setAttribute("role", "status");
		add(new H1(getTranslation("setup.title")), form, done);
	}

	private void label(TextField field, String name) {
		field.setLabel(getTranslation("setup." + name));
		field.setId("setup-" + name);
		field.setRequiredIndicatorVisible(true);
		field.setWidthFull();
	}

	private void label(PasswordField field, String name) {
		field.setLabel(getTranslation("setup." + name));
		field.setId("setup-" + name);
		field.setRequiredIndicatorVisible(true);
		field.setRevealButtonVisible(false);
		field.setWidthFull();
	}

	private void create() {
		Map<String, Component> fields = Map.of("token", token, "employeeNumber", employeeNumber, "firstName", firstName,
				"lastName", lastName, "departmentCode", departmentCode, "username", username);
		fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
		error.setVisible(false);
		try {
			FirstAdministratorCreated created = firstRun.createFirstAdministrator(token.getValue(),
					new FirstAdministrator(employeeNumber.getValue(), firstName.getValue(), lastName.getValue(),
							departmentCode.getValue(), username.getValue()));
			token.clear();
			form.setVisible(false);
			Span password = new Span(created.oneTimePassword());
			password.setId("setup-one-time-password");
			password.addClassName("ao-secret");
			Span name = new Span(created.username());
			name.setId("setup-created-username");
			Anchor login = new Anchor("login", getTranslation("setup.done.login"));
			login.setRouterIgnore(true);
			done.add(
					new Paragraph(
							getTranslation(created.linkedToRoster() ? "setup.done.linked" : "setup.done.new-entry")),
					new Paragraph(new Span(getTranslation("setup.done.username") + " "), name),
					new Paragraph(new Span(getTranslation("setup.done.password") + " "), password),
					new Paragraph(getTranslation("setup.done.next")), login);
			done.setVisible(true);
		}
		catch (SetupRefusedException ex) {
			String message = getTranslation(ex.getMessage());
			Component field = fields.get(ex.field());
			if (field != null) {
				((HasValidation) field).setErrorMessage(message);
				((HasValidation) field).setInvalid(true);
				((Focusable<?>) field).focus();
			}
			else {
				error.setText(message);
				error.setVisible(true);
			}
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!firstRun.open()) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("setup.title") + " – " + getTranslation("app.name");
	}

}

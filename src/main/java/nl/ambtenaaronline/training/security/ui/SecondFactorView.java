package nl.ambtenaaronline.training.security.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ambtenaaronline.training.security.StepReturn;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorRejectedException;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorStatus;
import nl.ambtenaaronline.training.security.secondfactor.TotpEnrolment;
import org.jspecify.annotations.Nullable;

/**
 * The second factor after a password sign-in with HR, ADMIN or AUDITOR: enrol an
 * authenticator app with a QR code (and get recovery codes, shown once), or enter a code
 * from the app or a recovery code. Until then the privileged roles are not in the session
 * and every other page sends the user here.
 */
@Route("second-factor")
@PermitAll
class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SecondFactorService secondFactor;

	private @Nullable SecondFactorStatus shown;

	SecondFactorView(SecondFactorService secondFactor) {
		this.secondFactor = secondFactor;
		addClassName("ao-page");
		addClassName("ao-second-factor");
	}

	/**
	 * Shows what the user has to do now. Vaadin keeps this view when the user is sent
	 * here again, so the step is looked up on every navigation and the page rebuilt only
	 * when it changed (an enrolment in progress keeps its secret).
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		SecondFactorStatus status = secondFactor.status();
		if (status == shown) {
			return;
		}
		shown = status;
		removeAll();
		switch (status) {
			case ENROL -> enrol();
			case VERIFY -> verify();
			case NOT_NEEDED -> add(new H1(getTranslation("second-factor.title")),
					new Paragraph(getTranslation("second-factor.not-needed")));
		}
	}

	private void enrol() {
		TotpEnrolment enrolment = secondFactor.startEnrolment();
		Image qr = new Image(enrolment.qrCode(), getTranslation("second-factor.enrol.qr-alt"));
		qr.setId("totp-qr");
		qr.addClassName("ao-qr");
		Span secret = new Span(enrolment.secret());
		secret.setId("totp-secret");
		secret.addClassName("ao-secret");
		OrderedList steps = new OrderedList(new ListItem(getTranslation("second-factor.enrol.step-app")),
				new ListItem(getTranslation("second-factor.enrol.step-scan")),
				new ListItem(getTranslation("second-factor.enrol.step-code")));
		Paragraph manual = new Paragraph(getTranslation("second-factor.enrol.manual") + " ");
		manual.add(secret);
		TextField code = codeField();
		Button confirm = new Button(getTranslation("second-factor.enrol.confirm"));
		confirm.setId("confirm-totp");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.addClickShortcut(Key.ENTER);
		confirm.addClickListener(event -> {
			try {
				showRecoveryCodes(secondFactor.confirmEnrolment(code.getValue()));
			}
			catch (SecondFactorRejectedException ex) {
				reject(code, ex);
			}
		});
		add(new H1(getTranslation("second-factor.enrol.title")),
				new Paragraph(getTranslation("second-factor.enrol.intro")), steps, qr, manual, code, confirm);
		code.focus();
	}

	private void showRecoveryCodes(List<String> codes) {
		removeAll();
		UnorderedList list = new UnorderedList();
		list.setId("recovery-codes");
		list.addClassName("ao-recovery-codes");
		codes.forEach(recovery -> list.add(new ListItem(recovery)));
		Paragraph done = new Paragraph(getTranslation("second-factor.enrol.done"));
		done.getElement().setAttribute("role", "status");
		Button next = new Button(getTranslation("second-factor.recovery.continue"), event -> start());
		next.setId("recovery-saved");
		next.addThemeVariants(ButtonVariant.PRIMARY);
		H1 title = new H1(getTranslation("second-factor.recovery.title"));
		add(title, done, new Paragraph(getTranslation("second-factor.recovery.intro")), list, next);
		next.focus();
	}

	private void verify() {
		TextField code = codeField();
		Button signIn = new Button(getTranslation("second-factor.verify.submit"));
		signIn.setId("verify-totp");
		signIn.addThemeVariants(ButtonVariant.PRIMARY);
		signIn.addClickShortcut(Key.ENTER);
		signIn.addClickListener(event -> {
			try {
				secondFactor.verify(code.getValue());
				start();
			}
			catch (SecondFactorRejectedException ex) {
				reject(code, ex);
			}
		});

		TextField recovery = new TextField(getTranslation("second-factor.recovery.field"));
		recovery.setId("recovery-code");
		recovery.setAutocomplete(Autocomplete.OFF);
		recovery.setManualValidation(true);
		Button useRecovery = new Button(getTranslation("second-factor.recovery.submit"), event -> {
			try {
				secondFactor.useRecoveryCode(recovery.getValue());
				start();
			}
			catch (SecondFactorRejectedException ex) {
				reject(recovery, ex);
			}
		});
		useRecovery.setId("use-recovery-code");
		add(new H1(getTranslation("second-factor.title")), new Paragraph(getTranslation("second-factor.verify.intro")),
				code, signIn, new H2(getTranslation("second-factor.recovery.heading")),
				new Paragraph(getTranslation("second-factor.recovery.explain")), recovery, useRecovery);
		code.focus();
	}

	private TextField codeField() {
		TextField code = new TextField(getTranslation("second-factor.code"));
		code.setId("totp-code");
		code.getElement().setAttribute("autocomplete", "one-time-code");
		code.setMaxLength(6);
		code.setAllowedCharPattern("[0-9]");
		code.getElement().setAttribute("inputmode", "numeric");
		code.setHelperText(getTranslation("second-factor.code.help"));
		code.setManualValidation(true);
		return code;
	}

	private void reject(TextField field, SecondFactorRejectedException ex) {
		field.clear();
		field.setErrorMessage(getTranslation(ex.getMessage()));
		field.setInvalid(true);
		field.focus();
	}

	/**
	 * A fresh page load, so that the layout and menu show the roles now granted: of the
	 * page asked for before this step, else the start page.
	 */
	private void start() {
		getUI().ifPresent(ui -> ui.getPage().setLocation(StepReturn.take()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("second-factor.title") + " – " + getTranslation("app.name");
	}

}

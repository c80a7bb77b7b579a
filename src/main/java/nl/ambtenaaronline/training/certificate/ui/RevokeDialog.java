package nl.ambtenaaronline.training.certificate.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.ambtenaaronline.training.certificate.CertificateException;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;

/** Revokes one certificate with a reason that stays internal. */
class RevokeDialog extends Dialog {

	final TextArea reason = new TextArea();

	final Button confirm = new Button();

	RevokeDialog(CertificateService certificates, CertificateSummary certificate, Consumer<String> onRevoked) {
		setHeaderTitle(getTranslation("certificate-register.revoke.title", certificate.number()));
		// who, what and for how long, before anything happens: the list row may be out of
		// view once the dialog is open
		Paragraph explain = new Paragraph(getTranslation("certificate-register.revoke.explain",
				CertificateTexts.holder(this, certificate), CertificateTexts.course(this, certificate, getLocale()),
				CertificateTexts.date(certificate.validUntil(), getLocale())));
		explain.setId("revoke-explain");
		reason.setLabel(getTranslation("certificate-register.revoke.reason"));
		reason.setId("revoke-reason");
		reason.setRequired(true);
		reason.setMaxLength(1000);
		reason.setWidthFull();
		confirm.setText(getTranslation("certificate-register.revoke.confirm"));
		confirm.setId("revoke-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		confirm.addClickListener(event -> {
			try {
				certificates.revoke(certificate.id(), reason.getValue());
				close();
				onRevoked.accept(certificate.number());
			}
			catch (CertificateException rejected) {
				reason.setInvalid(true);
				reason.setErrorMessage(getTranslation(rejected.getMessage()));
				reason.focus();
			}
		});
		Button cancel = new Button(getTranslation("certificate-register.revoke.cancel"), event -> close());
		cancel.setId("revoke-cancel");
		add(explain, reason);
		getFooter().add(cancel, confirm);
	}

}

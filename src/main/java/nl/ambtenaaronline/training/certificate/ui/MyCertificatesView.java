package nl.ambtenaaronline.training.certificate.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.PendingCertificates;
import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.shared.Roles;
import org.jspecify.annotations.Nullable;

/**
 * "Mijn certificaten": the employee's own certificates, current ones (valid or expired)
 * with a PDF download first, then revoked ones and the superseded ones as history, each
 * with its status and a line saying why it cannot be downloaded.
 */
@Route("certificates")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(title = "menu.my-certificates", order = 5)
class MyCertificatesView extends Main implements HasDynamicTitle {

	/** How often the page asks again while a certificate is being issued. */
	static final int POLL_MILLIS = 2000;

	private final CertificateService certificates;

	private final PendingCertificates pending;

	private @Nullable Registration poll;

	MyCertificatesView(CertificateService certificates, PendingCertificates pending) {
		this.certificates = certificates;
		this.pending = pending;
		addClassName("ao-page");
		show();
	}

	/**
	 * The page; while a certificate of a course just passed is still being issued, it
	 * says so (a status the screen reader announces) and asks again every two seconds
	 * until it is there.
	 */
	private void show() {
		removeAll();
		add(new H1(getTranslation("certificates.title")));
		add(new Paragraph(getTranslation("certificates.intro")));
		List<LocalizedText> coming = pending.mine();
		for (LocalizedText course : coming) {
			Paragraph line = new Paragraph(getTranslation("certificates.pending", course.in(getLocale())));
			line.addClassName("ao-certificate-pending");
			line.getElement().setAttribute("role", "status");
			add(line);
		}
		if (coming.isEmpty()) {
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
		List<CertificateSummary> all = certificates.myCertificates();
		if (all.isEmpty() && coming.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("certificates.none"));
			none.setId("no-certificates");
			// the way to one: the start page lists the trainings to do
			Anchor training = new Anchor("", getTranslation("certificates.none.to-training"));
			training.setId("no-certificates-training");
			add(none, new Paragraph(training));
			return;
		}
		// a revoked or superseded certificate never stands under "current"
		List<CertificateSummary> current = all.stream()
			.filter(certificate -> certificate.status().downloadable())
			.toList();
		List<CertificateSummary> earlier = all.stream()
			.filter(certificate -> certificate.status() == CertificateStatus.SUPERSEDED)
			.toList();
		List<CertificateSummary> revoked = all.stream()
			.filter(certificate -> certificate.status() == CertificateStatus.REVOKED)
			.toList();
		section("current-certificates", "certificates.current", current, certificates);
		section("revoked-certificates", "certificates.revoked", revoked, certificates);
		section("earlier-certificates", "certificates.earlier", earlier, certificates);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		if (!pending.mine().isEmpty()) {
			UI ui = event.getUI();
			ui.setPollInterval(POLL_MILLIS);
			poll = ui.addPollListener(polled -> show());
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (poll != null) {
			poll.remove();
			poll = null;
		}
	}

	private void section(String id, String headingKey, List<CertificateSummary> list, CertificateService certificates) {
		if (list.isEmpty()) {
			return;
		}
		Section section = new Section();
		section.setId(id);
		section.add(new H2(getTranslation(headingKey)));
		for (CertificateSummary certificate : list) {
			section.add(card(certificate, certificates));
		}
		add(section);
	}

	private Section card(CertificateSummary certificate, CertificateService certificates) {
		Locale locale = getLocale();
		Section card = new Section();
		card.addClassName("ao-certificate");
		// the stripe says the status too (the badge says it in words): green only when
		// valid
		card.addClassName("ao-certificate-" + certificate.status().name().toLowerCase(Locale.ROOT));
		card.setId("certificate-" + certificate.number());
		card.add(new H3(CertificateTexts.course(this, certificate, locale)));
		DescriptionList details = new DescriptionList();
		details.add(term("certificates.status"),
				new DescriptionList.Description(CertificateTexts.status(this, certificate.status())));
		details.add(term("certificates.completed-on"),
				new DescriptionList.Description(CertificateTexts.date(certificate.completedOn(), locale)));
		details.add(term("certificates.valid-until"),
				new DescriptionList.Description(CertificateTexts.date(certificate.validUntil(), locale)));
		details.add(term("certificates.number"), new DescriptionList.Description(new Span(certificate.number())));
		details.add(term("certificates.code"),
				new DescriptionList.Description(new Span(certificate.verificationCode())));
		card.add(details, CertificateTexts.downloadOrWhyNot(this, certificates, certificate));
		if (certificate.status() == CertificateStatus.EXPIRED || certificate.status() == CertificateStatus.REVOKED) {
			// what to do now: a valid certificate comes from doing the training again
			Anchor training = new Anchor("", getTranslation("certificates.to-training"));
			training.setId("next-step-" + certificate.number());
			card.add(new Paragraph(new Text(getTranslation("certificates.next." + certificate.status().name()) + " "),
					training));
		}
		return card;
	}

	private DescriptionList.Term term(String key) {
		return new DescriptionList.Term(getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificates.title") + " – " + getTranslation("app.name");
	}

}

package nl.ambtenaaronline.training.certificate.ui;

import java.util.List;
import java.util.Locale;

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
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * "Mijn certificaten": the employee's own certificates, current ones (valid or expired)
 * with a PDF download first, then revoked ones and the superseded ones as history, each
 * with its status and a line saying why it cannot be downloaded.
 */
@Route("certificates")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(title = "menu.my-certificates", order = 5)
class MyCertificatesView extends Main implements HasDynamicTitle {

	MyCertificatesView(CertificateService certificates) {
		addClassName("ao-page");
		add(new H1(getTranslation("certificates.title")));
		add(new Paragraph(getTranslation("certificates.intro")));
		List<CertificateSummary> all = certificates.myCertificates();
		if (all.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("certificates.none"));
			none.setId("no-certificates");
			add(none);
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
		card.setId("certificate-" + certificate.number());
		card.add(new H3(getTranslation("certificates.course", certificate.courseTitle().in(locale),
				certificate.courseVersion())));
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

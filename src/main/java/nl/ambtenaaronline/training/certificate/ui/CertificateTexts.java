package nl.ambtenaaronline.training.certificate.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.ambtenaaronline.training.certificate.CertificateNotFoundException;
import nl.ambtenaaronline.training.certificate.CertificatePdf;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;

/** What the certificate screens share: dates, the status badge and the download link. */
final class CertificateTexts {

	private CertificateTexts() {
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
	}

	static Span status(Component owner, CertificateStatus status) {
		Span badge = new Span(owner.getTranslation("certificate.status." + status.name()));
		badge.addClassNames("ao-status", "ao-status-" + status.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	/**
	 * A link that downloads the certificate's PDF; the service checks, at download time,
	 * that the user may have it.
	 */
	static Anchor download(Component owner, CertificateService certificates, CertificateSummary certificate) {
		long id = certificate.id();
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			try {
				CertificatePdf pdf = certificates.pdf(id);
				return new DownloadResponse(new ByteArrayInputStream(pdf.content()), pdf.fileName(),
						CertificatePdf.CONTENT_TYPE, pdf.content().length);
			}
			catch (CertificateNotFoundException notFound) {
				return DownloadResponse.error(404);
			}
		}), owner.getTranslation("certificates.download"));
		link.addClassName("ao-download");
		link.setId("download-" + certificate.number());
		link.getElement()
			.setAttribute("aria-label", owner.getTranslation("certificates.download.label", certificate.number()));
		return link;
	}

}

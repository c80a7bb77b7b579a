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
import nl.ambtenaaronline.training.certificate.CertificateException;
import nl.ambtenaaronline.training.certificate.CertificateNotFoundException;
import nl.ambtenaaronline.training.certificate.CertificatePdf;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;

/** What the certificate screens share: dates, the status badge and the download link. */
final class CertificateTexts {

	private CertificateTexts() {
	}

	/** The holder's name, or that it was erased after the retention period. */
	static String holder(Component owner, CertificateSummary certificate) {
		return certificate.holderName().isBlank() ? owner.getTranslation("verify.holder-erased")
				: certificate.holderName();
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
	}

	/**
	 * The course a certificate is for: with the version it was earned on, or, for one
	 * carried over from before the application, saying so (it stands for no version of
	 * this course).
	 */
	static String course(Component owner, CertificateSummary certificate, Locale locale) {
		return certificate.carriedOver()
				? owner.getTranslation("certificates.course.carried-over", certificate.courseTitle().in(locale))
				: owner.getTranslation("certificates.course", certificate.courseTitle().in(locale),
						certificate.courseVersion());
	}

	static Span status(Component owner, CertificateStatus status) {
		Span badge = new Span(owner.getTranslation("certificate.status." + status.name()));
		badge.addClassNames("ao-status", "ao-status-" + status.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	/**
	 * The download link of a certificate that may be downloaded; for a revoked or
	 * superseded one a line that says why there is none.
	 */
	static Component downloadOrWhyNot(Component owner, CertificateService certificates,
			CertificateSummary certificate) {
		if (certificate.status().downloadable()) {
			return download(owner, certificates, certificate);
		}
		Span why = new Span(owner.getTranslation("certificates.no-download." + certificate.status().name()));
		why.setId("no-download-" + certificate.number());
		why.addClassName("ao-no-download");
		return why;
	}

	/**
	 * A link that downloads the certificate's PDF; the service checks, at download time,
	 * that the user may have it.
	 */
	static Anchor download(Component owner, CertificateService certificates, CertificateSummary certificate) {
		long id = certificate.id();
		if (!certificate.status().downloadable()) {
			throw new IllegalArgumentException("no download for a " + certificate.status() + " certificate");
		}
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			try {
				CertificatePdf pdf = certificates.pdf(id);
				return new DownloadResponse(new ByteArrayInputStream(pdf.content()), pdf.fileName(),
						CertificatePdf.CONTENT_TYPE, pdf.content().length);
			}
			catch (CertificateNotFoundException notFound) {
				return DownloadResponse.error(404);
			}
			catch (CertificateException revokedMeanwhile) {
				return DownloadResponse.error(410);
			}
		}), owner.getTranslation("certificates.download"));
		link.addClassName("ao-download");
		link.setId("download-" + certificate.number());
		link.getElement()
			.setAttribute("aria-label", owner.getTranslation("certificates.download.label", certificate.number()));
		return link;
	}

}

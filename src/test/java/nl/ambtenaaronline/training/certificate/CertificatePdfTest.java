package nl.ambtenaaronline.training.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import nl.ambtenaaronline.training.PdfA;
import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate PDF without Spring: PDF/A-2u and PDF/UA-1 by veraPDF, byte-identical
 * re-rendering, the QR code decoded back to the verify address, the text a reader gets.
 */
class CertificatePdfTest {

	static final CertificateDocument CERTIFICATE = new CertificateDocument("SM-2026-000123", "7KQ2-M9XD-4TRA-0BWE",
			"Jan Pieter van der Berg",
			new LocalizedText("Sociale media voor ambtenaren", "Social media for civil servants"), "1.2.0",
			LocalDate.of(2026, 3, 12), LocalDate.of(2028, 3, 12), "Gemeente Amsterdam",
			"https://training.example.nl/verify/7KQ2-M9XD-4TRA-0BWE", "https://training.example.nl/verify",
			Instant.parse("2026-03-12T09:15:02.123456Z"), false);

	static CertificatePdfRenderer renderer;

	@BeforeAll
	static void renderer() {
		renderer = renderer(new ResourceBundleMessageSource());
		VeraGreenfieldFoundryProvider.initialise();
	}

	static CertificatePdfRenderer renderer(ResourceBundleMessageSource messages) {
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new CertificatePdfRenderer(PdfKit.load("images/city-mark.svg"), messages);
	}

	@Test
	void theCertificateIsPdfA2uWithoutAnyViolation() throws Exception {
		assertThat(violations(renderer.render(CERTIFICATE), PDFAFlavour.PDFA_2_U)).isEmpty();
	}

	@Test
	void theCertificateIsPdfUa1WithoutAnyViolation() throws Exception {
		assertThat(violations(renderer.render(CERTIFICATE), PDFAFlavour.PDFUA_1)).isEmpty();
	}

	@Test
	void thePlainPdfOfALibraryFailsBothFlavoursSoTheValidatorIsAwake() throws Exception {
		java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(plain);
		}
		assertThat(violations(plain.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
		assertThat(violations(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
	}

	@Test
	void theSameCertificateGivesTheSameBytes() {
		byte[] first = renderer.render(CERTIFICATE);
		byte[] second = renderer(new ResourceBundleMessageSource()).render(CERTIFICATE);
		assertThat(second).isEqualTo(first);
	}

	@Test
	void anotherCertificateGivesOtherBytes() {
		byte[] first = renderer.render(CERTIFICATE);
		byte[] other = renderer.render(new CertificateDocument("SM-2026-000124", CERTIFICATE.verificationCode(),
				CERTIFICATE.holderName(), CERTIFICATE.courseTitle(), CERTIFICATE.courseVersion(),
				CERTIFICATE.completedOn(), CERTIFICATE.validUntil(), CERTIFICATE.cityName(), CERTIFICATE.verifyUrl(),
				CERTIFICATE.verifyFormUrl(), CERTIFICATE.issuedAt(), false));
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void aCertificateCarriedOverFromBeforeTheApplicationNamesNoVersionAndSaysSo() throws Exception {
		byte[] pdf = renderer.render(new CertificateDocument(CERTIFICATE.number(), CERTIFICATE.verificationCode(),
				CERTIFICATE.holderName(), CERTIFICATE.courseTitle(), CERTIFICATE.courseVersion(),
				CERTIFICATE.completedOn(), CERTIFICATE.validUntil(), CERTIFICATE.cityName(), CERTIFICATE.verifyUrl(),
				CERTIFICATE.verifyFormUrl(), CERTIFICATE.issuedAt(), true));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text)
				.contains("klassikaal of eerder vastgelegd door HR", "in a classroom or recorded earlier by HR",
						"12 maart 2026")
				.doesNotContain("1.2.0");
		}
		assertThat(violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
	}

	@Test
	void theQrCodeDecodesToTheVerifyAddress() throws Exception {
		byte[] pdf = renderer.render(CERTIFICATE);
		// kept for a look by a person: target/certificate-example.pdf
		java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-example.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
			var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
			String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
			assertThat(decoded).isEqualTo("https://training.example.nl/verify/7KQ2-M9XD-4TRA-0BWE");
		}
	}

	@Test
	void aReaderGetsTheHolderCourseDatesNumberAndCodeInDutchAndEnglish() throws IOException {
		try (PDDocument document = Loader.loadPDF(renderer.render(CERTIFICATE))) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Gemeente Amsterdam", "Certificaat", "Certificate", "Jan Pieter van der Berg",
					"Sociale media voor ambtenaren", "Social media for civil servants", "versie 1.2.0", "12 maart 2026",
					"12 March 2026", "Geldig tot 12 maart 2028", "Valid until 12 March 2028", "SM-2026-000123",
					"7KQ2-M9XD-4TRA-0BWE", "https://training.example.nl/verify");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Certificaat SM-2026-000123: Sociale media voor ambtenaren");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
			assertThat(document.getDocumentInformation().getCreationDate().toInstant())
				.isEqualTo(Instant.parse("2026-03-12T09:15:02Z"));
		}
	}

	static List<String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
		return PdfA.violations(pdf, flavour);
	}

}

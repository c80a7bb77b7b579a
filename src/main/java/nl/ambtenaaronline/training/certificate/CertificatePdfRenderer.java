package nl.ambtenaaronline.training.certificate;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import nl.ambtenaaronline.training.shared.pdf.ArchivalDocument;
import nl.ambtenaaronline.training.shared.pdf.CityMark;
import nl.ambtenaaronline.training.shared.pdf.DocumentInfo;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;
import nl.ambtenaaronline.training.shared.pdf.PdfText;
import nl.ambtenaaronline.training.shared.pdf.TaggedPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import org.springframework.context.MessageSource;

/**
 * The layout of a certificate: one A4 landscape page in Dutch with the English lines
 * tagged as English, the city mark and the QR code with alternative texts; the
 * archival-PDF kit makes it PDF/A-2u and PDF/UA-1. Nothing depends on the moment of
 * rendering: dates come from the issue, the document ID from the certificate number, so
 * the same certificate always gives the same bytes. Thread-safe: every call works on its
 * own document.
 */
final class CertificatePdfRenderer {

	private static final Locale DUTCH = Locale.of("nl");

	private static final float WIDTH = PDRectangle.A4.getHeight();

	private static final float HEIGHT = PDRectangle.A4.getWidth();

	private static final float MARGIN = 56;

	private static final Color MUTED = new Color(0x55, 0x55, 0x55);

	private final PdfKit kit;

	private final MessageSource messages;

	CertificatePdfRenderer(PdfKit kit, MessageSource messages) {
		this.kit = kit;
		this.messages = messages;
	}

	byte[] render(CertificateDocument certificate) {
		String title = msg("certificate.pdf.document-title", DUTCH, certificate.number(),
				certificate.courseTitle().nl());
		try (ArchivalDocument document = kit.open(new DocumentInfo(title, certificate.cityName(), "nl-NL",
				certificate.issuedAt(), "certificate:" + certificate.number()))) {
			TaggedPage page = document.newPage(new PDRectangle(WIDTH, HEIGHT));
			draw(certificate, page, document.regular(), document.bold());
			return document.save();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render certificate " + certificate.number(), ex);
		}
	}

	private void draw(CertificateDocument certificate, TaggedPage page, PDFont regular, PDFont bold)
			throws IOException {
		PDPageContentStream content = page.content();
		CityMark mark = kit.cityMark();
		float top = HEIGHT - MARGIN;
		float markHeight = 66;
		float markWidth = (float) (markHeight * mark.aspect());
		page.figure(mark.title().isEmpty() ? msg("certificate.pdf.mark-alt", DUTCH) : mark.title(),
				() -> mark.draw(content, MARGIN, top - markHeight, markHeight));
		float textX = MARGIN + markWidth + 16;
		page.tagged("P", null, () -> page.text(bold, 18, PdfKit.TEXT, textX, top - 24, certificate.cityName()));
		page.tagged("P", null, () -> page.text(regular, 11, MUTED, textX, top - 42, "Ambtenaar Online"));

		page.artifact(() -> {
			content.setNonStrokingColor(PdfKit.RED);
			content.addRect(MARGIN, top - markHeight - 18, WIDTH - 2 * MARGIN, 4);
			content.fill();
		});

		float y = top - markHeight - 70;
		float headingY = y;
		page.tagged("H1", null,
				() -> page.text(bold, 34, PdfKit.TEXT, MARGIN, headingY, msg("certificate.pdf.heading", DUTCH)));
		y -= 22;
		float englishHeadingY = y;
		page.tagged("P", "en-GB", () -> page.text(regular, 14, MUTED, MARGIN, englishHeadingY,
				msg("certificate.pdf.heading", Locale.ENGLISH)));

		y -= 40;
		float declaresY = y;
		page.tagged("P", null, () -> page.text(regular, 13, PdfKit.TEXT, MARGIN, declaresY,
				msg("certificate.pdf.declares", DUTCH, certificate.cityName())));
		y -= 34;
		float nameY = y;
		page.tagged("P", null, () -> page.text(bold, 24, PdfKit.TEXT, MARGIN, nameY, certificate.holderName()));

		y -= 30;
		// a certificate carried over from before the system names no version of this
		// course: it does not stand for a completion of it
		String completedKey = certificate.carriedOver() ? "certificate.pdf.completed.carried-over"
				: "certificate.pdf.completed";
		List<String> completed = PdfText.wrap(msg(completedKey, DUTCH, certificate.courseTitle().nl(),
				certificate.courseVersion(), date(certificate.completedOn(), DUTCH)), regular, 13, 470);
		float completedY = y;
		page.tagged("P", null, () -> page.lines(regular, 13, PdfKit.TEXT, MARGIN, completedY, 17, completed));
		y -= 17 * completed.size() + 4;
		List<String> completedEn = PdfText.wrap(msg(completedKey, Locale.ENGLISH, certificate.courseTitle().en(),
				certificate.courseVersion(), date(certificate.completedOn(), Locale.ENGLISH), certificate.cityName()),
				regular, 10, 470);
		float completedEnY = y;
		page.tagged("P", "en-GB", () -> page.lines(regular, 10, MUTED, MARGIN, completedEnY, 13, completedEn));
		y -= 13 * completedEn.size() + 18;

		float validY = y;
		page.tagged("P", null, () -> page.text(bold, 16, PdfKit.TEXT, MARGIN, validY,
				msg("certificate.pdf.valid-until", DUTCH, date(certificate.validUntil(), DUTCH))));
		y -= 16;
		float validEnY = y;
		page.tagged("P", "en-GB", () -> page.text(regular, 10, MUTED, MARGIN, validEnY,
				msg("certificate.pdf.valid-until", Locale.ENGLISH, date(certificate.validUntil(), Locale.ENGLISH))));

		float qrSize = 118;
		float qrX = WIDTH - MARGIN - qrSize;
		float qrY = MARGIN + 40;
		float detailsY = MARGIN + 40 + 14 * 3;
		String[][] details = {
				{ msg("certificate.pdf.number", DUTCH) + " / " + msg("certificate.pdf.number", Locale.ENGLISH),
						certificate.number() },
				{ msg("certificate.pdf.code", DUTCH) + " / " + msg("certificate.pdf.code", Locale.ENGLISH),
						certificate.verificationCode() } };
		for (int i = 0; i < details.length; i++) {
			float rowY = detailsY - i * 30;
			String[] row = details[i];
			page.tagged("P", null, () -> {
				page.text(regular, 9, MUTED, qrX - 300, rowY + 11, row[0]);
				page.text(bold, 13, PdfKit.TEXT, qrX - 300, rowY - 3, row[1]);
			});
		}
		List<String> check = PdfText.wrap(msg("certificate.pdf.check", DUTCH, certificate.verifyFormUrl()), regular, 9,
				300);
		float checkY = MARGIN + 28;
		page.tagged("P", null, () -> page.lines(regular, 9, MUTED, qrX - 300, checkY, 11, check));

		page.figure(msg("certificate.pdf.qr-alt", DUTCH, certificate.verifyUrl()),
				() -> qr(content, certificate.verifyUrl(), qrX, qrY, qrSize));

		page.artifact(() -> {
			content.setNonStrokingColor(PdfKit.RED);
			content.addRect(MARGIN, MARGIN - 8, WIDTH - 2 * MARGIN, 1.5f);
			content.fill();
		});
	}

	/** The QR code as filled squares (vector, sharp at any size), error correction M. */
	private static void qr(PDPageContentStream content, String url, float x, float y, float size) throws IOException {
		BitMatrix matrix;
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.MARGIN, 0);
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
			matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("cannot encode the verify address as a QR code", ex);
		}
		int modules = matrix.getWidth();
		float module = size / modules;
		content.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < modules; row++) {
			int column = 0;
			while (column < modules) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules && matrix.get(column, row)) {
					column++;
				}
				content.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
			}
		}
		content.fill();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
	}

}

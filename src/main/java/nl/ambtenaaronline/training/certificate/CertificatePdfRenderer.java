package nl.ambtenaaronline.training.certificate;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import nl.ambtenaaronline.training.shared.PdfArchive;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a certificate as one A4 landscape page, PDF/A-2u and PDF/UA-1: tagged (every
 * piece of content is in the structure tree or marked as an artifact), document language
 * Dutch with the English lines tagged as English, the title in the XMP metadata and shown
 * by viewers, alternative texts for the city mark and the QR code, Liberation Sans
 * embedded (shipped with its licence in {@code fonts/}), sRGB output intent. Nothing
 * depends on the moment of rendering: dates come from the issue, the document ID from the
 * certificate number, so the same certificate always gives the same bytes. Thread-safe:
 * every call works on its own document.
 */
final class CertificatePdfRenderer {

	static final String PRODUCER = "Ambtenaar Online (Apache PDFBox)";

	private static final Locale DUTCH = Locale.of("nl");

	private static final float WIDTH = PDRectangle.A4.getHeight();

	private static final float HEIGHT = PDRectangle.A4.getWidth();

	private static final float MARGIN = 56;

	private static final Color RED = new Color(0xec, 0x00, 0x00);

	private static final Color TEXT = new Color(0x1f, 0x1f, 0x1f);

	private static final Color MUTED = new Color(0x55, 0x55, 0x55);

	private final byte[] regularFont;

	private final byte[] boldFont;

	private final byte[] colourProfile;

	private final CityMark mark;

	private final MessageSource messages;

	CertificatePdfRenderer(byte[] regularFont, byte[] boldFont, byte[] colourProfile, CityMark mark,
			MessageSource messages) {
		this.regularFont = regularFont.clone();
		this.boldFont = boldFont.clone();
		this.colourProfile = colourProfile.clone();
		this.mark = mark;
		this.messages = messages;
	}

	byte[] render(CertificateDocument certificate) {
		try (PDDocument document = new PDDocument()) {
			document.getDocument().setVersion(1.7f);
			document.setVersion(1.7f);
			PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
			document.addPage(page);
			PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
			PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);

			PDDocumentCatalog catalog = document.getDocumentCatalog();
			catalog.setLanguage("nl-NL");
			PDMarkInfo markInfo = new PDMarkInfo();
			markInfo.setMarked(true);
			catalog.setMarkInfo(markInfo);
			PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
			preferences.setDisplayDocTitle(true);
			catalog.setViewerPreferences(preferences);

			PDStructureTreeRoot root = new PDStructureTreeRoot();
			catalog.setStructureTreeRoot(root);
			PDStructureElement body = new PDStructureElement("Document", root);
			body.setPage(page);
			root.appendKid(body);
			page.setStructParents(0);
			page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);

			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				Tagger tagger = new Tagger(content, body, page);
				draw(certificate, content, tagger, regular, bold);
				COSDictionary parentTree = new COSDictionary();
				COSArray nums = new COSArray();
				nums.add(COSInteger.ZERO);
				nums.add(tagger.parents);
				parentTree.setItem(COSName.NUMS, nums);
				root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
				root.setParentTreeNextKey(1);
			}

			String title = msg("certificate.pdf.document-title", DUTCH, certificate.number(),
					certificate.courseTitle().nl());
			Calendar issued = PdfArchive.calendar(certificate.issuedAt());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(certificate.cityName());
			info.setCreator("Ambtenaar Online");
			info.setProducer(PRODUCER);
			info.setCreationDate(issued);
			info.setModificationDate(issued);

			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(
					xmp(title, certificate.cityName(), certificate.issuedAt()).getBytes(StandardCharsets.UTF_8));
			catalog.setMetadata(metadata);

			PdfArchive.archival(document, colourProfile, "certificate:" + certificate.number());

			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render certificate " + certificate.number(), ex);
		}
	}

	private void draw(CertificateDocument certificate, PDPageContentStream content, Tagger tagger, PDFont regular,
			PDFont bold) throws IOException {
		float top = HEIGHT - MARGIN;
		float markHeight = 66;
		float markWidth = (float) (markHeight * mark.aspect());
		tagger.figure(mark.title().isEmpty() ? msg("certificate.pdf.mark-alt", DUTCH) : mark.title(),
				() -> mark.draw(content, MARGIN, top - markHeight, markHeight));
		float textX = MARGIN + markWidth + 16;
		tagger.tagged("P", null, () -> text(content, bold, 18, TEXT, textX, top - 24, certificate.cityName()));
		tagger.tagged("P", null, () -> text(content, regular, 11, MUTED, textX, top - 42, "Ambtenaar Online"));

		tagger.artifact(() -> {
			content.setNonStrokingColor(RED);
			content.addRect(MARGIN, top - markHeight - 18, WIDTH - 2 * MARGIN, 4);
			content.fill();
		});

		float y = top - markHeight - 70;
		float headingY = y;
		tagger.tagged("H1", null,
				() -> text(content, bold, 34, TEXT, MARGIN, headingY, msg("certificate.pdf.heading", DUTCH)));
		y -= 22;
		float englishHeadingY = y;
		tagger.tagged("P", "en-GB", () -> text(content, regular, 14, MUTED, MARGIN, englishHeadingY,
				msg("certificate.pdf.heading", Locale.ENGLISH)));

		y -= 40;
		float declaresY = y;
		tagger.tagged("P", null, () -> text(content, regular, 13, TEXT, MARGIN, declaresY,
				msg("certificate.pdf.declares", DUTCH, certificate.cityName())));
		y -= 34;
		float nameY = y;
		tagger.tagged("P", null, () -> text(content, bold, 24, TEXT, MARGIN, nameY, certificate.holderName()));

		y -= 30;
		List<String> completed = wrap(msg("certificate.pdf.completed", DUTCH, certificate.courseTitle().nl(),
				certificate.courseVersion(), date(certificate.completedOn(), DUTCH)), regular, 13, 470);
		float completedY = y;
		tagger.tagged("P", null, () -> lines(content, regular, 13, TEXT, MARGIN, completedY, 17, completed));
		y -= 17 * completed.size() + 4;
		List<String> completedEn = wrap(msg("certificate.pdf.completed", Locale.ENGLISH, certificate.courseTitle().en(),
				certificate.courseVersion(), date(certificate.completedOn(), Locale.ENGLISH), certificate.cityName()),
				regular, 10, 470);
		float completedEnY = y;
		tagger.tagged("P", "en-GB", () -> lines(content, regular, 10, MUTED, MARGIN, completedEnY, 13, completedEn));
		y -= 13 * completedEn.size() + 18;

		float validY = y;
		tagger.tagged("P", null, () -> text(content, bold, 16, TEXT, MARGIN, validY,
				msg("certificate.pdf.valid-until", DUTCH, date(certificate.validUntil(), DUTCH))));
		y -= 16;
		float validEnY = y;
		tagger.tagged("P", "en-GB", () -> text(content, regular, 10, MUTED, MARGIN, validEnY,
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
			tagger.tagged("P", null, () -> {
				text(content, regular, 9, MUTED, qrX - 300, rowY + 11, row[0]);
				text(content, bold, 13, TEXT, qrX - 300, rowY - 3, row[1]);
			});
		}
		List<String> check = wrap(msg("certificate.pdf.check", DUTCH, certificate.verifyFormUrl()), regular, 9, 300);
		float checkY = MARGIN + 28;
		tagger.tagged("P", null, () -> lines(content, regular, 9, MUTED, qrX - 300, checkY, 11, check));

		tagger.figure(msg("certificate.pdf.qr-alt", DUTCH, certificate.verifyUrl()),
				() -> qr(content, certificate.verifyUrl(), qrX, qrY, qrSize));

		tagger.artifact(() -> {
			content.setNonStrokingColor(RED);
			content.addRect(MARGIN, MARGIN - 8, WIDTH - 2 * MARGIN, 1.5f);
			content.fill();
		});
	}

	private static void text(PDPageContentStream content, PDFont font, float size, Color colour, float x, float y,
			String text) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.setNonStrokingColor(colour);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	private static void lines(PDPageContentStream content, PDFont font, float size, Color colour, float x, float y,
			float leading, List<String> lines) throws IOException {
		for (int i = 0; i < lines.size(); i++) {
			text(content, font, size, colour, x, y - i * leading, lines.get(i));
		}
	}

	/** Greedy word wrap to the given width in points. */
	static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
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

	/**
	 * The XMP packet: Dublin Core, XMP basic, PDF, PDF/A-2u and PDF/UA-1 identification.
	 */
	static String xmp(String title, String author, Instant issued) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(issued.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about=""
				    xmlns:dc="http://purl.org/dc/elements/1.1/"
				    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
				    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
				    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
				    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
				    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
				    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
				    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
				   <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
				   <dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>
				   <xmp:CreateDate>%3$s</xmp:CreateDate>
				   <xmp:ModifyDate>%3$s</xmp:ModifyDate>
				   <xmp:MetadataDate>%3$s</xmp:MetadataDate>
				   <xmp:CreatorTool>Ambtenaar Online</xmp:CreatorTool>
				   <pdf:Producer>%4$s</pdf:Producer>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>U</pdfaid:conformance>
				   <pdfuaid:part>1</pdfuaid:part>
				   <pdfaExtension:schemas>
				    <rdf:Bag>
				     <rdf:li rdf:parseType="Resource">
				      <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
				      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
				      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
				      <pdfaSchema:property>
				       <rdf:Seq>
				        <rdf:li rdf:parseType="Resource">
				         <pdfaProperty:name>part</pdfaProperty:name>
				         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
				         <pdfaProperty:category>internal</pdfaProperty:category>
				         <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
				        </rdf:li>
				       </rdf:Seq>
				      </pdfaSchema:property>
				     </rdf:li>
				    </rdf:Bag>
				   </pdfaExtension:schemas>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(author), date,
				PRODUCER);
	}

	/** Something that draws into the content stream. */
	@FunctionalInterface
	interface Drawing {

		void draw() throws IOException;

	}

	/**
	 * Tags content: each call opens a marked-content sequence with the next MCID, adds a
	 * structure element for it and records it in the page's parent tree entry.
	 */
	private static final class Tagger {

		private final PDPageContentStream content;

		private final PDStructureElement parent;

		private final PDPage page;

		private final COSArray parents = new COSArray();

		private int mcid;

		Tagger(PDPageContentStream content, PDStructureElement parent, PDPage page) {
			this.content = content;
			this.parent = parent;
			this.page = page;
		}

		void tagged(String type, @Nullable String language, Drawing drawing) throws IOException {
			element(type, language, null, drawing);
		}

		void figure(String alternative, Drawing drawing) throws IOException {
			element("Figure", null, alternative, drawing);
		}

		private void element(String type, @Nullable String language, @Nullable String alternative, Drawing drawing)
				throws IOException {
			PDStructureElement element = new PDStructureElement(type, parent);
			element.setPage(page);
			if (language != null) {
				element.setLanguage(language);
			}
			if (alternative != null) {
				element.setAlternateDescription(alternative);
			}
			COSDictionary properties = new COSDictionary();
			properties.setInt(COSName.MCID, mcid);
			COSName tag = COSName.getPDFName(type);
			content.beginMarkedContent(tag, PDPropertyList.create(properties));
			drawing.draw();
			content.endMarkedContent();
			element.appendKid(PDMarkedContent.create(tag, properties));
			parent.appendKid(element);
			parents.add(element);
			mcid++;
		}

		void artifact(Drawing drawing) throws IOException {
			content.beginMarkedContent(COSName.ARTIFACT);
			drawing.draw();
			content.endMarkedContent();
		}

	}

}

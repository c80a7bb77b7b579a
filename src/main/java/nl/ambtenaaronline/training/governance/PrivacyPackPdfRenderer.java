package nl.ambtenaaronline.training.governance;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.shared.PdfArchive;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Renders the privacy pack as an A4 PDF/A-2u document, the approach of the certificate:
 * Liberation Sans embedded (licence in {@code fonts/}), sRGB output intent, XMP metadata
 * with the PDF/A identification. Sections with headings and tables that break over pages.
 * Thread-safe: every call works on its own document.
 */
final class PrivacyPackPdfRenderer {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth();

	private static final float HEIGHT = PDRectangle.A4.getHeight();

	private static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;

	private static final Color TEXT = new Color(0x1f, 0x1f, 0x1f);

	private static final Color RED = new Color(0xec, 0x00, 0x00);

	private final MessageSource messages;

	private final byte[] regularFont = read("fonts/LiberationSans-Regular.ttf");

	private final byte[] boldFont = read("fonts/LiberationSans-Bold.ttf");

	private final byte[] colourProfile = read("color/sRGB.icc");

	PrivacyPackPdfRenderer(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(PrivacyPack pack, Locale locale) {
		try (PDDocument document = new PDDocument()) {
			document.getDocument().setVersion(1.7f);
			Writer writer = new Writer(document,
					PDType0Font.load(document, new ByteArrayInputStream(regularFont), true),
					PDType0Font.load(document, new ByteArrayInputStream(boldFont), true));
			String title = msg("governance.title", locale, pack.register().controller());
			writer.heading(title, 18);
			writer.paragraph(msg("governance.generated", locale,
					DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
						.withZone(TimeConfiguration.ZONE)
						.format(pack.generatedAt())));
			content(pack, locale, writer);
			writer.close();

			PDDocumentCatalog catalog = document.getDocumentCatalog();
			catalog.setLanguage(locale.getLanguage().equals("en") ? "en-GB" : "nl-NL");
			Calendar created = PdfArchive.calendar(pack.generatedAt());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(pack.register().controller());
			info.setCreator("Ambtenaar Online");
			info.setProducer("Ambtenaar Online (Apache PDFBox)");
			info.setCreationDate(created);
			info.setModificationDate(created);
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(xmp(title, pack.register().controller(),
					DateTimeFormatter.ISO_OFFSET_DATE_TIME
						.format(pack.generatedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)),
					catalog.getLanguage())
				.getBytes(StandardCharsets.UTF_8));
			catalog.setMetadata(metadata);
			PdfArchive.archival(document, colourProfile, "privacy-pack " + pack.generatedAt() + " " + locale);

			ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render the privacy pack", ex);
		}
	}

	private void content(PrivacyPack pack, Locale locale, Writer writer) throws IOException {
		ProcessingRegister register = pack.register();
		writer.heading(msg("governance.register.title", locale), 14);
		List<List<String>> registerRows = new ArrayList<>();
		registerRows.add(List.of(msg("governance.register.controller", locale), register.controller()));
		registerRows.add(List.of(msg("governance.register.contact", locale), register.contact()));
		registerRows.add(List.of(msg("governance.register.purposes", locale), String.join("; ",
				register.purposes().stream().map(p -> msg("governance.purpose." + p, locale)).toList())));
		registerRows.add(List.of(msg("governance.register.subjects", locale),
				msg("governance.register.subjects.value", locale)));
		registerRows.add(List.of(msg("governance.register.categories", locale),
				String.join("; ",
						register.personalDataCategories()
							.stream()
							.map(c -> msg("governance.category." + c, locale))
							.toList())));
		registerRows
			.add(List.of(msg("governance.register.recipients", locale), String.join(", ", register.recipientRoles())));
		registerRows.add(List.of(msg("governance.register.transfers", locale),
				msg("governance.register.transfers.value", locale)));
		registerRows.add(List.of(msg("governance.register.retention", locale), String.join("; ",
				register.retention().stream().map(row -> row.key() + ": " + retentionValue(row, locale)).toList())));
		registerRows.add(List.of(msg("governance.register.security", locale),
				msg("governance.register.security.value", locale)));
		writer.table(new float[] { 0.3f, 0.7f }, null, registerRows);

		writer.heading(msg("governance.retention.title", locale), 14);
		writer.table(new float[] { 0.6f, 0.4f },
				List.of(msg("governance.retention.setting", locale), msg("governance.retention.months", locale)),
				pack.retention().stream().map(row -> List.of(row.key(), retentionValue(row, locale))).toList());

		writer.heading(msg("governance.categories.title", locale), 14);
		List<String> header = new ArrayList<>();
		header.add(msg("governance.categories.category", locale));
		header.addAll(PrivacyPack.ROLES);
		float[] widths = { 0.25f, 0.15f, 0.15f, 0.15f, 0.15f, 0.15f };
		writer.table(widths, header, pack.categories().stream().map(category -> {
			List<String> row = new ArrayList<>();
			row.add(msg("governance.category." + category.category(), locale));
			category.access().forEach(access -> row.add(msg("governance.access." + access, locale)));
			return row;
		}).toList());

		writer.heading(msg("governance.routes.title", locale), 14);
		writer.table(new float[] { 0.4f, 0.3f, 0.3f },
				List.of(msg("governance.routes.route", locale), msg("governance.routes.screen", locale),
						msg("governance.routes.who", locale)),
				pack.routes()
					.stream()
					.map(route -> List.of("/" + route.route(),
							route.titleKey() == null ? "" : msg(route.titleKey(), locale), audience(route, locale)))
					.toList());

		writer.heading(msg("governance.inventory.title", locale), 14);
		writer.table(new float[] { 0.32f, 0.14f, 0.24f, 0.30f },
				List.of(msg("governance.inventory.column", locale), msg("governance.inventory.type", locale),
						msg("governance.inventory.category", locale), msg("governance.inventory.purpose", locale)),
				pack.inventory()
					.stream()
					.map(row -> List.of(row.qualifiedName(), row.type(),
							row.category() == null ? "" : msg("governance.category." + row.category(), locale),
							row.purpose() == null ? msg("governance.inventory.missing", locale)
									: msg("governance.purpose." + row.purpose(), locale)))
					.toList());
	}

	String audience(RouteAccess route, Locale locale) {
		return switch (route.audience()) {
			case ANYONE -> msg("governance.routes.anyone", locale);
			case SIGNED_IN -> msg("governance.routes.signed-in", locale);
			case ROLES -> String.join(", ", route.roles());
		};
	}

	String retentionValue(RetentionRow row, Locale locale) {
		return row.value() == null ? msg("governance.retention.not-configured", locale) : row.value();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	/** Writes headings, paragraphs and tables top to bottom, starting new pages. */
	private static final class Writer {

		private final PDDocument document;

		private final PDFont regular;

		private final PDFont bold;

		private PDPageContentStream content;

		private float y;

		Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			this.content = newPage();
		}

		private PDPageContentStream newPage() throws IOException {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDPageContentStream stream = new PDPageContentStream(document, page);
			stream.setNonStrokingColor(RED);
			stream.addRect(MARGIN, HEIGHT - MARGIN + 10, CONTENT_WIDTH, 3);
			stream.fill();
			y = HEIGHT - MARGIN;
			return stream;
		}

		private void room(float needed) throws IOException {
			if (y - needed < MARGIN) {
				content.close();
				content = newPage();
			}
		}

		void heading(String text, float size) throws IOException {
			room(size * 3);
			y -= size * 1.6f;
			text(bold, size, MARGIN, y, text);
			y -= size * 0.6f;
		}

		void paragraph(String text) throws IOException {
			for (String line : wrap(text, regular, 10, CONTENT_WIDTH)) {
				room(14);
				y -= 14;
				text(regular, 10, MARGIN, y, line);
			}
		}

		void table(float[] widths, @Nullable List<String> header, List<List<String>> rows) throws IOException {
			if (header != null) {
				row(widths, header, bold);
			}
			for (List<String> row : rows) {
				row(widths, row, regular);
			}
			y -= 6;
		}

		private void row(float[] widths, List<String> cells, PDFont font) throws IOException {
			float size = 8.5f;
			float leading = 11;
			List<List<String>> wrapped = new ArrayList<>();
			int lines = 1;
			for (int i = 0; i < cells.size(); i++) {
				List<String> cell = wrap(cells.get(i), font, size, widths[i] * CONTENT_WIDTH - 6);
				wrapped.add(cell);
				lines = Math.max(lines, cell.size());
			}
			float height = lines * leading + 4;
			room(height);
			float x = MARGIN;
			for (int i = 0; i < wrapped.size(); i++) {
				List<String> cell = wrapped.get(i);
				for (int line = 0; line < cell.size(); line++) {
					text(font, size, x, y - leading * (line + 1), cell.get(line));
				}
				x += widths[i] * CONTENT_WIDTH;
			}
			y -= height;
			content.setStrokingColor(new Color(0xc8, 0xc8, 0xc8));
			content.setLineWidth(0.5f);
			content.moveTo(MARGIN, y + 2);
			content.lineTo(MARGIN + CONTENT_WIDTH, y + 2);
			content.stroke();
		}

		private void text(PDFont font, float size, float x, float at, String text) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.setNonStrokingColor(TEXT);
			content.newLineAtOffset(x, at);
			content.showText(text);
			content.endText();
		}

		void close() throws IOException {
			content.close();
		}

		/** Greedy word wrap; a word longer than the width is cut. */
		private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.replace('\n', ' ').split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size <= width) {
					line = new StringBuilder(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
				}
				line = new StringBuilder();
				for (char c : word.toCharArray()) {
					if (font.getStringWidth(line.toString() + c) / 1000 * size > width && !line.isEmpty()) {
						lines.add(line.toString());
						line = new StringBuilder();
					}
					line.append(c);
				}
			}
			if (!line.isEmpty() || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

	}

	/**
	 * Escapes text for XML (not HTML: named entities such as {@code &ndash;} are not
	 * XML).
	 */
	static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static String xmp(String title, String author, String date, String language) {
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about=""
				    xmlns:dc="http://purl.org/dc/elements/1.1/"
				    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
				    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
				    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
				   <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
				   <dc:language><rdf:Bag><rdf:li>%4$s</rdf:li></rdf:Bag></dc:language>
				   <xmp:CreateDate>%3$s</xmp:CreateDate>
				   <xmp:ModifyDate>%3$s</xmp:ModifyDate>
				   <xmp:MetadataDate>%3$s</xmp:MetadataDate>
				   <xmp:CreatorTool>Ambtenaar Online</xmp:CreatorTool>
				   <pdf:Producer>Ambtenaar Online (Apache PDFBox)</pdf:Producer>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>U</pdfaid:conformance>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(xml(title), xml(author), date, language);
	}

}

package nl.ambtenaaronline.training.snapshot;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.shared.PdfArchive;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A snapshot as an XLSX workbook (summary, totals per department, every person) and as a
 * PDF/A-2u document (summary, totals per department, who was excluded and why), in Dutch.
 * The PDF embeds Liberation Sans (see {@code fonts/}) and the sRGB profile (see
 * {@code color/}), like the certificates; nothing depends on the moment of rendering, so
 * the same snapshot always gives the same document.
 */
@Component
class SnapshotDocuments {

	static final Locale DUTCH = Locale.of("nl");

	private static final float MARGIN = 48;

	private static final float LINE = 14;

	private static final Color TEXT = new Color(0x1f, 0x1f, 0x1f);

	private static final Color RED = new Color(0xec, 0x00, 0x00);

	private final MessageSource messages;

	private final byte[] regularFont = read("fonts/LiberationSans-Regular.ttf");

	private final byte[] boldFont = read("fonts/LiberationSans-Bold.ttf");

	private final byte[] colourProfile = read("color/sRGB.icc");

	SnapshotDocuments(MessageSource messages) {
		this.messages = messages;
	}

	// --- XLSX ------------------------------------------------------------------------

	byte[] xlsx(SnapshotSummary summary, Snapshot snapshot) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet about = workbook.createSheet(msg("snapshot.doc.sheet.summary"));
			int r = 0;
			for (String[] line : header(summary)) {
				Row row = about.createRow(r++);
				cell(row, 0, line[0], bold);
				cell(row, 1, line[1], null);
			}
			about.setColumnWidth(0, 40 * 256);
			about.setColumnWidth(1, 70 * 256);

			Sheet totals = workbook.createSheet(msg("snapshot.doc.sheet.departments"));
			List<String> categories = categories();
			Row head = totals.createRow(0);
			cell(head, 0, msg("snapshot.doc.department"), bold);
			for (int c = 0; c < categories.size(); c++) {
				cell(head, c + 1, categoryLabel(categories.get(c)), bold);
			}
			r = 1;
			for (DepartmentFigures department : DepartmentFigures.of(snapshot.totals())) {
				Row row = totals.createRow(r++);
				cell(row, 0, department.department(), null);
				for (int c = 0; c < categories.size(); c++) {
					row.createCell(c + 1).setCellValue(department.categories().getOrDefault(categories.get(c), 0));
				}
			}
			totals.createFreezePane(1, 1);

			Sheet people = workbook.createSheet(msg("snapshot.doc.sheet.people"));
			String[] columns = { "snapshot.doc.employee-number", "snapshot.doc.department", "snapshot.doc.scope",
					"snapshot.doc.status", "snapshot.doc.due-on", "snapshot.doc.last-completed",
					"snapshot.doc.valid-until" };
			head = people.createRow(0);
			for (int c = 0; c < columns.length; c++) {
				cell(head, c, msg(columns[c]), bold);
			}
			r = 1;
			for (SnapshotPerson person : snapshot.people()) {
				Row row = people.createRow(r++);
				cell(row, 0, person.employeeNumber(), null);
				cell(row, 1, person.departmentCode() + " " + person.departmentName(), null);
				cell(row, 2, msg("snapshot.scope." + person.scope().name()), null);
				cell(row, 3, msg("status." + person.status().name()), null);
				cell(row, 4, iso(person.dueOn()), null);
				cell(row, 5, iso(person.lastCompletedOn()), null);
				cell(row, 6, iso(person.validUntil()), null);
			}
			people.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write snapshot " + summary.id(), ex);
		}
	}

	private static void cell(Row row, int column, String value, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	// --- PDF/A -----------------------------------------------------------------------

	byte[] pdf(SnapshotSummary summary, Snapshot snapshot) {
		try (PDDocument document = new PDDocument()) {
			document.getDocument().setVersion(1.7f);
			document.setVersion(1.7f);
			PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
			PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);
			Pages pages = new Pages(document, regular, bold);

			String title = msg("snapshot.doc.title", summary.courseId(), date(summary.asOf()));
			pages.line(bold, 18, title);
			pages.rule();
			for (String[] line : header(summary)) {
				pages.pair(line[0], line[1]);
			}
			pages.gap();
			pages.line(bold, 13, msg("snapshot.doc.sheet.departments"));
			String[] columns = { msg("snapshot.doc.department"), msg("snapshot.doc.counted"),
					msg("snapshot.doc.completed"), msg("snapshot.doc.late"), msg("snapshot.doc.open"),
					msg("snapshot.doc.excluded") };
			float[] widths = { 200, 60, 70, 60, 60, 60 };
			pages.row(bold, columns, widths);
			List<DepartmentFigures> departments = DepartmentFigures.of(snapshot.totals());
			for (DepartmentFigures department : departments) {
				pages.row(regular, cells(department), widths);
			}
			pages.row(bold, cells(DepartmentFigures.sum(msg("snapshot.doc.all"), departments)), widths);
			pages.gap();
			pages.line(bold, 13, msg("snapshot.doc.excluded-people"));
			List<SnapshotPerson> excluded = snapshot.people().stream().filter(p -> !p.scope().counted()).toList();
			if (excluded.isEmpty()) {
				pages.line(regular, 10, msg("snapshot.doc.none"));
			}
			float[] personWidths = { 90, 200, 220 };
			pages.row(bold, new String[] { msg("snapshot.doc.employee-number"), msg("snapshot.doc.department"),
					msg("snapshot.doc.scope") }, personWidths);
			for (SnapshotPerson person : excluded) {
				pages.row(regular, new String[] { person.employeeNumber(), person.departmentCode(),
						msg("snapshot.scope." + person.scope().name()) }, personWidths);
			}
			pages.gap();
			pages.line(regular, 9, msg("snapshot.doc.people-in-xlsx"));
			pages.close();

			Calendar created = PdfArchive.calendar(summary.createdAt());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setCreator("Ambtenaar Online");
			info.setProducer("Ambtenaar Online (Apache PDFBox)");
			info.setCreationDate(created);
			info.setModificationDate(created);
			document.getDocumentCatalog().setLanguage("nl-NL");
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(xmp(title, summary.createdAt()).getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(metadata);
			PdfArchive.archival(document, colourProfile, "snapshot:" + summary.id() + ":" + summary.digest());
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render snapshot " + summary.id(), ex);
		}
	}

	private static String[] cells(DepartmentFigures figures) {
		String completed = figures.counted() == 0 ? "–"
				: figures.completed() + " (" + figures.completedPercent() + "%)";
		return new String[] { figures.department(), Integer.toString(figures.counted()), completed,
				Integer.toString(figures.late()), Integer.toString(figures.open()),
				Integer.toString(figures.excluded()) };
	}

	/** Writes lines top to bottom, starting a new A4 page when one is full. */
	private static final class Pages {

		private final PDDocument document;

		private final PDFont regular;

		private final PDFont bold;

		private @Nullable PDPageContentStream content;

		private float y;

		Pages(PDDocument document, PDFont regular, PDFont bold) throws IOException {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			newPage();
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private PDPageContentStream room(float height) throws IOException {
			if (y - height < MARGIN) {
				newPage();
			}
			return content;
		}

		void line(PDFont font, float size, String text) throws IOException {
			PDPageContentStream out = room(size + 6);
			y -= size + 4;
			text(out, font, size, MARGIN, y, text);
		}

		void pair(String label, String value) throws IOException {
			PDPageContentStream out = room(LINE);
			y -= LINE;
			text(out, bold, 9, MARGIN, y, label);
			text(out, regular, 9, MARGIN + 170, y,
					fit(value, regular, 9, PDRectangle.A4.getWidth() - 2 * MARGIN - 170));
		}

		void row(PDFont font, String[] cells, float[] widths) throws IOException {
			PDPageContentStream out = room(LINE);
			y -= LINE;
			float x = MARGIN;
			for (int i = 0; i < cells.length; i++) {
				text(out, font, 9, x, y, fit(cells[i], font, 9, widths[i] - 6));
				x += widths[i];
			}
		}

		void rule() throws IOException {
			PDPageContentStream out = room(10);
			y -= 6;
			out.setNonStrokingColor(RED);
			out.addRect(MARGIN, y, PDRectangle.A4.getWidth() - 2 * MARGIN, 2);
			out.fill();
			y -= 4;
		}

		void gap() {
			y -= LINE / 2;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

		private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
				throws IOException {
			out.beginText();
			out.setFont(font, size);
			out.setNonStrokingColor(TEXT);
			out.newLineAtOffset(x, y);
			out.showText(text);
			out.endText();
		}

		private static String fit(String text, PDFont font, float size, float width) throws IOException {
			String fitted = text;
			while (fitted.length() > 1 && font.getStringWidth(fitted) / 1000 * size > width) {
				fitted = fitted.substring(0, fitted.length() - 2) + "…";
			}
			return fitted;
		}

	}

	// --- shared ----------------------------------------------------------------------

	private List<String[]> header(SnapshotSummary summary) {
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { msg("snapshot.doc.course"), summary.courseId() + " " + summary.courseVersion() });
		lines.add(new String[] { msg("snapshot.doc.as-of"), date(summary.asOf()) });
		lines.add(new String[] { msg("snapshot.doc.recorded-by"),
				DateTimeFormatter.ISO_INSTANT.format(summary.recordedBy().truncatedTo(ChronoUnit.MICROS)) });
		lines.add(new String[] { msg("snapshot.doc.counted"), Integer.toString(summary.counted()) });
		lines.add(new String[] { msg("snapshot.doc.excluded"), Integer.toString(summary.excluded()) });
		lines.add(new String[] { msg("snapshot.doc.number"), Long.toString(summary.id()) });
		lines.add(new String[] { msg("snapshot.doc.digest"), summary.digest() });
		lines.add(new String[] { msg("snapshot.doc.created-by"), summary.createdBy() });
		return lines;
	}

	private static List<String> categories() {
		List<String> categories = new ArrayList<>();
		for (AssignmentStatus status : AssignmentStatus.values()) {
			if (status != AssignmentStatus.EXEMPT && status != AssignmentStatus.DEFERRED
					&& status != AssignmentStatus.NOT_ASSIGNED) {
				categories.add(status.name());
			}
		}
		for (SnapshotScope scope : SnapshotScope.values()) {
			if (!scope.counted()) {
				categories.add(SnapshotTotal.EXCLUDED + scope.name());
			}
		}
		return categories;
	}

	private String categoryLabel(String category) {
		return category.startsWith(SnapshotTotal.EXCLUDED)
				? msg("snapshot.doc.excluded") + ": "
						+ msg("snapshot.scope." + category.substring(SnapshotTotal.EXCLUDED.length()))
				: msg("status." + category);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, DUTCH);
	}

	private static String date(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH).format(date);
	}

	private static String iso(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** The XMP packet: Dublin Core, XMP basic, PDF and PDF/A-2u identification. */
	private static String xmp(String title, Instant created) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(created.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
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
				   <dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>
				   <xmp:CreateDate>%2$s</xmp:CreateDate>
				   <xmp:ModifyDate>%2$s</xmp:ModifyDate>
				   <xmp:MetadataDate>%2$s</xmp:MetadataDate>
				   <xmp:CreatorTool>Ambtenaar Online</xmp:CreatorTool>
				   <pdf:Producer>Ambtenaar Online (Apache PDFBox)</pdf:Producer>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>U</pdfaid:conformance>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(HtmlUtils.htmlEscape(title), date);
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing resource " + resource, ex);
		}
	}

}

package nl.ambtenaaronline.training.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.pdf.ArchivalDocument;
import nl.ambtenaaronline.training.shared.pdf.DocumentInfo;
import nl.ambtenaaronline.training.shared.pdf.PageFlow;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A snapshot as an XLSX workbook (summary, totals per department, every person) and as a
 * PDF/A-2u and PDF/UA-1 document on the archival-PDF kit (summary, totals per department,
 * who was excluded and why), in Dutch; nothing depends on the moment of rendering, so the
 * same snapshot always gives the same document.
 */
@Component
class SnapshotDocuments {

	static final Locale DUTCH = Locale.of("nl");

	private static final float MARGIN = 48;

	private static final PageFlow.TableStyle SUMMARY = new PageFlow.TableStyle(9, true, false);

	private static final PageFlow.TableStyle FIGURES = new PageFlow.TableStyle(9, false, false);

	private final MessageSource messages;

	private final PdfKit kit;

	private final ContentService contents;

	SnapshotDocuments(MessageSource messages, PdfKit kit, ContentService contents) {
		this.messages = messages;
		this.kit = kit;
		this.contents = contents;
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

	// --- PDF/A ---------------------------------------------------------------------

	byte[] pdf(SnapshotSummary summary, Snapshot snapshot) {
		String title = msg("snapshot.doc.title", courseTitle(summary.courseId()), date(summary.asOf()));
		try (ArchivalDocument document = kit.open(new DocumentInfo(title, null, "nl-NL", summary.createdAt(),
				"snapshot:" + summary.id() + ":" + summary.digest()))) {
			PageFlow flow = new PageFlow(document, PDRectangle.A4, MARGIN, null);
			flow.heading(1, title, 18);
			flow.rule(PdfKit.RED, 2);
			flow.table(new float[] { 170, flow.width() - 170 }, SUMMARY, null,
					header(summary).stream().map(line -> List.of(line[0], line[1])).toList(), null);
			flow.heading(2, msg("snapshot.doc.sheet.departments"), 13);
			List<DepartmentFigures> departments = DepartmentFigures.of(snapshot.totals());
			flow.table(new float[] { 200, 60, 70, 60, 60, 60 }, FIGURES,
					List.of(msg("snapshot.doc.department"), msg("snapshot.doc.counted"), msg("snapshot.doc.completed"),
							msg("snapshot.doc.late"), msg("snapshot.doc.open"), msg("snapshot.doc.excluded")),
					departments.stream().map(SnapshotDocuments::cells).toList(),
					cells(DepartmentFigures.sum(msg("snapshot.doc.all"), departments)));
			flow.heading(2, msg("snapshot.doc.excluded-people"), 13);
			List<SnapshotPerson> excluded = snapshot.people().stream().filter(p -> !p.scope().counted()).toList();
			if (excluded.isEmpty()) {
				flow.paragraph(msg("snapshot.doc.none"), 10);
			}
			else {
				flow.table(new float[] { 90, 200, 220 }, FIGURES,
						List.of(msg("snapshot.doc.employee-number"), msg("snapshot.doc.department"),
								msg("snapshot.doc.scope")),
						excluded.stream()
							.map(person -> List.of(person.employeeNumber(), person.departmentCode(),
									msg("snapshot.scope." + person.scope().name())))
							.toList(),
						null);
			}
			flow.paragraph(msg("snapshot.doc.people-in-xlsx"), 9);
			return document.save();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render snapshot " + summary.id(), ex);
		}
	}

	private static List<String> cells(DepartmentFigures figures) {
		String completed = figures.counted() == 0 ? "–"
				: figures.completed() + " (" + figures.completedPercent() + "%)";
		return List.of(figures.department(), Integer.toString(figures.counted()), completed,
				Integer.toString(figures.late()), Integer.toString(figures.open()),
				Integer.toString(figures.excluded()));
	}

	// --- shared ----------------------------------------------------------------------

	private String courseTitle(String courseId) {
		return contents.current(courseId).map(course -> course.title().in(DUTCH)).orElse(courseId);
	}

	private static String amsterdam(Instant instant) {
		return DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm:ss", DUTCH)
			.withZone(TimeConfiguration.ZONE)
			.format(instant) + " (Nederlandse tijd)";
	}

	private List<String[]> header(SnapshotSummary summary) {
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { msg("snapshot.doc.course"),
				courseTitle(summary.courseId()) + " (" + summary.courseId() + " " + summary.courseVersion() + ")" });
		lines.add(new String[] { msg("snapshot.doc.as-of"), date(summary.asOf()) });
		// the one reference moment: the end of the day in Amsterdam, or the moment the
		// data were recorded when that came first (as the status is derived)
		Instant endOfDay = summary.asOf().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
		Instant moment = endOfDay.isBefore(summary.recordedBy()) ? endOfDay.minusSeconds(1) : summary.recordedBy();
		lines.add(new String[] { msg("snapshot.doc.moment"), amsterdam(moment) });
		lines.add(new String[] { msg("snapshot.doc.recorded-by"), amsterdam(summary.recordedBy()) + " ("
				+ DateTimeFormatter.ISO_INSTANT.format(summary.recordedBy().truncatedTo(ChronoUnit.MICROS)) + ")" });
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

}

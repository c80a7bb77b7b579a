package nl.ambtenaaronline.training.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import nl.ambtenaaronline.training.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Writes report rows as CSV (UTF-8 with BOM, comma or semicolon) or XLSX (streamed with
 * SXSSF: only a window of rows is in memory). Cells that a spreadsheet would run as a
 * formula are neutralised.
 */
final class ReportExports {

	/**
	 * Rows of an XLSX kept in memory while writing; the rest goes to a temporary file.
	 */
	private static final int XLSX_WINDOW = 100;

	/** The columns; new ones only ever at the end. */
	private static final List<String> HEADERS = List.of("number", "name", "department", "type", "start", "status",
			"due", "valid", "reason", "left");

	private ReportExports() {
	}

	/**
	 * @param rows feeds every row to the consumer and returns how many there were
	 */
	static long csv(OutputStream out, char delimiter, MessageSource messages, Locale locale,
			ToLongFunction<Consumer<ReportRow>> rows) {
		try {
			CSVPrinter printer = printer(out, delimiter);
			printer.printRecord(HEADERS.stream().map(key -> header(messages, key, locale)).toList());
			long count = rows.applyAsLong(row -> {
				try {
					printer.printRecord(cells(row, messages, locale).stream().map(SpreadsheetCells::text).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The columns holding dates, in the order of the headers. */
	private static final int START_COLUMN = 4;

	private static final int DUE_COLUMN = 6;

	private static final int VALID_COLUMN = 7;

	private static final int LEFT_COLUMN = 9;

	static long xlsx(OutputStream out, MessageSource messages, Locale locale, ToLongFunction<Consumer<ReportRow>> rows,
			CompletionTrend trend) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
		try {
			workbook.setCompressTempFiles(true);
			SXSSFSheet sheet = workbook.createSheet(messages.getMessage("reports.export.sheet", null, locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(header(messages, HEADERS.get(i), locale));
			}
			// dates are real dates in the workbook (sortable, filterable), shown as
			// d-m-yyyy
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
			int[] next = { 1 };
			long count = rows.applyAsLong(row -> {
				Row line = sheet.createRow(next[0]++);
				List<String> cells = cells(row, messages, locale);
				for (int i = 0; i < cells.size(); i++) {
					Cell cell = line.createCell(i);
					LocalDate date = switch (i) {
						case START_COLUMN -> row.startDate();
						case DUE_COLUMN -> row.dueOn();
						case VALID_COLUMN -> row.validUntil();
						case LEFT_COLUMN -> row.leftOn();
						default -> null;
					};
					if (date != null) {
						cell.setCellValue(date);
						cell.setCellStyle(dateStyle);
					}
					else if (i != START_COLUMN && i != DUE_COLUMN && i != VALID_COLUMN && i != LEFT_COLUMN) {
						cell.setCellValue(cells.get(i));
					}
				}
			});
			trendSheet(workbook, messages, locale, trend);
			workbook.write(out);
			out.flush();
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// the temporary files are gone already; nothing to keep
			}
		}
	}

	/**
	 * The completion trend as figures: per week its number, first day, the day the
	 * figures are of, completed, total and share overall and for the chosen department,
	 * and the week of the due date marked. Weeks ahead have no figures.
	 */
	static void trendSheet(SXSSFWorkbook workbook, MessageSource messages, Locale locale, CompletionTrend trend) {
		SXSSFSheet sheet = workbook.createSheet(messages.getMessage("reports.trend.sheet", null, locale));
		String all = messages.getMessage("reports.overall", null, locale);
		List<String> headers = new java.util.ArrayList<>(List.of(text(messages, "reports.trend.week", locale),
				text(messages, "reports.trend.monday", locale), text(messages, "reports.trend.as-of", locale)));
		List<String> groups = trend.departmentName() == null ? List.of(all) : List.of(all, trend.departmentName());
		for (String group : groups) {
			headers.add(messages.getMessage("reports.trend.completed", new Object[] { group }, locale));
			headers.add(messages.getMessage("reports.trend.total", new Object[] { group }, locale));
			headers.add(messages.getMessage("reports.trend.percent", new Object[] { group }, locale));
		}
		headers.add(text(messages, "reports.trend.due", locale));
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			header.createCell(i).setCellValue(headers.get(i));
		}
		int next = 1;
		for (CompletionTrend.Week week : trend.weeks()) {
			Row line = sheet.createRow(next++);
			line.createCell(0).setCellValue(week.isoWeek());
			line.createCell(1).setCellValue(week.monday().toString());
			line.createCell(2).setCellValue(week.asOf() == null ? "" : week.asOf().toString());
			int column = 3;
			for (CompletionTrend.Share share : trend.departmentName() == null
					? java.util.Collections.singletonList(week.overall())
					: java.util.Arrays.asList(week.overall(), week.department())) {
				if (share != null) {
					line.createCell(column).setCellValue(share.completed());
					line.createCell(column + 1).setCellValue(share.total());
					line.createCell(column + 2).setCellValue(share.percent());
				}
				column += 3;
			}
			if (week.contains(trend.dueOn())) {
				line.createCell(column).setCellValue(String.valueOf(trend.dueOn()));
			}
		}
	}

	/**
	 * How to reach one person: their address and their manager's (each may be missing).
	 */
	record Contact(@Nullable String email, @Nullable String managerName, @Nullable String managerEmail) {
	}

	/** The columns of the contact list. */
	private static final List<String> CONTACT_HEADERS = List.of("number", "name", "department", "status", "due",
			"email", "manager", "manager-email");

	/**
	 * The contact list of people who must act: semicolon-separated (Dutch Excel), UTF-8
	 * with a byte order mark, formula-like cells neutralised; a missing address is said
	 * in words.
	 */
	static long contacts(OutputStream out, MessageSource messages, Locale locale, List<ReportRow> rows,
			LongFunction<Contact> contact) {
		try {
			CSVPrinter printer = printer(out, ';');
			printer.printRecord(CONTACT_HEADERS.stream().map(key -> header(messages, key, locale)).toList());
			String none = text(messages, "reports.contacts.no-email", locale);
			for (ReportRow row : rows) {
				Contact reach = contact.apply(row.employeeId());
				String why = messages.getMessage("status." + row.status().name(), null, locale)
						+ (row.attemptsUsedUp() ? ", " + text(messages, "action.need.ATTEMPTS", locale) : "");
				printer.printRecord(List
					.of(row.employeeNumber(), row.displayName(), row.departmentName(), why, date(row.dueOn()),
							blank(reach.email()) ? none : reach.email(),
							reach.managerName() == null ? "" : reach.managerName(),
							blank(reach.managerEmail()) ? "" : reach.managerEmail())
					.stream()
					.map(SpreadsheetCells::text)
					.toList());
			}
			printer.flush();
			return rows.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A CSV printer on {@code out}: UTF-8 with a byte order mark (so Excel reads the
	 * accents), lines ended by CR LF.
	 */
	private static CSVPrinter printer(OutputStream out, char delimiter) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static List<String> cells(ReportRow row, MessageSource messages, Locale locale) {
		return List.of(row.employeeNumber(), row.displayName(), row.departmentName(),
				messages.getMessage("roster.worker-type." + row.workerType().name().toLowerCase(Locale.ROOT), null,
						row.workerType().name(), locale),
				date(row.startDate()), messages.getMessage("status." + row.status().name(), null, locale),
				date(row.dueOn()), date(row.validUntil()),
				row.reason() == null ? "" : messages.getMessage("reason." + row.reason().name(), null, locale),
				date(row.leftOn()));
	}

	private static String header(MessageSource messages, String key, Locale locale) {
		return messages.getMessage("reports.column." + key, null, locale);
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}

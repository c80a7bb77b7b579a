package nl.ambtenaaronline.training.employee;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster file: finds its encoding and separator ({@link RosterEncoding}), parses
 * it with Commons CSV and checks every row on its own. Rows are handed to a consumer one
 * at a time; problems that concern the whole file stop reading.
 */
final class RosterFileReader {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	/**
	 * What was read.
	 *
	 * @param fatal whether reading stopped on a problem with the file as a whole
	 * @param rows the number of data rows read
	 * @param headers the header text of each column found
	 * @param charset the encoding found
	 * @param delimiter the separator found
	 */
	record Result(boolean fatal, int rows, Map<RosterColumn, String> headers, String charset, char delimiter) {

		String header(RosterColumn column) {
			String header = headers.get(column);
			return header == null ? column.dutchName() : header;
		}

		static Result fatal(int rows) {
			return new Result(true, rows, Map.of(), "", ',');
		}

	}

	private RosterFileReader() {
	}

	static Result read(byte[] content, RosterImportProperties limits, LocalDate today, RosterProblems problems,
			Consumer<RosterRow> rows) {
		if (content.length > limits.maxFileSize().toBytes()) {
			problems.add(0, "", "roster.error.file-too-large", limits.maxFileSize().toMegabytes());
			return Result.fatal(0);
		}
		RosterEncoding encoding = RosterEncoding.detect(content);
		if (encoding.problem() != null) {
			problems.add(0, "", encoding.problem());
			return Result.fatal(0);
		}
		char delimiter = RosterEncoding.delimiter(encoding.firstLine(content));
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.setTrim(true)
			.get();
		try (Reader reader = encoding.reader(content);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				problems.add(0, "", "roster.error.empty");
				return Result.fatal(0);
			}
			CSVRecord headerRecord = records.next();
			long headerLine = lineOf(headerRecord, parser);
			Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);
			Map<RosterColumn, String> headers = new EnumMap<>(RosterColumn.class);
			if (!readHeader(headerRecord, headerLine, index, headers, problems)) {
				return Result.fatal(0);
			}
			Result result = new Result(false, 0, headers, encoding.charset().name(), delimiter);
			RowChecker checker = new RowChecker(index, result, today, problems);
			int count = 0;
			long lastLine = headerLine;
			while (hasNext(records, lastLine, problems)) {
				CSVRecord record = records.next();
				long line = lineOf(record, parser);
				lastLine = parser.getCurrentLineNumber();
				if (isBlank(record)) {
					continue;
				}
				count++;
				if (count > limits.maxRows()) {
					problems.add(line, "", "roster.error.too-many-rows", limits.maxRows());
					return Result.fatal(count - 1);
				}
				rows.accept(checker.check(record, line, headerRecord.size()));
			}
			if (count == 0) {
				problems.add(headerLine, "", "roster.error.header-only");
				return Result.fatal(0);
			}
			return new Result(false, count, headers, encoding.charset().name(), delimiter);
		}
		catch (UnreadableException ex) {
			return Result.fatal(0);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(0, "", "roster.error.unreadable");
			return Result.fatal(0);
		}
	}

	/**
	 * Whether there is a next record; a broken one is reported at the line after the last
	 * good one.
	 */
	private static boolean hasNext(Iterator<CSVRecord> records, long lastLine, RosterProblems problems) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			problems.add(lastLine + 1, "", "roster.error.quotes");
			throw new UnreadableException();
		}
	}

	private static boolean readHeader(CSVRecord header, long line, Map<RosterColumn, Integer> index,
			Map<RosterColumn, String> headers, RosterProblems problems) {
		for (int i = 0; i < header.size(); i++) {
			String text = header.get(i).replace("\uFEFF", "").strip();
			RosterColumn column = RosterColumn.forHeader(text);
			if (column == null) {
				continue;
			}
			if (index.containsKey(column)) {
				problems.add(line, text, "roster.error.duplicate-column", headers.get(column));
				continue;
			}
			index.put(column, i);
			headers.put(column, text);
		}
		for (RosterColumn column : RosterColumn.values()) {
			if (column.required() && !index.containsKey(column)) {
				problems.add(line, column.dutchName(), "roster.error.missing-column", column.dutchName(),
						column.englishName());
			}
		}
		return !problems.any();
	}

	/** The line a record starts on: the parser counts the line it ended on. */
	private static long lineOf(CSVRecord record, CSVParser parser) {
		long end = parser.getCurrentLineNumber();
		long breaks = 0;
		for (String value : record) {
			breaks += value.chars().filter(c -> c == '\n').count();
		}
		return end - breaks;
	}

	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Checks one row on its own; relations between rows are checked later. */
	private static final class RowChecker {

		private final Map<RosterColumn, Integer> index;

		private final Result headers;

		private final LocalDate today;

		private final RosterProblems problems;

		private boolean valid;

		RowChecker(Map<RosterColumn, Integer> index, Result headers, LocalDate today, RosterProblems problems) {
			this.index = index;
			this.headers = headers;
			this.today = today;
			this.problems = problems;
		}

		RosterRow check(CSVRecord record, long line, int headerSize) {
			valid = true;
			for (int i = headerSize; i < record.size(); i++) {
				if (!record.get(i).isBlank()) {
					problems.add(line, "", "roster.error.field-count", record.size(), headerSize);
					valid = false;
					break;
				}
			}
			String number = text(record, line, RosterColumn.EMPLOYEE_NUMBER, true);
			String first = text(record, line, RosterColumn.FIRST_NAME, true);
			String tussenvoegsel = optional(record, line, RosterColumn.TUSSENVOEGSEL);
			String last = text(record, line, RosterColumn.LAST_NAME, true);
			String email = optional(record, line, RosterColumn.EMAIL);
			if (email != null && !EMAIL.matcher(email).matches()) {
				fail(line, RosterColumn.EMAIL, "roster.error.email", email);
				email = null;
			}
			String departmentCode = text(record, line, RosterColumn.DEPARTMENT_CODE, true);
			String departmentName = optional(record, line, RosterColumn.DEPARTMENT_NAME);
			String manager = optional(record, line, RosterColumn.MANAGER);
			LocalDate start = date(record, line, RosterColumn.START_DATE, true);
			LocalDate end = date(record, line, RosterColumn.END_DATE, false);
			if (start != null && start.isAfter(today.plusYears(1))) {
				fail(line, RosterColumn.START_DATE, "roster.error.start-too-late", start, today.plusYears(1));
			}
			if (start != null && end != null && end.isBefore(start)) {
				fail(line, RosterColumn.END_DATE, "roster.error.end-before-start", end, start);
			}
			WorkerType type = workerType(record, line);
			String sponsor = optional(record, line, RosterColumn.SPONSOR);
			if (type == WorkerType.CONTRACTOR || type == WorkerType.INTERN) {
				if (sponsor == null) {
					fail(line, RosterColumn.SPONSOR, "roster.error.sponsor-required");
				}
				if (end == null && value(record, RosterColumn.END_DATE).isEmpty()) {
					fail(line, RosterColumn.END_DATE, "roster.error.end-date-required");
				}
			}
			if (sponsor != null && sponsor.equals(number)) {
				fail(line, RosterColumn.SPONSOR, "roster.error.sponsor-self");
			}
			return new RosterRow(line, number, first, tussenvoegsel, last, email, departmentCode, departmentName,
					manager, start, end, type, sponsor, valid);
		}

		private void fail(long line, RosterColumn column, String key, Object... arguments) {
			problems.add(line, headers.header(column), key, arguments);
			valid = false;
		}

		private String value(CSVRecord record, RosterColumn column) {
			Integer position = index.get(column);
			if (position == null || position >= record.size()) {
				return "";
			}
			return record.get(position).strip();
		}

		private String text(CSVRecord record, long line, RosterColumn column, boolean required) {
			String value = value(record, line, column);
			if (required && value.isEmpty()) {
				fail(line, column, "roster.error.required");
			}
			return value;
		}

		private String value(CSVRecord record, long line, RosterColumn column) {
			String value = value(record, column);
			if (value.length() > column.maxLength()) {
				fail(line, column, "roster.error.too-long", column.maxLength());
				return value.substring(0, column.maxLength());
			}
			return value;
		}

		private @Nullable String optional(CSVRecord record, long line, RosterColumn column) {
			String value = value(record, line, column);
			return value.isEmpty() ? null : value;
		}

		private @Nullable LocalDate date(CSVRecord record, long line, RosterColumn column, boolean required) {
			String value = value(record, column);
			if (value.isEmpty()) {
				if (required) {
					fail(line, column, "roster.error.required");
				}
				return null;
			}
			LocalDate date = parseDate(value);
			if (date == null) {
				fail(line, column, "roster.error.date", value);
			}
			return date;
		}

		private @Nullable WorkerType workerType(CSVRecord record, long line) {
			String value = value(record, RosterColumn.WORKER_TYPE);
			WorkerType type = parseWorkerType(value);
			if (type == null) {
				fail(line, RosterColumn.WORKER_TYPE, "roster.error.worker-type", value);
			}
			return type;
		}

	}

	static @Nullable LocalDate parseDate(String value) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	static @Nullable WorkerType parseWorkerType(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "", "employee", "medewerker", "werknemer", "ambtenaar" -> WorkerType.EMPLOYEE;
			case "contractor", "externe", "extern", "inhuur", "ingehuurd" -> WorkerType.CONTRACTOR;
			case "intern", "stagiair", "stagiaire", "stage" -> WorkerType.INTERN;
			default -> null;
		};
	}

	/** Stops reading after a problem that makes the rest of the file unreadable. */
	private static final class UnreadableException extends RuntimeException {

		UnreadableException() {
			super(null, null, false, false);
		}

	}

}

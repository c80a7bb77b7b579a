package nl.ambtenaaronline.training.employee;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Reads a roster file: finds its encoding (BOM, UTF-16 NULs, valid UTF-8, else
 * Windows-1252) and separator (the most frequent of {@code ; , TAB} in the header line),
 * parses it with Commons CSV and checks every row on its own. Rows are handed to a
 * consumer one at a time; problems that concern the whole file stop reading.
 */
final class RosterFileReader {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final int SNIFF = 8192;

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
		Encoding encoding = detect(content);
		if (encoding.problem != null) {
			problems.add(0, "", encoding.problem);
			return Result.fatal(0);
		}
		char delimiter = delimiter(firstLine(content, encoding));
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.setTrim(true)
			.get();
		try (Reader reader = reader(content, encoding);
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
			Result result = new Result(false, 0, headers, encoding.charset.name(), delimiter);
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
			return new Result(false, count, headers, encoding.charset.name(), delimiter);
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

	/** The encoding of a file, or why it is no text at all. */
	record Encoding(Charset charset, int offset, @Nullable String problem) {

		static Encoding rejected(String problem) {
			return new Encoding(StandardCharsets.UTF_8, 0, problem);
		}

	}

	static Encoding detect(byte[] b) {
		if (b.length == 0) {
			return Encoding.rejected("roster.error.empty");
		}
		if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
			return Encoding.rejected("roster.error.spreadsheet");
		}
		Encoding encoding;
		if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
			encoding = new Encoding(StandardCharsets.UTF_8, 3, null);
		}
		else if (startsWith(b, 0xFF, 0xFE)) {
			encoding = new Encoding(StandardCharsets.UTF_16LE, 2, null);
		}
		else if (startsWith(b, 0xFE, 0xFF)) {
			encoding = new Encoding(StandardCharsets.UTF_16BE, 2, null);
		}
		else {
			encoding = withoutBom(b);
		}
		if (encoding.problem != null) {
			return encoding;
		}
		String start = new String(b, encoding.offset, Math.min(SNIFF, b.length - encoding.offset), encoding.charset);
		if (start.isBlank()) {
			return Encoding.rejected("roster.error.empty");
		}
		long odd = start.chars()
			.filter(c -> c == 0 || c == 0xFFFD || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'))
			.count();
		if (start.indexOf(0) >= 0 || odd * 50 > start.length()) {
			return Encoding.rejected("roster.error.binary");
		}
		return encoding;
	}

	private static Encoding withoutBom(byte[] b) {
		int sniff = Math.min(SNIFF, b.length);
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < sniff; i++) {
			if (b[i] == 0) {
				if (i % 2 == 0) {
					evenZeros++;
				}
				else {
					oddZeros++;
				}
			}
		}
		int half = Math.max(sniff / 2, 1);
		if (oddZeros * 10 > half * 4 && evenZeros * 20 < half) {
			return new Encoding(StandardCharsets.UTF_16LE, 0, null);
		}
		if (evenZeros * 10 > half * 4 && oddZeros * 20 < half) {
			return new Encoding(StandardCharsets.UTF_16BE, 0, null);
		}
		if (evenZeros + oddZeros > 0) {
			return Encoding.rejected("roster.error.binary");
		}
		return new Encoding(isUtf8(b) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, null);
	}

	static boolean isUtf8(byte[] b) {
		int i = 0;
		while (i < b.length) {
			int c = b[i] & 0xFF;
			if (c < 0x80) {
				i++;
				continue;
			}
			int following;
			if (c >= 0xC2 && c <= 0xDF) {
				following = 1;
			}
			else if (c >= 0xE0 && c <= 0xEF) {
				following = 2;
			}
			else if (c >= 0xF0 && c <= 0xF4) {
				following = 3;
			}
			else {
				return false;
			}
			if (i + following >= b.length) {
				return false;
			}
			for (int k = 1; k <= following; k++) {
				if ((b[i + k] & 0xC0) != 0x80) {
					return false;
				}
			}
			i += following + 1;
		}
		return true;
	}

	private static boolean startsWith(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Reader reader(byte[] content, Encoding encoding) {
		return new InputStreamReader(
				new ByteArrayInputStream(content, encoding.offset, content.length - encoding.offset), encoding.charset);
	}

	private static String firstLine(byte[] content, Encoding encoding) {
		try (Reader reader = reader(content, encoding)) {
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = reader.read()) != -1 && line.length() < 65536) {
				if (c == '\n' || c == '\r') {
					if (!line.toString().isBlank()) {
						break;
					}
					line.setLength(0);
					continue;
				}
				line.append((char) c);
			}
			return line.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The separator that occurs most often outside quotes in the header line. */
	static char delimiter(String headerLine) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : headerLine.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				switch (c) {
					case ';' -> semicolons++;
					case ',' -> commas++;
					case '\t' -> tabs++;
					default -> {
					}
				}
			}
		}
		if (tabs >= semicolons && tabs >= commas && tabs > 0) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	/** Stops reading after a problem that makes the rest of the file unreadable. */
	private static final class UnreadableException extends RuntimeException {

		UnreadableException() {
			super(null, null, false, false);
		}

	}

}

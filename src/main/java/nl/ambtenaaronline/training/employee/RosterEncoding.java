package nl.ambtenaaronline.training.employee;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The encoding of a roster file, or why it is no text at all: a byte-order mark, else
 * UTF-16 by its NULs, else UTF-8 when the bytes are valid UTF-8, else Windows-1252; and
 * its separator, the most frequent of {@code ; , TAB} in the header line.
 *
 * @param charset the encoding
 * @param offset the length of the byte-order mark
 * @param problem the message key of why the file cannot be read, or null
 */
record RosterEncoding(Charset charset, int offset, @Nullable String problem) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SNIFF = 8192;

	static RosterEncoding rejected(String problem) {
		return new RosterEncoding(StandardCharsets.UTF_8, 0, problem);
	}

	static RosterEncoding detect(byte[] b) {
		if (b.length == 0) {
			return rejected("roster.error.empty");
		}
		if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
			return rejected("roster.error.spreadsheet");
		}
		RosterEncoding encoding;
		if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
			encoding = new RosterEncoding(StandardCharsets.UTF_8, 3, null);
		}
		else if (startsWith(b, 0xFF, 0xFE)) {
			encoding = new RosterEncoding(StandardCharsets.UTF_16LE, 2, null);
		}
		else if (startsWith(b, 0xFE, 0xFF)) {
			encoding = new RosterEncoding(StandardCharsets.UTF_16BE, 2, null);
		}
		else {
			encoding = withoutBom(b);
		}
		if (encoding.problem != null) {
			return encoding;
		}
		String start = new String(b, encoding.offset, Math.min(SNIFF, b.length - encoding.offset), encoding.charset);
		if (start.isBlank()) {
			return rejected("roster.error.empty");
		}
		long odd = start.chars()
			.filter(c -> c == 0 || c == 0xFFFD || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'))
			.count();
		if (start.indexOf(0) >= 0 || odd * 50 > start.length()) {
			return rejected("roster.error.binary");
		}
		return encoding;
	}

	private static RosterEncoding withoutBom(byte[] b) {
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
			return new RosterEncoding(StandardCharsets.UTF_16LE, 0, null);
		}
		if (evenZeros * 10 > half * 4 && oddZeros * 20 < half) {
			return new RosterEncoding(StandardCharsets.UTF_16BE, 0, null);
		}
		if (evenZeros + oddZeros > 0) {
			return rejected("roster.error.binary");
		}
		return new RosterEncoding(isUtf8(b) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, null);
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

	/** The text of the file after its byte-order mark. */
	Reader reader(byte[] content) {
		return new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset), charset);
	}

	/** The first line that is not blank (the header). */
	String firstLine(byte[] content) {
		try (Reader reader = reader(content)) {
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

}

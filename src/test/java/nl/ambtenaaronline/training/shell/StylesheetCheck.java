package nl.ambtenaaronline.training.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;

/**
 * Parses a stylesheet with ph-css (strict CSS 3, no nesting) and lists every problem as
 * {@code file:line:column: message}. A rule inside another rule, the usual result of a
 * block that was never closed, is a problem too: the house style does not use CSS
 * nesting, so a browser would apply such a rule nowhere.
 */
final class StylesheetCheck {

	private StylesheetCheck() {
	}

	/** The problems of every {@code .css} file under a folder, in file order. */
	static List<String> problemsUnder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().endsWith(".css"))
				.sorted()
				.flatMap(file -> problems(folder.relativize(file).toString(), read(file)).stream())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stylesheets checked under a folder (so that a test can say it found some). */
	static List<Path> stylesheetsUnder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The problems of one stylesheet, each as {@code name:line:column: message}. */
	static List<String> problems(String name, String css) {
		List<String> problems = new ArrayList<>();
		CSSReaderSettings settings = new CSSReaderSettings().setFallbackCharset(StandardCharsets.UTF_8)
			.setBrowserCompliantMode(false)
			.setCustomErrorHandler(new Collector(name, css, problems))
			.setCustomExceptionHandler(ex -> problems.add(describe(name, ex)));
		if (CSSReader.readFromStringReader(css, settings) == null && problems.isEmpty()) {
			problems.add(name + ": not readable as CSS");
		}
		if (problems.isEmpty()) {
			problems.addAll(unbalancedBraces(name, css));
		}
		return problems;
	}

	private static String describe(String name, ParseException ex) {
		Token at = ex.currentToken == null ? null
				: (ex.currentToken.next == null ? ex.currentToken : ex.currentToken.next);
		String where = at == null ? name : name + ":" + at.beginLine + ":" + at.beginColumn;
		String found = at == null || at.image == null || at.image.isEmpty() ? "end of file" : "'" + at.image + "'";
		return where + ": unexpected " + found + hint(at);
	}

	private static String hint(Token at) {
		if (at != null && (at.image == null || at.image.isEmpty())) {
			return " (a block is not closed)";
		}
		if (at != null && ("{".equals(at.image) || at.image.startsWith(".") || at.image.startsWith("#"))) {
			return " (a rule inside another rule: is the block before it closed?)";
		}
		return "";
	}

	/**
	 * Braces outside comments and strings must balance and never go deeper than an
	 * at-rule holding rules: a second check, independent of how forgiving the parser is.
	 */
	private static List<String> unbalancedBraces(String name, String css) {
		List<String> problems = new ArrayList<>();
		List<Integer> openLines = new ArrayList<>();
		List<Boolean> openAtRule = new ArrayList<>();
		int line = 1;
		StringBuilder prelude = new StringBuilder();
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
				int end = css.indexOf("*/", i + 2);
				int stop = end < 0 ? css.length() : end + 2;
				line += (int) css.substring(i, stop).chars().filter(ch -> ch == '\n').count();
				i = stop - 1;
				continue;
			}
			if (c == '"' || c == '\'') {
				int end = css.indexOf(c, i + 1);
				i = end < 0 ? css.length() - 1 : end;
				continue;
			}
			if (c == '{') {
				boolean parentIsStyleRule = !openAtRule.isEmpty() && !openAtRule.getLast();
				if (parentIsStyleRule) {
					problems.add(name + ":" + line + ": a rule inside the rule opened at line " + openLines.getLast()
							+ " (is that block closed?)");
				}
				openLines.add(line);
				openAtRule.add(prelude.toString().strip().startsWith("@"));
				prelude.setLength(0);
			}
			else if (c == '}') {
				if (openLines.isEmpty()) {
					problems.add(name + ":" + line + ": '}' without a block to close");
				}
				else {
					openLines.removeLast();
					openAtRule.removeLast();
				}
				prelude.setLength(0);
			}
			else if (c == ';') {
				prelude.setLength(0);
			}
			else {
				prelude.append(c);
			}
		}
		openLines.forEach(open -> problems.add(name + ":" + open + ": block never closed"));
		return problems;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Collector(String name, String css, List<String> problems) implements ICSSParseErrorHandler {

		@Override
		public void onCSSParseError(ParseException ex, Token lastSkippedToken) {
			this.problems.add(describe(this.name, ex));
		}

		@Override
		public void onCSSUnexpectedRule(Token token, String rule, String message) {
			this.problems.add(this.name + ":" + token.beginLine + ":" + token.beginColumn + ": " + message);
		}

		@Override
		public void onCSSDeprecatedProperty(Token prefix, Token property) {
			this.problems.add(this.name + ":" + prefix.beginLine + ":" + prefix.beginColumn + ": deprecated property '"
					+ prefix.image + property.image + "'");
		}

		@Override
		public void onCSSBrowserCompliantSkip(ParseException ex, Token from, Token to) {
			this.problems.add(describe(this.name, ex));
		}

		@Override
		public void onIllegalCharacter(char c) {
			int seen = (int) this.problems.stream()
				.filter(problem -> problem.endsWith("illegal character '" + c + "'"))
				.count();
			int at = -1;
			for (int n = 0; n <= seen; n++) {
				at = this.css.indexOf(c, at + 1);
			}
			String where = at < 0 ? this.name : this.name + ":" + lineOf(this.css, at);
			this.problems.add(where + ": illegal character '" + c + "'");
		}

		private static long lineOf(String text, int index) {
			return text.substring(0, index).chars().filter(ch -> ch == '\n').count() + 1;
		}

	}

}

package nl.ambtenaaronline.training.content;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with the content, with where it is. The text comes from the message
 * bundles ({@code content.problem.*}), so the screen shows it in the reader's language.
 *
 * @param course the course folder name
 * @param file the file, relative to the course folder, e.g.
 * {@code scenarios/buurtapp.yaml}
 * @param line 1-based line, 0 when the problem concerns the file as a whole
 * @param column 1-based column, 0 when the problem concerns the file as a whole
 * @param key the message key
 * @param args the message arguments, as texts
 */
public record ContentProblem(String course, String file, int line, int column, String key, List<String> args) {

	public ContentProblem {
		args = List.copyOf(args);
	}

	/** The message in the language of the locale (Dutch unless English is asked for). */
	public String message(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages",
				"en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String pattern = bundle.containsKey(key) ? bundle.getString(key) : key + " " + args;
		return new MessageFormat(pattern, locale).format(args.toArray());
	}

	/** Where: {@code file:line:column}, or the file alone. */
	public String where() {
		return line == 0 ? file : file + ":" + line + ":" + column;
	}

	/** {@code course/file:line:column: message}, in the language of the locale. */
	public String describe(Locale locale) {
		return course + "/" + where() + ": " + message(locale);
	}

	@Override
	public String toString() {
		return describe(Locale.ENGLISH);
	}

}

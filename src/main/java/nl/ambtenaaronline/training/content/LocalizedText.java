package nl.ambtenaaronline.training.content;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A text a learner sees, in Dutch (the default) and English.
 *
 * @param nl the Dutch text
 * @param en the English text
 */
public record LocalizedText(String nl, String en) {

	/**
	 * The text in the language of the locale: English for {@code en}, Dutch otherwise.
	 */
	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : nl;
	}

	/** Both texts transformed, e.g. with placeholders resolved. */
	public LocalizedText map(UnaryOperator<String> operator) {
		return new LocalizedText(operator.apply(nl), operator.apply(en));
	}

}

package nl.ambtenaaronline.training.shared.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A sentence that names the configured contact ("Neem contact op met HR Servicepunt,
 * hr@gemeente.example, 14 020."), with the e-mail address as a mail link and the phone
 * number as a call link, so that a learner on a phone reaches HR with one tap. The rest
 * stays plain text; nothing in the setting is read as markup.
 */
public final class ContactText {

	/**
	 * An e-mail address, or a phone number: an optional +, then at least five digits with
	 * spaces, non-breaking spaces or hyphens between them, not part of a longer word.
	 */
	private static final Pattern ADDRESS = Pattern.compile("(?<mail>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,})"
			+ "|(?<![\\w@.])(?<phone>\\+?\\d(?:[\\s\\u00a0-]?\\d){4,})(?![\\w@])");

	private ContactText() {
	}

	/** The sentence as a paragraph with its addresses as links. */
	public static Paragraph paragraph(String sentence) {
		Paragraph paragraph = new Paragraph();
		Matcher matcher = ADDRESS.matcher(sentence);
		int from = 0;
		while (matcher.find()) {
			if (matcher.start() > from) {
				paragraph.add(new Text(sentence.substring(from, matcher.start())));
			}
			String mail = matcher.group("mail");
			paragraph.add(mail != null ? new Anchor("mailto:" + mail, mail) : new Anchor(
					"tel:" + matcher.group("phone").replaceAll("[\\s\\u00a0-]", ""), matcher.group("phone")));
			from = matcher.end();
		}
		if (from < sentence.length()) {
			paragraph.add(new Text(sentence.substring(from)));
		}
		return paragraph;
	}

}

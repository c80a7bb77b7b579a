package nl.ambtenaaronline.training.learning.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only content rendered as one element's inner HTML instead of a component per
 * paragraph and tag: a learner's session keeps one Vaadin state node for it, not dozens
 * (a test result with eleven wrong answers held about 280, most of a session's memory).
 * The markup is built with jsoup, which escapes every text and attribute; nothing here
 * can be clicked but plain links.
 */
final class Markup {

	private Markup() {
	}

	/** A new element to build markup in (written without pretty-printing). */
	static Element element(String tag) {
		Document document = Document.createShell("");
		document.outputSettings().prettyPrint(false);
		return document.body().appendElement(tag);
	}

	/** Sets the target's content to the children of {@code content}. */
	static void fill(Component target, Element content) {
		target.getElement().setProperty("innerHTML", content.html());
	}

}

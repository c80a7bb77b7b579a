package nl.ambtenaaronline.training.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A link to the guideline's own text, where HR published it (the application does not
 * serve the guideline): on the course page and the completion page.
 */
final class GuidelineLink {

	private GuidelineLink() {
	}

	static Paragraph of(String url, String guidelineTitle) {
		Paragraph paragraph = new Paragraph();
		Anchor link = new Anchor(url, paragraph.getTranslation("learning.guideline-link", guidelineTitle));
		link.setId("guideline-link");
		paragraph.add(link);
		return paragraph;
	}

}

package nl.ambtenaaronline.training.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * One page of an {@link ArchivalDocument} and its content stream. Everything drawn is
 * either tagged (a marked-content sequence with the page's next MCID, a structure element
 * for it, recorded in the page's parent-tree entry) or an artifact.
 */
public final class TaggedPage {

	/** Something that draws into the content stream. */
	@FunctionalInterface
	public interface Drawing {

		void draw() throws IOException;

	}

	private final PDPage page;

	private final PDStructureElement body;

	private final PDPageContentStream content;

	private final COSArray parents = new COSArray();

	private int mcid;

	private boolean closed;

	TaggedPage(PDDocument document, PDPage page, PDStructureElement body) throws IOException {
		this.page = page;
		this.body = body;
		this.content = new PDPageContentStream(document, page);
	}

	public PDPageContentStream content() {
		return content;
	}

	COSArray parents() {
		return parents;
	}

	/** Content of the given structure type (P, H1, …) in the document body. */
	public PDStructureElement tagged(String type, @Nullable String language, Drawing drawing) throws IOException {
		return element(body, type, language, null, drawing);
	}

	/** Content of the given structure type under another element (a cell in a row). */
	public PDStructureElement tagged(PDStructureElement parent, String type, Drawing drawing) throws IOException {
		return element(parent, type, null, null, drawing);
	}

	/** A figure with its alternative text. */
	public PDStructureElement figure(String alternative, Drawing drawing) throws IOException {
		return element(body, "Figure", null, alternative, drawing);
	}

	/** Decoration that assistive technology skips (rules, frames). */
	public void artifact(Drawing drawing) throws IOException {
		content.beginMarkedContent(COSName.ARTIFACT);
		drawing.draw();
		content.endMarkedContent();
	}

	private PDStructureElement element(PDStructureElement parent, String type, @Nullable String language,
			@Nullable String alternative, Drawing drawing) throws IOException {
		PDStructureElement element = new PDStructureElement(type, parent);
		element.setPage(page);
		if (language != null) {
			element.setLanguage(language);
		}
		if (alternative != null) {
			element.setAlternateDescription(alternative);
		}
		COSDictionary properties = new COSDictionary();
		properties.setInt(COSName.MCID, mcid);
		COSName tag = COSName.getPDFName(type);
		content.beginMarkedContent(tag, PDPropertyList.create(properties));
		drawing.draw();
		content.endMarkedContent();
		element.appendKid(PDMarkedContent.create(tag, properties));
		parent.appendKid(element);
		parents.add(element);
		mcid++;
		return element;
	}

	/** One line of text with its baseline starting at (x, y). */
	public void text(PDFont font, float size, Color colour, float x, float y, String text) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.setNonStrokingColor(colour);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	/** Lines of text, the first baseline at y, each {@code leading} lower. */
	public void lines(PDFont font, float size, Color colour, float x, float y, float leading, List<String> lines)
			throws IOException {
		for (int i = 0; i < lines.size(); i++) {
			text(font, size, colour, x, y - i * leading, lines.get(i));
		}
	}

	void close() throws IOException {
		if (!closed) {
			closed = true;
			content.close();
		}
	}

}

package nl.ambtenaaronline.training.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document top to bottom (headings, paragraphs, tables, rules), starting a new
 * page when one is full; every piece is tagged (H1…, P, Table with TR, TH and TD) or an
 * artifact.
 */
public final class PageFlow {

	/** What every new page gets before its content (a house-style rule, say). */
	@FunctionalInterface
	public interface PageStart {

		void draw(TaggedPage page, PDRectangle size, float margin) throws IOException;

	}

	/**
	 * How a table looks.
	 *
	 * @param size the font size of its cells
	 * @param rowHeaders whether the first cell of each row names the row (bold, TH)
	 * @param ruled whether a thin grey line separates the rows
	 */
	public record TableStyle(float size, boolean rowHeaders, boolean ruled) {
	}

	private static final Color RULE = new Color(0xc8, 0xc8, 0xc8);

	private final ArchivalDocument document;

	private final PDRectangle size;

	private final float margin;

	private final @Nullable PageStart pageStart;

	private TaggedPage page;

	private float y;

	public PageFlow(ArchivalDocument document, PDRectangle size, float margin, @Nullable PageStart pageStart)
			throws IOException {
		this.document = document;
		this.size = size;
		this.margin = margin;
		this.pageStart = pageStart;
		this.page = newPage();
	}

	/** The width between the margins. */
	public float width() {
		return size.getWidth() - 2 * margin;
	}

	private TaggedPage newPage() throws IOException {
		TaggedPage next = document.newPage(size);
		if (pageStart != null) {
			pageStart.draw(next, size, margin);
		}
		y = size.getHeight() - margin;
		return next;
	}

	private void room(float needed) throws IOException {
		if (y - needed < margin) {
			page = newPage();
		}
	}

	/** A heading of the given level (1 for the title), bold. */
	public void heading(int level, String text, float fontSize) throws IOException {
		List<String> lines = PdfText.wrap(text, document.bold(), fontSize, width());
		float leading = fontSize * 1.25f;
		room(fontSize * 2 + leading * lines.size());
		y -= fontSize * 1.6f;
		float top = y;
		page.tagged("H" + level, null,
				() -> page.lines(document.bold(), fontSize, PdfKit.TEXT, margin, top, leading, lines));
		y -= leading * (lines.size() - 1) + fontSize * 0.6f;
	}

	/** A paragraph, wrapped; it starts on a new page when it does not fit. */
	public void paragraph(String text, float fontSize) throws IOException {
		float leading = fontSize * 1.4f;
		List<String> lines = PdfText.wrap(text, document.regular(), fontSize, width());
		int perPage = (int) ((size.getHeight() - 2 * margin) / leading);
		for (int from = 0; from < lines.size(); from += perPage) {
			List<String> part = lines.subList(from, Math.min(lines.size(), from + perPage));
			room(leading * part.size());
			float top = y - leading;
			page.tagged("P", null,
					() -> page.lines(document.regular(), fontSize, PdfKit.TEXT, margin, top, leading, part));
			y -= leading * part.size();
		}
	}

	/** A coloured rule across the width (an artifact). */
	public void rule(Color colour, float thickness) throws IOException {
		room(thickness + 8);
		y -= 6;
		float at = y;
		page.artifact(() -> {
			page.content().setNonStrokingColor(colour);
			page.content().addRect(margin, at, width(), thickness);
			page.content().fill();
		});
		y -= thickness + 2;
	}

	/** Empty space. */
	public void gap(float height) {
		y -= height;
	}

	/**
	 * A table; cells wrap, rows never break over pages.
	 * @param widths the column widths in points
	 * @param header the column headers (bold, TH), or null
	 * @param footer a closing row such as a total (bold), or null
	 */
	public void table(float[] widths, TableStyle style, @Nullable List<String> header, List<List<String>> rows,
			@Nullable List<String> footer) throws IOException {
		PDStructureElement table = document.group(document.body(), "Table");
		if (header != null) {
			row(table, widths, style, header, true, true);
		}
		for (List<String> row : rows) {
			row(table, widths, style, row, false, false);
		}
		if (footer != null) {
			row(table, widths, style, footer, false, true);
		}
		y -= 6;
	}

	private void row(PDStructureElement table, float[] widths, TableStyle style, List<String> cells, boolean header,
			boolean bold) throws IOException {
		float fontSize = style.size();
		float leading = fontSize * 1.3f;
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < cells.size(); i++) {
			List<String> cell = PdfText.wrap(cells.get(i), font(bold || header || i == 0 && style.rowHeaders()),
					fontSize, widths[i] - 6);
			wrapped.add(cell);
			lines = Math.max(lines, cell.size());
		}
		float height = lines * leading + 4;
		room(height);
		PDStructureElement row = document.group(table, "TR");
		float x = margin;
		for (int i = 0; i < wrapped.size(); i++) {
			boolean rowHeader = i == 0 && style.rowHeaders() && !header;
			PDFont font = font(bold || header || rowHeader);
			List<String> cell = wrapped.get(i);
			float cellX = x;
			PDStructureElement element = page.tagged(row, header || rowHeader ? "TH" : "TD",
					() -> page.lines(font, fontSize, PdfKit.TEXT, cellX, y - leading, leading, cell));
			if (header || rowHeader) {
				PDTableAttributeObject scope = new PDTableAttributeObject();
				scope.setScope(header ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
				element.addAttribute(scope);
			}
			x += widths[i];
		}
		y -= height;
		if (style.ruled()) {
			float at = y + 2;
			page.artifact(() -> {
				page.content().setStrokingColor(RULE);
				page.content().setLineWidth(0.5f);
				page.content().moveTo(margin, at);
				page.content().lineTo(margin + width(), at);
				page.content().stroke();
			});
		}
	}

	private PDFont font(boolean bold) {
		return bold ? document.bold() : document.regular();
	}

}

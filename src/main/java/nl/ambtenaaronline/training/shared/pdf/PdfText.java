package nl.ambtenaaronline.training.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and wrapping text for the kit's documents. */
public final class PdfText {

	private PdfText() {
	}

	/** The width of a text in points. */
	public static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/**
	 * Greedy word wrap to the given width in points; a word longer than the width is cut.
	 * Always at least one line (an empty one for an empty text).
	 */
	public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.replace('\n', ' ').split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width) {
				line = new StringBuilder(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			line = new StringBuilder();
			for (char c : word.toCharArray()) {
				if (!line.isEmpty() && width(line.toString() + c, font, size) > width) {
					lines.add(line.toString());
					line = new StringBuilder();
				}
				line.append(c);
			}
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}

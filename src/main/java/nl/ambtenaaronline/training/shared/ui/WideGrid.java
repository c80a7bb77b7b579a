package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A table with more columns than a phone is wide: its first column (the one that says
 * whose or which row it is) stays in place while the others scroll sideways, and on a
 * phone a line above the table says so. On a wide screen the line is not shown.
 */
public final class WideGrid {

	private WideGrid() {
	}

	/**
	 * Freezes the first column of {@code grid} (add the columns first, the decisive one
	 * first) and returns the phone's line to put above it.
	 */
	public static Paragraph hint(Grid<?> grid) {
		grid.getColumns().stream().findFirst().ifPresent(column -> column.setFrozen(true));
		return line(grid, "grid.scroll-hint");
	}

	/**
	 * The phone's line for a plain table that scrolls sideways in its own box (nothing
	 * stays in place there).
	 */
	public static Paragraph phoneHint(Component owner) {
		return line(owner, "table.scroll-hint");
	}

	private static Paragraph line(Component owner, String key) {
		Paragraph hint = new Paragraph(owner.getTranslation(key));
		hint.addClassNames("ao-phone-only", "ao-scroll-hint");
		return hint;
	}

}

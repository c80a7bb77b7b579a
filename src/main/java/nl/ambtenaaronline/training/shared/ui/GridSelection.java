package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid where people tick several rows. The tick column of Vaadin's multi-selection is
 * 58 px wide, narrower than the theme's check box with the cell's padding, so its "select
 * all" box stuck out of the header cell; it gets room for the box.
 */
public final class GridSelection {

	/** Tag of the tick column that Vaadin's multi-selection adds to the grid. */
	static final String COLUMN_TAG = "vaadin-grid-flow-selection-column";

	/** Wide enough for the theme's check box and the cell's padding on both sides. */
	static final String COLUMN_WIDTH = "4.5rem";

	private GridSelection() {
	}

	/**
	 * Turns on multi-selection with a tick column that holds its check boxes. Vaadin adds
	 * the tick column when the grid is attached, so its width is set just before the
	 * first response after that.
	 */
	public static <T> Grid<T> multi(Grid<T> grid) {
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		grid.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(grid, context -> widen(grid)));
		return grid;
	}

	private static void widen(Grid<?> grid) {
		grid.getElement()
			.getChildren()
			.filter(child -> COLUMN_TAG.equals(child.getTag()))
			.forEach(column -> column.setProperty("width", COLUMN_WIDTH));
	}

}

package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.CallbackDataProvider;

/**
 * How many rows a long list holds, said above it ("137 resultaten · 50 getoond"), and the
 * list itself growing with the page: its first {@link #PAGE} rows, then a button under it
 * for the next ones ({@link RowPager}). The total follows the list's filter: it is taken
 * from the count the list asks for anyway, and read out by screen readers when it
 * changes.
 */
public final class ListTotal extends Paragraph {

	/** How many rows a list shows at first, and how many more each click adds. */
	public static final int PAGE = 50;

	private final RowPager pager = new RowPager(PAGE);

	public ListTotal() {
		addClassName("ao-list-total");
		getElement().setAttribute("role", "status");
		pager.onCount(rows -> setText(rows > pager.shown() ? getTranslation("list.total-shown", rows, pager.shown())
				: getTranslation("list.total", rows)));
	}

	/**
	 * Fills {@code grid} from {@code fetch} and {@code count} and says the count here;
	 * put {@link #more()} under the grid.
	 */
	public <T> void fill(Grid<T> grid, CallbackDataProvider.FetchCallback<T, Void> fetch,
			CallbackDataProvider.CountCallback<T, Void> count) {
		grid.addClassName("ao-list-grid");
		pager.fill(grid, fetch, count);
	}

	/** The button for the next rows, to put under the grid. */
	public Button more() {
		return pager.more();
	}

	/** The list again from its first rows: after its filter changed. */
	public void restart() {
		pager.restart();
	}

	/** The rows shown read again (after a change to one of them), as many as before. */
	public void refresh() {
		pager.refresh();
	}

}

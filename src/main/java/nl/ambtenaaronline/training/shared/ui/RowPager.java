package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A long list that grows with the page instead of scrolling inside a box of its own: the
 * grid shows its first rows in full and a button under it adds the next ones ("Toon de
 * volgende 50"), as the cards on a phone do. Only the rows shown are fetched; the count
 * is the list's own, so a filter that shortens the list shortens the page.
 */
public final class RowPager {

	private final int page;

	private final Button more = new Button();

	private int shown;

	private int rows;

	private @Nullable Grid<?> grid;

	private IntConsumer counted = rows -> {
	};

	/**
	 * @param page how many rows the list shows at first, and how many more each click
	 * adds
	 */
	public RowPager(int page) {
		if (page < 1) {
			throw new IllegalArgumentException("page must be at least 1");
		}
		this.page = page;
		this.shown = page;
		more.addClassName("ao-list-more");
		more.setVisible(false);
		more.addClickListener(click -> {
			shown += page;
			update();
			refresh();
		});
	}

	/**
	 * Fills {@code grid} from {@code fetch} and {@code count}: every row shown is in the
	 * page (no inner scroll box), and no more rows than {@link #shown()}.
	 */
	public <T> void fill(Grid<T> grid, CallbackDataProvider.FetchCallback<T, Void> fetch,
			CallbackDataProvider.CountCallback<T, Void> count) {
		this.grid = grid;
		grid.setAllRowsVisible(true);
		grid.setPageSize(Math.min(page, 100));
		grid.setItems(fetch, query -> {
			rows = count.count(query);
			update();
			counted.accept(rows);
			return Math.min(rows, shown);
		});
	}

	/** The button for the rows after those shown, or none when all are shown. */
	private void update() {
		int next = Math.min(page, rows - Math.min(rows, shown));
		more.setText(more.getTranslation("list.more", next));
		more.setVisible(next > 0);
	}

	/**
	 * Told the list's whole count each time the list counts (after a filter or a click).
	 */
	public void onCount(IntConsumer counted) {
		this.counted = counted;
	}

	/** The button that adds the next rows; put it under the grid. */
	public Button more() {
		return more;
	}

	/** How many rows the list shows at most now. */
	public int shown() {
		return shown;
	}

	/** The list again from its first rows: after its filter changed. */
	public void restart() {
		shown = page;
		update();
		refresh();
	}

	/** The rows shown read again (after a change to one of them), as many as before. */
	public void refresh() {
		if (grid != null) {
			grid.getDataProvider().refreshAll();
		}
	}

}

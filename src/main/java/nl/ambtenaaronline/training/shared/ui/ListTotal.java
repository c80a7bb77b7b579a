package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.CallbackDataProvider;

/**
 * How many rows a long list holds, said above it ("37 resultaten"), and the list as a box
 * that fills the screen: a list loaded page by page scrolls inside its own box, and
 * without the total nobody sees that more rows follow below the last one in view. The
 * total follows the list's filter: it is taken from the count the list asks for anyway,
 * and read out by screen readers when it changes.
 */
public final class ListTotal extends Paragraph {

	public ListTotal() {
		addClassName("ao-list-total");
		getElement().setAttribute("role", "status");
	}

	/**
	 * Fills {@code grid} from {@code fetch} and {@code count}, says the count here, and
	 * makes the grid a list box of the screen's height.
	 */
	public <T> void fill(Grid<T> grid, CallbackDataProvider.FetchCallback<T, Void> fetch,
			CallbackDataProvider.CountCallback<T, Void> count) {
		grid.addClassName("ao-list-grid");
		grid.setItems(fetch, query -> {
			int rows = count.count(query);
			setText(getTranslation("list.total", rows));
			return rows;
		});
	}

}

package nl.ambtenaaronline.training.shared.ui;

import java.util.Set;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GridSelectionTest extends BrowserlessTest {

	/** No views: only a grid on an empty page. */
	@Override
	protected Set<String> scanPackages() {
		return Set.of(GridSelectionTest.class.getPackageName());
	}

	@Test
	void theTickColumnGetsRoomForItsCheckBoxesOnceTheGridIsShown() {
		Grid<String> grid = GridSelection.multi(new Grid<>());
		UI.getCurrent().add(grid);
		roundTrip();

		assertThat(grid.getSelectionMode()).isEqualTo(Grid.SelectionMode.MULTI);
		assertThat(grid.getElement().getChildren().filter(c -> GridSelection.COLUMN_TAG.equals(c.getTag())))
			.singleElement()
			.extracting((Element c) -> c.getProperty("width"))
			.isEqualTo(GridSelection.COLUMN_WIDTH);
	}

}

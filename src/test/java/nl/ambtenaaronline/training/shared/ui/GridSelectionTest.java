package nl.ambtenaaronline.training.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GridSelectionTest {

	@Test
	void theTickColumnGetsRoomForItsCheckBoxes() {
		Grid<String> grid = GridSelection.multi(new Grid<>());

		assertThat(grid.getSelectionMode()).isEqualTo(Grid.SelectionMode.MULTI);
		assertThat(grid.getElement().getChildren().filter(c -> GridSelection.COLUMN_TAG.equals(c.getTag())))
			.singleElement()
			.extracting((Element c) -> c.getProperty("width"))
			.isEqualTo(GridSelection.COLUMN_WIDTH);
	}

}

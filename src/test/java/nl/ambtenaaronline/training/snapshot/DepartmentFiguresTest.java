package nl.ambtenaaronline.training.snapshot;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentFiguresTest {

	private static DepartmentFigures figures(int counted, int completed) {
		return new DepartmentFigures("Alle afdelingen", counted, completed, 0, 0, Map.of());
	}

	@Test
	void theShareIsRoundedToTheNearestPercentAsOnTheReport() {
		// the report divides the same way (Dashboard.percentOfCounted): 82 of 201 is 40.8
		// %
		assertThat(figures(201, 82).completedPercent()).isEqualTo(41);
		assertThat(figures(3, 1).completedPercent()).isEqualTo(33);
		assertThat(figures(8, 1).completedPercent()).isEqualTo(13);
		assertThat(figures(10, 10).completedPercent()).isEqualTo(100);
	}

	@Test
	void nobodyCountedIsZeroPercent() {
		assertThat(figures(0, 0).completedPercent()).isZero();
	}

}

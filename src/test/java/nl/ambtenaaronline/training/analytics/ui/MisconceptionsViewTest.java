package nl.ambtenaaronline.training.analytics.ui;

import java.time.YearMonth;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.analytics.NewHires;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics screen without a browser, on the demo city's learning activity. */
@IntegrationTest
@WithUserDetails("hr")
class MisconceptionsViewTest extends SpringBrowserlessTest {

	String status() {
		return $(Paragraph.class).id("analytics-status").getText();
	}

	long rows(String id) {
		Grid<?> grid = $(Grid.class).id(id);
		return grid.getGenericDataView().getItems().count();
	}

	@SuppressWarnings("unchecked")
	<T> Select<T> select(String id) {
		return $(Select.class).id(id);
	}

	@Test
	void showsTheFiguresOfTheDemoAndSaysWhichGroupsCount() {
		navigate(MisconceptionsView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Welke regels worden verkeerd begrepen");
		assertThat(select("analytics-course").getValue()).isNotNull();
		assertThat(status()).contains("10 personen");
		assertThat(rows("analytics-rules")).isPositive();
		assertThat(rows("analytics-choices")).isPositive();
	}

	@Test
	void onlyNewHiresOfTheDemoAreTooFewToShow() {
		navigate(MisconceptionsView.class);
		this.<NewHires>select("analytics-new-hires").setValue(NewHires.ONLY);
		assertThat(rows("analytics-rules")).isZero();
		assertThat(status()).contains("nog geen groep");
	}

	@Test
	void aPeriodTheWrongWayRoundGetsAClearMessage() {
		navigate(MisconceptionsView.class);
		this.<YearMonth>select("analytics-from").setValue(YearMonth.now().minusMonths(1));
		this.<YearMonth>select("analytics-to").setValue(YearMonth.now().minusMonths(3));
		assertThat(status()).contains("eerste maand ligt na de laatste");
	}

	@Test
	void thePeriodChoicesEndAtTheLastClosedMonth() {
		navigate(MisconceptionsView.class);
		Select<YearMonth> to = select("analytics-to");
		assertThat(to.getListDataView().getItems()).first().isEqualTo(YearMonth.now().minusMonths(1));
		assertThat(to.getListDataView().getItems()).doesNotContain(YearMonth.now());
	}

}

package nl.ambtenaaronline.training.integration.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.integration.FeedClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's screen of the HR feed's clients. */
@IntegrationTest
@WithUserDetails("beheerder")
class FeedClientsViewTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCreatesAClientSeesItsTokenOnceAndRevokesIt() {
		UI.getCurrent().navigate("admin/integrations");
		assertThat($(Paragraph.class).id("feed-summary").getText()).startsWith("De lijst bevat nu ");
		String name = "HR-systeem scherm " + System.nanoTime();
		test($(TextField.class).id("feed-client-name")).setValue(name);
		test($(Button.class).id("feed-client-create")).click();

		TextField token = $(TextField.class).id("feed-client-token");
		assertThat(token.isVisible()).isTrue();
		assertThat(token.getValue()).startsWith("aof_").hasSizeGreaterThan(40);
		assertThat(jdbc.queryForObject("select count(*) from hr_feed_client where name = ? and token_hash <> ?",
				Integer.class, name, token.getValue()))
			.isOne();

		@SuppressWarnings("unchecked")
		Grid<FeedClient> grid = $(Grid.class).id("feed-clients");
		int row = -1;
		for (int i = 0; i < test(grid).size(); i++) {
			if (test(grid).getCellText(i, 0).equals(name)) {
				row = i;
			}
		}
		assertThat(row).isNotNegative();
		assertThat(test(grid).getCellText(row, 3)).isEqualTo("Actief");
		test((Button) test(grid).getCellComponent(row, 4)).click();
		assertThat($(Paragraph.class).id("feed-message").getText()).contains(name, "ingetrokken");
		assertThat(test(grid).getCellText(row, 3)).startsWith("Ingetrokken op ");
	}

	@Test
	void anEmptyNameIsRefusedWithASpecificMessage() {
		UI.getCurrent().navigate("admin/integrations");
		test($(TextField.class).id("feed-client-name")).setValue("   ");
		test($(Button.class).id("feed-client-create")).click();
		TextField name = $(TextField.class).id("feed-client-name");
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("Geef de koppeling een naam van 1 tot 100 tekens.");
		assertThat($(TextField.class).id("feed-client-token").isVisible()).isFalse();
	}

}

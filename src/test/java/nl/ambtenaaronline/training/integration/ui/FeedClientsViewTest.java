package nl.ambtenaaronline.training.integration.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.integration.FeedClient;
import nl.ambtenaaronline.training.integration.SkippedFeedEvent;

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
		assertThat(test(grid).getCellText(row, 2)).isEqualTo("Nog niet");
		assertThat(test(grid).getCellText(row, 3)).isEqualTo("Nog niet");
		assertThat(test(grid).getCellText(row, 4)).isEqualTo("Actief");
		test((Button) test(grid).getCellComponent(row, 5)).click();
		ConfirmDialog dialog = $(ConfirmDialog.class).single();
		assertThat(test(dialog).getHeader()).contains(name);
		test(dialog).cancel();
		assertThat(test(grid).getCellText(row, 4)).as("cancelled: still active").isEqualTo("Actief");
		assertThat(jdbc.queryForObject("select count(*) from hr_feed_client where name = ? and revoked_at is null",
				Integer.class, name))
			.isOne();

		test((Button) test(grid).getCellComponent(row, 5)).click();
		test($(ConfirmDialog.class).single()).confirm();
		assertThat($(Paragraph.class).id("feed-message").getText()).contains(name, "ingetrokken");
		assertThat(test(grid).getCellText(row, 4)).startsWith("Ingetrokken op ");
		assertThat(((Button) test(grid).getCellComponent(row, 5)).isEnabled()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from hr_feed_client where name = ? and revoked_at is not null",
				Integer.class, name))
			.isOne();
	}

	@Test
	void theDemoClientShowsHowFarItHasReadAndTheSkippedEventsAreListed() {
		jdbc.update("update hr_feed_client set last_cursor = 7, last_used_at = ? where name = 'HR-systeem (demo)'",
				java.sql.Timestamp.from(java.time.Instant.now()));
		String key = "exempted:view-" + System.nanoTime();
		jdbc.update("""
				insert into hr_feed_skipped (event_key, kind, reason, skipped_at)
				values (?, 'EXEMPTED', 'no employee with id 999999999 on the roster', ?)""", key,
				java.sql.Timestamp.from(java.time.Instant.now()));
		try {
			UI.getCurrent().navigate("admin/integrations");
			@SuppressWarnings("unchecked")
			Grid<FeedClient> grid = $(Grid.class).id("feed-clients");
			int row = -1;
			for (int i = 0; i < test(grid).size(); i++) {
				if (test(grid).getCellText(i, 0).equals("HR-systeem (demo)")) {
					row = i;
				}
			}
			assertThat(row).as("the demo's client").isNotNegative();
			assertThat(test(grid).getCellText(row, 3)).isEqualTo("7");
			assertThat(test(grid).getCellText(row, 2)).isNotEqualTo("Nog niet");

			assertThat($(Paragraph.class).id("feed-skipped-summary").getText()).contains("overgeslagen");
			@SuppressWarnings("unchecked")
			Grid<SkippedFeedEvent> skipped = $(Grid.class).id("feed-skipped");
			assertThat(skipped.isVisible()).isTrue();
			boolean listed = false;
			for (int i = 0; i < test(skipped).size(); i++) {
				listed |= test(skipped).getCellText(i, 1).equals(key)
						&& test(skipped).getCellText(i, 3).contains("999999999");
			}
			assertThat(listed).as("the skipped event with its reason").isTrue();
			assertThat($(Paragraph.class).withId("feed-skipped-hint").exists()).as("the line about its columns")
				.isTrue();
		}
		finally {
			jdbc.update("delete from hr_feed_skipped where event_key = ?", key);
		}
		// none skipped (the demo's own): no table, and no line about its columns
		if (jdbc.queryForObject("select count(*) from hr_feed_skipped", Long.class) == 0) {
			UI.getCurrent().navigate("certificates");
			UI.getCurrent().navigate("admin/integrations");
			assertThat($(Grid.class).withId("feed-skipped").exists()).isFalse();
			assertThat($(Paragraph.class).withId("feed-skipped-hint").exists()).isFalse();
		}
	}

	@Test
	void theXapiOutboxShowsThatItIsOffAndListsAFailedStatement() {
		String id = java.util.UUID.randomUUID().toString();
		long employee = jdbc.queryForObject("select min(id) from employee", Long.class);
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		jdbc.update("""
				insert into xapi_statement (statement_id, employee_id, verb, statement, created_at, status, attempts,
				  next_attempt_at, last_error) values (?, ?, 'passed', '{}', ?, 'FAILED', 10, ?, '503: stub')""", id,
				employee, now, now);
		try {
			UI.getCurrent().navigate("admin/integrations");
			assertThat($(Paragraph.class).id("xapi-status").getText()).startsWith("Uit:");
			assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("xapi-failures").isVisible()).isTrue();
			assertThat($(com.vaadin.flow.component.html.ListItem.class).all())
				.anySatisfy(item -> assertThat(item.getText()).contains(id, "FAILED", "10", "503: stub"));
		}
		finally {
			jdbc.update("delete from xapi_statement where statement_id = ?", id);
		}
	}

	@Test
	void anAdministratorDownloadsAPeriodsStatementsAsJsonLinesAndAWrongPeriodDisablesTheDownload() {
		String id = java.util.UUID.randomUUID().toString();
		long employee = jdbc.queryForObject("select min(id) from employee", Long.class);
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		String statement = "{\"id\":\"" + id + "\",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"}}";
		jdbc.update("""
				insert into xapi_statement (statement_id, employee_id, verb, statement, created_at, status, attempts,
				  next_attempt_at) values (?, ?, 'passed', ?, ?, 'SENT', 1, ?)""", id, employee, statement, now, now);
		try {
			UI.getCurrent().navigate("admin/integrations");
			Anchor download = $(Anchor.class).id("xapi-export");
			assertThat(download.isEnabled()).isTrue();
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			test(download).download(out);
			assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).contains(statement);

			DatePicker from = $(DatePicker.class).id("xapi-export-from");
			DatePicker to = $(DatePicker.class).id("xapi-export-to");
			test(from).setValue(to.getValue().plusDays(1));
			assertThat(to.isInvalid()).isTrue();
			assertThat(to.getErrorMessage())
				.isEqualTo("De einddatum ligt voor de begindatum of de periode is langer dan een jaar.");
			assertThat(download.isEnabled()).isFalse();
		}
		finally {
			jdbc.update("delete from xapi_statement where statement_id = ?", id);
		}
	}

	@Test
	void anEmptyNameIsRefusedWithASpecificMessage() {
		UI.getCurrent().navigate("admin/integrations");
		test($(TextField.class).id("feed-client-name")).setValue("   ");
		test($(Button.class).id("feed-client-create")).click();
		TextField name = $(TextField.class).id("feed-client-name");
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("Geef de koppeling een naam van 1 tot 100 tekens.");
		assertThat($(TextField.class).withId("feed-client-token").exists()).as("no token shown").isFalse();
	}

}

package nl.ambtenaaronline.training.privacy.ui;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.certificate.Passers;
import nl.ambtenaaronline.training.privacy.DestructionRecord;
import nl.ambtenaaronline.training.privacy.MyData;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy screens without a browser. */
class PrivacyViewsTest {

	@Nested
	@IntegrationTest
	@WithAnonymousUser
	class NoticeForAVisitor extends SpringBrowserlessTest {

		@Autowired
		SettingsService settings;

		@Test
		void showsPurposeRetentionFromTheLiveSettingsAndTheContactWithoutSigningIn() {
			String answersBefore = SystemAuthentication.call(() -> settings.text("retention.answers.months"));
			String contactBefore = SystemAuthentication.call(() -> settings.text("privacy.contact"));
			SystemAuthentication.run(() -> {
				settings.update("retention.answers.months", "5");
				settings.update("privacy.contact", "Functionaris gegevensbescherming, fg@gemeente.example");
			});
			try {
				navigate(PrivacyNoticeView.class);
				assertThat($(H1.class).single().getText()).isEqualTo("Privacyverklaring");
				String text = getCurrentView().getElement().getTextRecursively();
				assertThat(text).contains("niet gebruikt voor je beoordeling", "Wie ziet wat", "Je rechten");
				assertThat($(ListItem.class).id("retention-answers").getText()).contains("5 maanden");
				assertThat($(ListItem.class).id("retention-audit").getText()).contains("84 maanden");
				assertThat($(Paragraph.class).id("privacy-contact").getText())
					.isEqualTo("Functionaris gegevensbescherming, fg@gemeente.example");
				// whether learning records are on here now (the shared test context keeps
				// them off)
				assertThat($(Paragraph.class).id("privacy-xapi-now").getText()).contains("staan hier nu uit");
				assertThat($(Anchor.class).id("privacy-login").getHref()).isEqualTo("login");
				assertThat($(RouterLink.class).all()).noneMatch(link -> link.getHref().equals("my-data"));
			}
			finally {
				SystemAuthentication.run(() -> {
					settings.update("retention.answers.months", answersBefore);
					settings.update("privacy.contact", contactBefore);
				});
			}
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("medewerker")
	class MyDataForAnEmployee extends SpringBrowserlessTest {

		@Test
		void offersAReadableAndAJsonDownloadAndTheNoticeLinksToIt() {
			navigate(MyDataView.class);
			assertThat($(H1.class).single().getText()).isEqualTo("Mijn gegevens");
			assertThat($(Anchor.class).id("my-data-html").getText()).contains("HTML");
			assertThat($(Anchor.class).id("my-data-json").getText()).contains("JSON");
			assertThat($(Anchor.class).id("my-data-html").getHref()).isNotBlank();
			navigate(PrivacyNoticeView.class);
			assertThat($(RouterLink.class).all()).anyMatch(link -> link.getHref().equals("my-data"));
		}

		@Test
		void theReadableFileEscapesEveryValueAndTitlesEachSection() {
			MyData data = new MyData("100001", Instant.parse("2026-12-01T09:00:00Z"),
					List.of(new PersonalDataSection("profile",
							List.of(Map.of("lastName", "<script>alert(1)</script>"))),
							new PersonalDataSection("answers", List.of())));
			String html = new String(MyDataFiles.html(data, new Div(), Locale.of("nl")), StandardCharsets.UTF_8);
			assertThat(html).startsWith("<!DOCTYPE html>")
				.contains("<html lang=\"nl\">", "<h2>Personeelsbestand</h2>", "<h2>Antwoorden</h2>", "Geen gegevens.",
						"&lt;script&gt;alert(1)&lt;/script&gt;", "Personeelsnummer 100001")
				.doesNotContain("<script>");
			String json = new String(MyDataFiles.json(data), StandardCharsets.UTF_8);
			assertThat(json).contains("\"employeeNumber\" : \"100001\"", "\"profile\"",
					"\"lastName\" : \"<script>alert(1)</script>\"");
			assertThat(MyDataFiles.fileName(data, "json")).isEqualTo("mijn-gegevens-100001.json");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("beheerder")
	class DestructionRecordForAnAdministrator extends SpringBrowserlessTest {

		@Autowired
		Passers passers;

		@Autowired
		PrivacyService privacy;

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		Clock clock;

		@Test
		void listsTheRecordExportsItAndAppliesTheRetentionNowOnlyAfterSayingWhatItErases() {
			// someone whose answers are one day past their period
			String old = passers.create("run-now-old", "Oud");
			passers.pass(old);
			Instant periodStart = RetentionRule
				.cutoff(Period.ofMonths(privacy.retentionMonths().get(RetentionKind.ANSWERS)), clock.instant());
			jdbc.update("update completion set passed_at = ? where employee_id = ?",
					periodStart.minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), passers.employeeId(old));

			navigate(DestructionRecordsView.class);
			assertThat($(H1.class).single().getText()).isEqualTo("Vernietigingsverslag");
			assertThat($(Anchor.class).id("export-destruction-records").getHref()).isNotBlank();
			test($(Button.class).id("run-retention-now")).click();
			assertThat($(UnorderedList.class).id("run-retention-preview").getElement().getTextRecursively())
				.contains("Losse antwoorden en keuzes, na afronden: ");
			assertThat($(Paragraph.class).id("destruction-status").getText()).as("nothing applied yet").isEmpty();
			test($(Button.class).id("run-retention-cancel")).click();
			assertThat(answers(old)).as("cancelled: nothing erased").isPositive();

			test($(Button.class).id("run-retention-now")).click();
			assertThat($(Button.class).id("run-retention-confirm").getText()).endsWith("gegevens nu verwijderen");
			test($(Button.class).id("run-retention-confirm")).click();
			assertThat($(Paragraph.class).id("destruction-status").getText()).startsWith("Toegepast:");
			assertThat(answers(old)).isZero();
			assertThat($(Grid.class).id("destruction-records")).isNotNull();

			// with nothing past a period, nothing to confirm
			test($(Button.class).id("run-retention-now")).click();
			assertThat($(Paragraph.class).id("destruction-status").getText())
				.isEqualTo("Niets is nu over de bewaartermijn; er is niets verwijderd.");
			assertThat($(Button.class).withId("run-retention-confirm").exists()).isFalse();
		}

		private int answers(String username) {
			Integer count = jdbc.queryForObject("""
					select count(*) from assessment_answer a join assessment_attempt t on t.id = a.attempt_id
					join enrolment e on e.id = t.enrolment_id where e.employee_id = ?""", Integer.class,
					passers.employeeId(username));
			return count == null ? 0 : count;
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class DestructionRecordForAnAuditor extends SpringBrowserlessTest {

		@Test
		void readsAndExportsButCannotRunTheRetention() {
			navigate(DestructionRecordsView.class);
			assertThat($(Anchor.class).id("export-destruction-records").getHref()).isNotBlank();
			assertThat($(Button.class).withId("run-retention-now").exists()).isFalse();
		}

		@Test
		@SuppressWarnings("unchecked")
		void readsEachRuleInWordsWithItsCodeBesideItAndTheNightlyJobAsSystem() {
			navigate(DestructionRecordsView.class);
			Grid<DestructionRecord> grid = $(Grid.class).id("destruction-records");
			int rows = test(grid).size();
			assertThat(rows).as("the demo's retention erased a leaver's data").isPositive();
			boolean system = false;
			for (int row = 0; row < rows; row++) {
				DestructionRecord record = test(grid).getRow(row);
				String rule = test(grid).getCellComponent(row, "rule").getElement().getTextRecursively();
				assertThat(rule).as("rule %s in words, code beside it", record.rule())
					.isNotEqualTo(record.rule())
					.endsWith(" " + record.rule());
				String by = test(grid).getCellText(row, 6);
				if (record.performedBy().equals("system")) {
					system = true;
					assertThat(by).isEqualTo("Systeem (nachtelijke taak)");
				}
				else {
					assertThat(by).as("an administrator by name").doesNotStartWith("account:");
				}
			}
			assertThat(system).as("the demo's nightly job wrote some").isTrue();
		}

	}

}

package nl.ambtenaaronline.training.settings;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.privacy.RetentionPreview;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SettingsTest extends SpringBrowserlessTest {

	@Autowired
	SettingsService settings;

	@Autowired
	AuditService audit;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	PrivacyService privacy;

	@Test
	void valuesAreValidatedByTheirType() {
		SettingDefinition days = SettingDefinition.integer("x", 30, 1, 365, true);
		assertThat(SettingsService.validate(days, "45")).isEqualTo("45");
		assertThatThrownBy(() -> SettingsService.validate(days, "veertig")).hasMessage("settings.invalid.integer");
		assertThatThrownBy(() -> SettingsService.validate(days, "0")).hasMessage("settings.invalid.range");
		SettingDefinition url = SettingDefinition.of("u", SettingType.URL, "", false);
		assertThatThrownBy(() -> SettingsService.validate(url, "javascript:alert(1)"))
			.hasMessage("settings.invalid.url");
		assertThat(SettingsService.validate(url, "https://www.amsterdam.nl/integriteit")).startsWith("https://");
		SettingDefinition date = SettingDefinition.of("d", SettingType.DATE, "", true);
		assertThatThrownBy(() -> SettingsService.validate(date, "31-12-2026")).hasMessage("settings.invalid.date");
		SettingDefinition email = SettingDefinition.of("e", SettingType.EMAIL, "", true);
		assertThatThrownBy(() -> SettingsService.validate(email, "geen-adres")).hasMessage("settings.invalid.email");
	}

	@Test
	@WithUserDetails("hr")
	void aNewTermSaysBeforeSavingThatOpenAssignmentsKeepTheirDateAndIsStoredOnlyOnConfirm() {
		String key = "assignment.social-media.rollout-days";
		String before = settings.text(key);
		try {
			navigate("settings", com.vaadin.flow.component.html.Main.class);
			TextField field = $(TextField.class).withId("setting-assignment-social-media-rollout-days").single();
			assertThat(field.getHelperText()).endsWith("Toegestaan: 1 tot en met 730.");
			test(field).setValue("60");
			test($(Button.class).id("settings-save-assignment")).click();
			ConfirmDialog dialog = $(ConfirmDialog.class).id("settings-impact-dialog");
			assertThat($(UnorderedList.class).id("settings-impact-changes").getElement().getTextRecursively())
				.isEqualTo(
						"Invoeringstermijn (dagen na de invoeringsdatum) – Ambtenaar online: social media en je werk: "
								+ before + " wordt 60");
			Long open = jdbc.queryForObject(
					"select count(*) from assignment where course_id = 'social-media' and closed_on is null",
					Long.class);
			assertThat(open).isPositive();
			assertThat($(UnorderedList.class).id("settings-impact-effects").getElement().getTextRecursively())
				.startsWith("Ambtenaar online: social media en je werk: wie al een toewijzing heeft (" + open
						+ " open toewijzingen, ook van wie uitstel of vrijstelling heeft), houdt de uiterste datum die er staat.");
			assertThat(settings.text(key)).as("nothing stored before the second click").isEqualTo(before);
			test(dialog).cancel();
			assertThat(settings.text(key)).isEqualTo(before);

			test($(Button.class).id("settings-save-assignment")).click();
			test($(ConfirmDialog.class).id("settings-impact-dialog")).confirm();
			assertThat(settings.text(key)).isEqualTo("60");
		}
		finally {
			SystemAuthentication.run(() -> settings.update(key, before));
		}
	}

	@Test
	@WithUserDetails("beheerder")
	void aShorterRetentionPeriodSaysWhatTheNextRunWouldEraseBeforeItIsSaved() {
		String key = "retention.answers.months";
		String before = settings.text(key);
		navigate("settings", com.vaadin.flow.component.html.Main.class);
		test($(TextField.class).withId("setting-retention-answers-months").single()).setValue("1");
		test($(Button.class).id("settings-save-retention")).click();
		List<RetentionPreview> all = privacy.previewRetention(Map.of(RetentionKind.ANSWERS, 1));
		List<RetentionPreview> answers = all.stream().filter(line -> line.kind() == RetentionKind.ANSWERS).toList();
		String effects = $(UnorderedList.class).id("settings-impact-effects").getElement().getTextRecursively();
		if (answers.isEmpty()) {
			assertThat(effects).isEqualTo(
					"Met deze bewaartermijn is nu niets over zijn termijn: de volgende run verwijdert hierdoor niets.");
		}
		else {
			assertThat(effects).contains("verwijdert " + answers.getFirst().records() + " gegevens",
					"Dat kan niet ongedaan worden gemaakt.");
		}
		// what other rules erase anyway (the demo has such data) is not this change's
		// doing
		List<RetentionPreview> others = all.stream().filter(line -> line.kind() != RetentionKind.ANSWERS).toList();
		assertThat(others).as("the demo has data past another period").isNotEmpty();
		others.forEach(line -> assertThat(effects)
			.doesNotContain(UI.getCurrent().getTranslation("privacy.destruction.rule." + line.rule())));
		test($(ConfirmDialog.class).id("settings-impact-dialog")).cancel();
		assertThat(settings.text(key)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorChangesASettingOnTheScreenAndTheChangeIsAudited() {
		navigate("settings", com.vaadin.flow.component.html.Main.class);
		TextField field = $(TextField.class).withId("setting-source-huisstijl-contact").single();
		test(field).setValue("huisstijl@example.org");
		Button save = $(Button.class).id("settings-save-source");
		test(save).click();
		assertThat(settings.text("source.huisstijl-contact")).isEqualTo("huisstijl@example.org");
		assertThat(SystemAuthentication.call(
				() -> audit.search(new AuditFilter("setting.changed", null, "setting:source.huisstijl-contact"), 0, 5)))
			.isNotEmpty()
			.first()
			.satisfies(entry -> assertThat(entry.details()).contains("huisstijl@example.org"));
	}

	@Test
	@WithUserDetails("beheerder")
	@SuppressWarnings("unchecked")
	void aDateIsPickedAndAWeekdayChosenByNameBothStoredAsBefore() {
		String dayKey = "reminder.digest-day";
		String dayBefore = settings.text(dayKey);
		String dateKey = "assignment.social-media.go-live";
		String dateBefore = settings.text(dateKey);
		try {
			navigate("settings", com.vaadin.flow.component.html.Main.class);
			com.vaadin.flow.component.select.Select<Integer> day = $(com.vaadin.flow.component.select.Select.class)
				.withId("setting-reminder-digest-day")
				.single();
			assertThat(day.getItemLabelGenerator().apply(1)).isEqualTo("maandag");
			assertThat(day.getItemLabelGenerator().apply(5)).isEqualTo("vrijdag");
			assertThat(day.getValue()).isEqualTo(Integer.parseInt(dayBefore));
			com.vaadin.flow.component.datepicker.DatePicker date = $(
					com.vaadin.flow.component.datepicker.DatePicker.class)
				.withId("setting-assignment-social-media-go-live")
				.single();
			assertThat(date.getValue()).isEqualTo(java.time.LocalDate.parse(dateBefore));

			test(day).selectItem("woensdag");
			test($(Button.class).id("settings-save-reminder")).click();
			assertThat(settings.text(dayKey)).isEqualTo("3");
		}
		finally {
			settings.update(dayKey, dayBefore);
			settings.update(dateKey, dateBefore);
		}
	}

	@Test
	@WithUserDetails("beheerder")
	void anOnOffSettingIsACheckboxThatStoresTrueOrFalseAndIsAudited() {
		String key = "reporting.team.include-indirect";
		String before = settings.text(key);
		try {
			navigate("settings", com.vaadin.flow.component.html.Main.class);
			assertThat($(TextField.class).withId("setting-reporting-team-include-indirect").all()).isEmpty();
			Checkbox box = $(Checkbox.class).withId("setting-reporting-team-include-indirect").single();
			assertThat(box.getLabel()).isEqualTo("Mijn team: ook indirecte medewerkers");
			assertThat(box.getValue()).isEqualTo(Boolean.parseBoolean(before));
			Button save = $(Button.class).id("settings-save-reporting");
			assertThat(save.getElement().getAttribute("aria-label")).isEqualTo("Opslaan: Rapportages en Mijn team");

			String unsaved = "unsaved-reporting-team-include-indirect";
			assertThat($(Span.class).withId(unsaved).all()).as("nothing edited").isEmpty();
			test(box).click();
			assertThat($(Span.class).withId(unsaved).single().getText()).as("edited, not saved")
				.isEqualTo("Niet opgeslagen");
			test(save).click();
			assertThat($(Span.class).withId(unsaved).all()).as("saved").isEmpty();
			String flipped = Boolean.toString(!Boolean.parseBoolean(before));
			assertThat(settings.text(key)).isEqualTo(flipped);
			assertThat(SystemAuthentication
				.call(() -> audit.search(new AuditFilter("setting.changed", null, "setting:" + key), 0, 5)))
				.isNotEmpty()
				.first()
				.satisfies(entry -> assertThat(entry.details()).isEqualTo("'" + before + "' -> '" + flipped + "'"));

			test(box).click();
			test(save).click();
			assertThat(settings.text(key)).isEqualTo(before);
		}
		finally {
			settings.update(key, before);
		}
	}

	@Test
	@WithUserDetails("beheerder")
	void aWrongValueIsRefusedWithAClearMessageAndNotStored() {
		navigate("settings", com.vaadin.flow.component.html.Main.class);
		TextField field = $(TextField.class).withId("setting-source-gedragscode-url").single();
		String before = settings.text("source.gedragscode-url");
		test(field).setValue("geen adres");
		Button save = $(Button.class).id("settings-save-source");
		test(save).click();
		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).contains("https://");
		assertThat(settings.text("source.gedragscode-url")).isEqualTo(before);
		// learners are sent there from an official training: no unencrypted address
		test(field).setValue("http://gemeente.example/gedragscode");
		test(save).click();
		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).isEqualTo("Vul een volledig webadres in dat begint met https://.");
		assertThat(settings.text("source.gedragscode-url")).isEqualTo(before);
	}

	@Test
	@WithUserDetails("beheerder")
	void aSectionIsSavedAsAWholeAndNothingIsStoredWhileOneOfItsValuesDoesNotFit() {
		navigate("settings", com.vaadin.flow.component.html.Main.class);
		String contactBefore = settings.text("source.huisstijl-contact");
		String urlBefore = settings.text("source.gedragscode-url");
		try {
			TextField contact = $(TextField.class).withId("setting-source-huisstijl-contact").single();
			TextField url = $(TextField.class).withId("setting-source-gedragscode-url").single();
			test(contact).setValue("huisstijl-samen@example.org");
			test(url).setValue("geen adres");
			assertThat($(Span.class).withId("unsaved-source-huisstijl-contact").single().getText())
				.isEqualTo("Niet opgeslagen");

			test($(Button.class).id("settings-save-source")).click();
			assertThat(url.isInvalid()).isTrue();
			assertThat(settings.text("source.huisstijl-contact")).as("nothing half-written").isEqualTo(contactBefore);
			assertThat($(Span.class).withId("unsaved-source-huisstijl-contact").single().isVisible()).isTrue();

			test(url).setValue("https://gemeente.example/gedragscode-nieuw");
			test($(Button.class).id("settings-save-source")).click();
			assertThat(url.isInvalid()).isFalse();
			assertThat(settings.text("source.huisstijl-contact")).isEqualTo("huisstijl-samen@example.org");
			assertThat(settings.text("source.gedragscode-url")).isEqualTo("https://gemeente.example/gedragscode-nieuw");
			assertThat($(Span.class).withId("unsaved-source-huisstijl-contact").all()).as("saved").isEmpty();
		}
		finally {
			settings.update("source.huisstijl-contact", contactBefore);
			settings.update("source.gedragscode-url", urlBefore);
		}
	}

	@Test
	@WithUserDetails("beheerder")
	void leavingWithAnUnsavedChangeAsksFirstNamingTheSectionAndStoresNothing() {
		navigate("settings", com.vaadin.flow.component.html.Main.class);
		String before = settings.text("source.huisstijl-contact");
		test($(TextField.class).withId("setting-source-huisstijl-contact").single())
			.setValue("niet-bewaard@example.org");

		UI.getCurrent().navigate("audit");
		ConfirmDialog dialog = $(ConfirmDialog.class).id("settings-leave-dialog");
		assertThat(test(dialog).getText()).contains("Bronnen en contacten");
		test(dialog).cancel();
		assertThat(getCurrentView().getClass().getSimpleName()).as("stayed").isEqualTo("SettingsView");

		UI.getCurrent().navigate("audit");
		test($(ConfirmDialog.class).id("settings-leave-dialog")).confirm();
		assertThat(getCurrentView().getClass().getSimpleName()).as("left").isNotEqualTo("SettingsView");
		assertThat(settings.text("source.huisstijl-contact")).isEqualTo(before);
	}

	@Test
	@WithUserDetails("beheerder")
	void leavingWithNothingChangedAsksNothing() {
		navigate("settings", com.vaadin.flow.component.html.Main.class);
		UI.getCurrent().navigate("audit");
		assertThat($(ConfirmDialog.class).all()).isEmpty();
		assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("SettingsView");
	}

	@Test
	@WithUserDetails("beheerder")
	void anEmptyContactTheLessonsNameIsAnnouncedToTheAdministratorOnEveryPage() {
		String before = settings.text("source.huisstijl-contact");
		settings.update("source.huisstijl-contact", "");
		try {
			navigate("settings", com.vaadin.flow.component.html.Main.class);
			assertThat($(com.vaadin.flow.component.html.Div.class).id("notice-sources-empty")
				.getElement()
				.getTextRecursively()).contains("Contacten of adressen", "nog niet zijn ingevuld: 1");
		}
		finally {
			settings.update("source.huisstijl-contact", before);
		}
	}

}

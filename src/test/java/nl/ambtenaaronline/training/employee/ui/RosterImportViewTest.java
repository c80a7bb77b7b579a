package nl.ambtenaaronline.training.employee.ui;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.ImportMode;
import nl.ambtenaaronline.training.employee.RosterChange;
import nl.ambtenaaronline.training.employee.RosterFiles;
import nl.ambtenaaronline.training.employee.RosterProblem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The import page without a browser: upload, preview, confirm. Each test runs in a
 * transaction that is rolled back, so the demo city stays as it is.
 */
@IntegrationTest
@WithUserDetails("hr")
@Transactional
class RosterImportViewTest extends SpringBrowserlessTest {

	@Autowired
	EmployeeService employees;

	@SuppressWarnings("unchecked")
	private void choose(ImportMode mode) {
		RadioButtonGroup<ImportMode> modes = $(RadioButtonGroup.class).id("roster-import-mode");
		modes.setValue(mode);
	}

	private void upload(String fileName, byte[] content) {
		test($(Upload.class).id("roster-upload")).upload(fileName, "text/csv", content);
	}

	private String status() {
		return $(Paragraph.class).id("roster-import-status").getText();
	}

	@Test
	@SuppressWarnings("unchecked")
	void hrUploadsADepartmentFileSeesThePreviewAndConfirms() throws IOException {
		navigate(RosterImportView.class);
		choose(ImportMode.DEPARTMENTS);

		upload("tabs.txt", RosterFiles.resource("good/tabs.txt"));

		Grid<RosterChange> sample = $(Grid.class).id("roster-sample");
		assertThat(test(sample).size()).isEqualTo(2);
		assertThat(sample.getListDataView().getItems().map(RosterChange::kind)).containsOnly(RosterChange.Kind.NEW);
		assertThat($(Grid.class).withId("roster-problems").exists()).isFalse();
		assertThat(employees.findByNumber("930001")).as("nothing written before confirming").isEmpty();
		assertThat(status()).isEqualTo(getTranslation("roster.preview.ready"));
		// a department code not yet known is named and confirmed on its own
		assertThat($(Paragraph.class).id("roster-new-departments").getText()).contains("Is het geen tikfout?");
		assertThat(test($(Button.class).id("roster-confirm")).isUsable()).isFalse();
		test($(Checkbox.class).id("roster-confirm-departments")).click();

		test($(Button.class).id("roster-confirm")).click();

		assertThat(employees.findByNumber("930001")).isPresent();
		assertThat(employees.findByNumber("930002").orElseThrow().lastName()).isEqualTo("Bosch");
		assertThat(status()).startsWith(getTranslation("roster.import.done", 2, 0, 0, 0, 1).substring(0, 10));
		assertThat($(Button.class).withId("roster-confirm").exists()).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aBrokenFileShowsEveryProblemWithLineAndColumnAndCannotBeConfirmed() throws IOException {
		navigate(RosterImportView.class);
		choose(ImportMode.DEPARTMENTS);

		upload("kapot.csv", RosterFiles.resource("broken/bad-email.csv"));

		Grid<RosterProblem> problems = $(Grid.class).id("roster-problems");
		assertThat(test(problems).size()).isEqualTo(1);
		assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
		assertThat(test(problems).getCellText(0, 1)).isEqualTo("e-mail");
		assertThat(test(problems).getCellText(0, 2)).contains("jan.smit.example.org");
		assertThat($(Button.class).withId("roster-confirm").exists()).isFalse();
		assertThat(status()).isEqualTo(getTranslation("roster.preview.invalid", 1));
		// the counts say what was read and what is wrong, not zeros for new and changed
		// that do not add up to the file's rows
		assertThat($(UnorderedList.class).id("roster-preview-counts").getElement().getTextRecursively())
			.contains(getTranslation("roster.preview.problems", 1), getTranslation("roster.preview.not-compared"))
			.doesNotContain(getTranslation("roster.preview.new", 0), getTranslation("roster.preview.unchanged", 0));
	}

	@Test
	@SuppressWarnings("unchecked")
	void anExcelFileIsAskedToBeSavedAsCsv() throws IOException {
		navigate(RosterImportView.class);

		upload("personeel.xlsx", RosterFiles.resource("broken/roster.xlsx"));

		Grid<RosterProblem> problems = $(Grid.class).id("roster-problems");
		assertThat(test(problems).getCellText(0, 2)).isEqualTo(getTranslation("roster.error.spreadsheet"))
			.contains("CSV");
	}

	@Test
	void manyLeaversNeedTheExtraTickBeforeTheImportButtonWorks() {
		// more than the default 10 % of the roster, however many people earlier tests
		// added
		int many = (int) (employees.count() / 10) + 5;
		List<EmployeeSummary> leaving = RosterFiles.withoutReports(employees).subList(0, many);
		Set<String> numbers = leaving.stream().map(EmployeeSummary::employeeNumber).collect(Collectors.toSet());
		navigate(RosterImportView.class);
		choose(ImportMode.FULL);

		upload("alles.csv", RosterFiles.export(employees, numbers, Map.of()));

		assertThat($(Paragraph.class).withId("roster-leaver-warning").exists()).isTrue();
		Button confirm = $(Button.class).id("roster-confirm");
		assertThat(test(confirm).isUsable()).isFalse();

		test($(Checkbox.class).id("roster-confirm-leavers")).click();
		test(confirm).click();

		assertThat(employees.findById(leaving.getFirst().id()).orElseThrow().endDate()).isNotNull();
		assertThat(status()).contains(Integer.toString(many));
	}

	@Test
	void aBrokenSmallFileAsTheWholeRosterWarnsFirstThatNearlyEveryoneWouldLeaveAndNamesTheOtherChoices()
			throws IOException {
		navigate(RosterImportView.class);
		choose(ImportMode.FULL);

		upload("kapot.csv", RosterFiles.resource("broken/bad-email.csv"));

		assertThat($(Grid.class).withId("roster-problems").exists()).isTrue();
		Paragraph warning = $(Paragraph.class).id("roster-leaver-warning");
		assertThat(warning.getText()).startsWith("Let op: deze import zet ")
			.contains("\u201eAlleen de mensen in het bestand\u201d", "\u201eAlleen de afdelingen in het bestand\u201d");
		// before the counts and the errors, where it is read first
		List<com.vaadin.flow.component.Component> preview = warning.getParent().orElseThrow().getChildren().toList();
		assertThat(preview.indexOf(warning))
			.isLessThan(preview.indexOf($(UnorderedList.class).id("roster-preview-counts")));
	}

	@Test
	void theDefaultModeMarksNobodyAsLeftEvenWhenPeopleAreMissingFromTheFile() {
		List<EmployeeSummary> missing = RosterFiles.withoutReports(employees).subList(0, 3);
		Set<String> numbers = missing.stream().map(EmployeeSummary::employeeNumber).collect(Collectors.toSet());
		navigate(RosterImportView.class);
		RadioButtonGroup<?> modes = $(RadioButtonGroup.class).id("roster-import-mode");
		assertThat(modes.getValue()).isEqualTo(ImportMode.UPDATE);

		upload("alles.csv", RosterFiles.export(employees, numbers, Map.of()));

		assertThat($(UnorderedList.class).withId("roster-leaver-list").exists()).isFalse();
		assertThat(employees.findById(missing.getFirst().id()).orElseThrow().endDate()).isNull();
	}

	@Test
	void everyLeaverIsNamedAndNeedsItsOwnConfirmationWithTheCount() {
		List<EmployeeSummary> leaving = RosterFiles.withoutReports(employees).subList(30, 32);
		Set<String> numbers = leaving.stream().map(EmployeeSummary::employeeNumber).collect(Collectors.toSet());
		navigate(RosterImportView.class);
		choose(ImportMode.FULL);

		upload("alles.csv", RosterFiles.export(employees, numbers, Map.of()));

		assertThat($(Paragraph.class).withId("roster-leaver-warning").exists()).as("below the share").isFalse();
		String listed = $(UnorderedList.class).id("roster-leaver-list").getElement().getTextRecursively();
		leaving.forEach(person -> assertThat(listed).contains(person.displayName(), person.employeeNumber()));
		Checkbox sure = $(Checkbox.class).id("roster-confirm-leavers");
		assertThat(sure.getLabel()).isEqualTo("Ja, zet deze 2 mensen uit dienst");
		Button confirm = $(Button.class).id("roster-confirm");
		assertThat(test(confirm).isUsable()).isFalse();
		test(sure).click();
		test(confirm).click();
		assertThat(employees.findById(leaving.getFirst().id()).orElseThrow().endDate()).isNotNull();
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeCannotOpenTheImportPage() {
		catchThrowable(() -> navigate(RosterImportView.class));

		assertThat(getCurrentView()).isNotInstanceOf(RosterImportView.class);
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorCannotOpenTheImportPage() {
		catchThrowable(() -> navigate(RosterImportView.class));

		assertThat(getCurrentView()).isNotInstanceOf(RosterImportView.class);
	}

	private String getTranslation(String key, Object... arguments) {
		return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, arguments);
	}

}

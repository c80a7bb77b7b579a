package nl.ambtenaaronline.training.employee.ui;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The roster page and the person form without a browser; rolled back after each test. */
@IntegrationTest
@WithUserDetails("hr")
@Transactional
class RosterViewTest extends SpringBrowserlessTest {

	@Autowired
	EmployeeService employees;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditService audit;

	@SuppressWarnings("unchecked")
	private Grid<EmployeeSummary> grid() {
		return $(Grid.class).id("roster");
	}

	@Test
	void listsThePeopleInServiceFiftyAtATimeWithAButtonForTheNextAndStartsAgainOnANewFilter() {
		navigate(RosterView.class);
		int people = (int) employees.count(new RosterFilter("", null, false));
		assertThat(people).isGreaterThan(200);
		assertThat(test(grid()).size()).isEqualTo(ListTotal.PAGE);
		assertThat(grid().isAllRowsVisible()).as("the list grows with the page, no box that scrolls").isTrue();
		assertThat(total()).isEqualTo(people + " resultaten · de eerste 50 staan hieronder");
		Button more = $(Button.class).withClassName("ao-list-more").single();
		assertThat(more.getText()).isEqualTo("Toon de volgende 50");

		test(more).click();
		assertThat(test(grid()).size()).isEqualTo(2 * ListTotal.PAGE);
		assertThat(total()).isEqualTo(people + " resultaten · de eerste 100 staan hieronder");

		test($(TextField.class).id("roster-search")).setValue("100001");
		assertThat(test(grid()).size()).isOne();
		assertThat(total()).isEqualTo("1 resultaat");
		assertThat(more.isVisible()).isFalse();
		test($(TextField.class).id("roster-search")).clear();
		assertThat(test(grid()).size()).as("a new filter starts at the first rows again").isEqualTo(ListTotal.PAGE);
		assertThat(more.isVisible()).isTrue();
	}

	@Test
	void saysInWordsWhoHasNoEmailAddress() {
		EmployeeSummary without = employees.find(new RosterFilter("", null, false), 0, 500)
			.stream()
			.filter(person -> person.email() == null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo has people without an e-mail address"));
		navigate(RosterView.class);
		test($(TextField.class).id("roster-search")).setValue(without.employeeNumber());
		assertThat(test(grid()).size()).isOne();
		assertThat(test(grid()).getCellText(0, 3)).isEqualTo("geen e-mailadres (krijgt geen herinneringen per e-mail)");
	}

	@Test
	void listsOnlyThePeopleWithoutAnEmailAddressWhenAskedAndStartsAgainAtTheFirstRows() {
		long everyone = employees.count(new RosterFilter("", null, false));
		long without = employees.find(new RosterFilter("", null, false), 0, 10_000)
			.stream()
			.filter(person -> person.email() == null || person.email().isBlank())
			.count();
		assertThat(without).as("the demo has people without an address, and far fewer than everyone")
			.isBetween(1L, everyone / 2);
		navigate(RosterView.class);
		test($(Checkbox.class).id("roster-without-email")).click();
		int shown = test(grid()).size();
		assertThat(shown).isEqualTo((int) Math.min(without, ListTotal.PAGE));
		for (int row = 0; row < shown; row++) {
			assertThat(test(grid()).getCellText(row, 3)).startsWith("geen e-mailadres");
		}
		assertThat(total()).startsWith(without + (without == 1 ? " resultaat" : " resultaten"));
		test($(Checkbox.class).id("roster-without-email")).click();
		assertThat(total()).startsWith(everyone + " resultaten");
	}

	private String total() {
		return $(Paragraph.class).withClassName("ao-list-total").single().getText();
	}

	@Test
	@SuppressWarnings("unchecked")
	void findsAPersonByTheFullNameWithTussenvoegselAndSaysWhenNobodyMatches() {
		EmployeeSummary eva = employees.findByNumber("100002").orElseThrow();
		String full = String.join(" ", eva.firstName(), eva.tussenvoegsel() == null ? "" : eva.tussenvoegsel(),
				eva.lastName());
		navigate(RosterView.class);
		for (String text : new String[] { full, full.toUpperCase(java.util.Locale.ROOT),
				eva.lastName() + " " + eva.employeeNumber() }) {
			test($(TextField.class).id("roster-search")).setValue(text);
			int rows = test(grid()).size();
			assertThat(rows).as(text).isPositive();
			assertThat(java.util.stream.IntStream.range(0, rows).mapToObj(i -> test(grid()).getRow(i).employeeNumber()))
				.as(text)
				.contains("100002");
			assertThat(employees.search(text, 0, 100)).extracting(EmployeeSummary::employeeNumber)
				.as(text)
				.contains("100002");
			assertThat(employees.countSearch(text)).as(text).isPositive();
		}
		test($(TextField.class).id("roster-search")).setValue(full + " zzz");
		assertThat(test(grid()).size()).isZero();
		assertThat(grid().getEmptyStateText()).startsWith("Niemand gevonden.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void filtersByTextAndDepartment() {
		navigate(RosterView.class);

		test($(TextField.class).id("roster-search")).setValue("100001");
		assertThat(test(grid()).size()).isOne();
		assertThat(test(grid()).getRow(0).employeeNumber()).isEqualTo("100001");

		test($(TextField.class).id("roster-search")).clear();
		ComboBox<DepartmentSummary> department = $(ComboBox.class).id("roster-department");
		DepartmentSummary communication = employees.departments()
			.stream()
			.filter(d -> d.code().equals("COM"))
			.findFirst()
			.orElseThrow();
		department.setValue(communication);
		assertThat(test(grid()).size()).isEqualTo((int) Math.min(ListTotal.PAGE, communication.headcount()));
		assertThat(grid().getGenericDataView().getItems().count()).isEqualTo(communication.headcount());
	}

	@Test
	void hrAddsAPersonThroughTheFormAndItIsAudited() {
		navigate(RosterView.class);
		test($(Button.class).id("roster-add")).click();
		EmployeeDialog dialog = $(EmployeeDialog.class).single();

		test(dialog.number).setValue("990001");
		test(dialog.firstName).setValue("Noor");
		test(dialog.tussenvoegsel).setValue("van der");
		test(dialog.lastName).setValue("Linden");
		test(dialog.email).setValue("noor.vanderlinden@example.org");
		test(dialog.department).selectItem("COM – Communicatie");
		dialog.startDate.setValue(LocalDate.of(2025, 3, 1));
		test($(Button.class).id("employee-save")).click();

		EmployeeSummary added = employees.findByNumber("990001").orElseThrow();
		assertThat(added.displayName()).isEqualTo("Noor van der Linden");
		assertThat(added.departmentCode()).isEqualTo("COM");
		assertThat($(Paragraph.class).id("roster-status").getText()).contains("990001");
		audit.flush(); // this test's transaction records it
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'employee.created' and subject = ?", Long.class,
				"employee:" + added.id()))
			.isOne();
	}

	@Test
	void theFormNamesTheFieldThatIsWrong() {
		navigate(RosterView.class);
		test($(Button.class).id("roster-add")).click();
		EmployeeDialog dialog = $(EmployeeDialog.class).single();

		test(dialog.number).setValue("990002");
		test(dialog.firstName).setValue("Sem");
		test(dialog.lastName).setValue("Bakker");
		test(dialog.department).selectItem("COM – Communicatie");
		dialog.startDate.setValue(LocalDate.of(2025, 3, 1));
		dialog.endDate.setValue(LocalDate.of(2025, 2, 1));
		test($(Button.class).id("employee-save")).click();

		assertThat(dialog.endDate.isInvalid()).isTrue();
		assertThat(dialog.endDate.getErrorMessage()).contains("2025-02-01");
		assertThat(employees.findByNumber("990002")).isEmpty();
	}

	@Test
	void hrChangesAPersonAndOnlyTheFieldNamesAreAudited() {
		EmployeeSummary person = employees.find(new RosterFilter("100150", null, true), 0, 1).getFirst();
		navigate(RosterView.class);
		test($(TextField.class).id("roster-search")).setValue("100150");

		test((Button) test(grid()).getCellComponent(0, 7)).click();
		EmployeeDialog dialog = $(EmployeeDialog.class).single();
		assertThat(dialog.number.isReadOnly()).isTrue();
		test(dialog.lastName).setValue("Nieuwenhuis");
		test($(Button.class).id("employee-save")).click();

		assertThat(employees.findById(person.id()).orElseThrow().lastName()).isEqualTo("Nieuwenhuis");
		audit.flush(); // this test's transaction records it
		String details = jdbc.queryForObject(
				"select details from audit_event where action = 'employee.updated' and subject = ? order by id desc limit 1",
				String.class, "employee:" + person.id());
		assertThat(details).isEqualTo("fields=last-name");
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeCannotOpenTheRoster() {
		catchThrowable(() -> navigate(RosterView.class));

		assertThat(getCurrentView()).isNotInstanceOf(RosterView.class);
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorCannotOpenTheRoster() {
		catchThrowable(() -> navigate(RosterView.class));

		assertThat(getCurrentView()).isNotInstanceOf(RosterView.class);
	}

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorOpensTheRoster() {
		navigate(RosterView.class);

		assertThat(getCurrentView()).isInstanceOf(RosterView.class);
	}

}

package nl.ambtenaaronline.training.assignment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class AssignmentsViewTest extends SpringBrowserlessTest {

	@Autowired
	EmployeeService employees;

	@Autowired
	AssignmentService assignments;

	@Test
	@WithUserDetails("hr")
	@SuppressWarnings("unchecked")
	void hrPicksAPersonSeesTheirAssignmentAndExtendsTheDueDate() {
		EmployeeSummary person = SystemAuthentication.call(() -> employees.search("", 30, 1)).getFirst();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !SystemAuthentication.call(() -> assignments.currentOf(person.id())).isEmpty());
		AssignmentView before = SystemAuthentication.call(() -> assignments.currentOf(person.id())).getFirst();

		navigate("assignments", Main.class);
		ComboBox<EmployeeSummary> who = $(ComboBox.class).withId("assignment-person").single();
		test(who)
			.selectItem(person.employeeNumber() + " – " + person.displayName() + " (" + person.departmentName() + ")");
		Grid<AssignmentView> grid = $(Grid.class).withId("assignment-grid").single();
		assertThat(test(grid).size()).isPositive();

		test($(Button.class).withId("extend-" + before.id()).single()).click();
		DatePicker date = $(DatePicker.class).withId("override-date").single();
		test(date).setValue(before.dueOn().plusDays(45));
		$(RadioButtonGroup.class).withId("override-reason").single().setValue(OverrideReason.WORKLOAD);
		test($(Button.class).withId("override-save").single()).click();

		assertThat($(Paragraph.class).withId("assignment-message").single().getText())
			.startsWith("Termijn verlengd tot ");
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(person.id())).getFirst().dueOn())
			.isEqualTo(before.dueOn().plusDays(45));
	}

	@Test
	@WithUserDetails("hr")
	@SuppressWarnings("unchecked")
	void theExtensionDialogOffersAFutureDateAndAsksForAReasonBeforeSaving() {
		EmployeeSummary person = SystemAuthentication.call(() -> employees.search("", 50, 1)).getFirst();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !SystemAuthentication.call(() -> assignments.currentOf(person.id())).isEmpty());
		AssignmentView before = SystemAuthentication.call(() -> assignments.currentOf(person.id())).getFirst();
		navigate("assignments", Main.class);
		ComboBox<EmployeeSummary> who = $(ComboBox.class).withId("assignment-person").single();
		test(who)
			.selectItem(person.employeeNumber() + " – " + person.displayName() + " (" + person.departmentName() + ")");
		test($(Button.class).withId("extend-" + before.id()).single()).click();
		DatePicker date = $(DatePicker.class).withId("override-date").single();
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		LocalDate later = before.dueOn().isAfter(today) ? before.dueOn() : today;
		assertThat(date.getValue()).isEqualTo(later.plusDays(30));

		test($(Button.class).withId("override-save").single()).click();
		RadioButtonGroup<OverrideReason> reason = $(RadioButtonGroup.class).withId("override-reason").single();
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).isEqualTo("Kies een reden.");

		reason.setValue(OverrideReason.LEAVE);
		test(date).setValue(today.minusDays(3));
		test($(Button.class).withId("override-save").single()).click();
		assertThat(date.isInvalid()).isTrue();
		assertThat(date.getErrorMessage()).isEqualTo("Kies een datum in de toekomst.");
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(person.id())).getFirst().dueOn())
			.isEqualTo(before.dueOn());
	}

	@Test
	@WithUserDetails("hr")
	@SuppressWarnings("unchecked")
	void extendAndDeferEachSayBeforeChoosingWhatHappensMeanwhileAndAfterwards() {
		EmployeeSummary person = SystemAuthentication.call(() -> employees.search("", 60, 1)).getFirst();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> SystemAuthentication.call(() -> assignments.currentOf(person.id()))
				.stream()
				.anyMatch(AssignmentView::open));
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(person.id()))
			.stream()
			.filter(AssignmentView::open)
			.findFirst()
			.orElseThrow();
		String due = Dates.day(open.dueOn(), Locale.of("nl"));
		navigate("assignments", Main.class);
		ComboBox<EmployeeSummary> who = $(ComboBox.class).withId("assignment-person").single();
		test(who)
			.selectItem(person.employeeNumber() + " – " + person.displayName() + " (" + person.departmentName() + ")");

		test($(Button.class).withId("extend-" + open.id()).single()).click();
		assertThat($(Paragraph.class).withId("override-explained").last().getText())
			.startsWith("Een nieuwe uiterste datum (nu " + due + ").")
			.contains("herinneringen zoals gewoonlijk");
		$(Dialog.class).last().close();

		test($(Button.class).withId("defer-" + open.id()).single()).click();
		assertThat($(Paragraph.class).withId("override-explained").last().getText())
			.contains("staat stil tot de gekozen datum")
			.contains("geen herinneringen")
			.contains("De uiterste datum (" + due + ") blijft staan.");
	}

	@Test
	@WithUserDetails("hr")
	@SuppressWarnings("unchecked")
	void anExemptionWithoutAReasonIsRefusedOnTheForm() {
		EmployeeSummary person = SystemAuthentication.call(() -> employees.search("", 40, 1)).getFirst();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !SystemAuthentication.call(() -> assignments.currentOf(person.id())).isEmpty());
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(person.id())).getFirst();
		navigate("assignments", Main.class);
		ComboBox<EmployeeSummary> who = $(ComboBox.class).withId("assignment-person").single();
		test(who)
			.selectItem(person.employeeNumber() + " – " + person.displayName() + " (" + person.departmentName() + ")");
		test($(Button.class).withId("exempt-" + open.id()).single()).click();
		test($(Button.class).withId("exempt-save").single()).click();
		TextArea reason = $(TextArea.class).withId("exempt-reason").single();
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).isEqualTo("Vul een reden in.");
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(person.id())).getFirst().status())
			.isNotEqualTo(AssignmentStatus.EXEMPT);
	}

	@Test
	@WithUserDetails("hr")
	@SuppressWarnings("unchecked")
	void hrOpeningTheirOwnRecordIsToldAColleagueRecordsItsOverridesAndGetsNoButtonsForThem() {
		long me = SignedIn.requireEmployeeId();
		EmployeeSummary own = SystemAuthentication.call(() -> employees.findById(me)).orElseThrow();
		navigate("assignments", Main.class);
		ComboBox<EmployeeSummary> who = $(ComboBox.class).withId("assignment-person").single();
		test(who).selectItem(own.employeeNumber() + " – " + own.displayName() + " (" + own.departmentName() + ")");

		assertThat($(Span.class).withClassName("ao-own-record").all()).isNotEmpty()
			.allSatisfy(note -> assertThat(note.getText()).contains("collega van HR"));
		assertThat($(Button.class).all()).extracting(button -> button.getId().orElse(""))
			.noneMatch(id -> id.matches("(extend|defer|exempt)-\\d+|record-classroom|grant-extra-attempt"));
	}

}

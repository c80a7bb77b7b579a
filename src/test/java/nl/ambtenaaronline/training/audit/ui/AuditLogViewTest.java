package nl.ambtenaaronline.training.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log reads as words for an auditor, with the codes one click away. */
@IntegrationTest
@WithUserDetails("auditor")
class AuditLogViewTest extends SpringBrowserlessTest {

	@Autowired
	EmployeeService employees;

	@Autowired
	AuditService audit;

	@Test
	@SuppressWarnings("unchecked")
	void anAuditorReadsNamesDutchLabelsAndFullTimestampsAndOpensAnEvent() {
		navigate(AuditLogView.class);
		ComboBox<String> action = $(ComboBox.class).id("audit-action");
		assertThat(action.getListDataView().getItems().toList()).contains("assignment.created");
		assertThat(action.getItemLabelGenerator().apply("assignment.created")).isEqualTo("Training toegewezen");
		action.setValue("assignment.created");
		ComboBox<AuditResult> result = $(ComboBox.class).id("audit-result");
		assertThat(result.getItemLabelGenerator().apply(AuditResult.DENIED)).isEqualTo("Geweigerd");
		result.setValue(AuditResult.SUCCESS);

		Grid<AuditEntry> grid = $(Grid.class).id("audit-log");
		assertThat(test(grid).size()).isPositive();
		AuditEntry first = test(grid).getRow(0);
		assertThat(first.subject()).startsWith("employee:");
		String name = SystemAuthentication
			.call(() -> employees.findById(Long.parseLong(first.subject().substring("employee:".length()))))
			.orElseThrow()
			.displayName();
		assertThat(test(grid).getCellText(0, 0)).matches("\\d{1,2}-\\d{1,2}-\\d{4} \\d{2}:\\d{2}:\\d{2}");
		assertThat(test(grid).getCellText(0, 2)).isEqualTo("Training toegewezen");
		assertThat(subject(grid, 0).getText()).isEqualTo(name);
		assertThat(code(grid, 0)).isEqualTo(first.subject());
		assertThat(test(grid).getCellText(0, 4)).isEqualTo("Gelukt");

		Button open = (Button) test(grid).getCellComponent(0, "open");
		ComponentUtil.fireEvent(open, new ClickEvent<>(open));
		assertThat(grid.isDetailsVisible(first)).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void assignmentAndAttemptSubjectsReadAsWordsWithTheCodeBesideThem() {
		navigate(AuditLogView.class);
		Grid<AuditEntry> grid = $(Grid.class).id("audit-log");
		for (String kind : new String[] { "assignment:", "attempt:" }) {
			test($(TextField.class).id("audit-subject")).setValue(kind);
			assertThat(test(grid).size()).as(kind).isPositive();
			AuditEntry first = test(grid).getRow(0);
			assertThat(first.subject()).startsWith(kind);
			String number = first.subject().substring(kind.length());
			String words = subject(grid, 0).getText();
			assertThat(words).doesNotContain(kind)
				.isEqualTo((kind.equals("attempt:") ? "Toetspoging" : "Toewijzing") + " (kenmerk " + number + ")");
			assertThat(code(grid, 0)).isEqualTo(first.subject());
		}
	}

	@Test
	void aCertificateSubjectNamesBothTheCertificateAndThePerson() {
		AuditLogView view = navigate(AuditLogView.class);
		EmployeeSummary someone = SystemAuthentication.call(() -> employees.find(RosterFilter.all(), 0, 1)).getFirst();
		assertThat(view.words("certificate:5 employee:" + someone.id()))
			.isEqualTo("Certificaat (kenmerk 5), " + someone.displayName());
		assertThat(view.words("unknown-kind:3")).isEqualTo("unknown-kind:3");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theTeamConversationAndTheAccessReviewReadAsWordsAndALongCodeIsKeptWholeInAWrappingCell() {
		String department = "department:" + "VERY-LONG-DEPARTMENT-CODE-".repeat(3) + System.nanoTime();
		SystemAuthentication.run(() -> audit.record("analytics.team-conversation.viewed",
				"course:social-media " + department, AuditResult.SUCCESS, "topics=3"));
		AuditLogView view = navigate(AuditLogView.class);
		assertThat(view.words("access-review")).isEqualTo("Toegangsreview");
		assertThat(view.words("access-review:2026-Q4")).isEqualTo("Toegangsreview 2026-Q4");
		assertThat(view.words("retention:all")).isEqualTo("Alle bewaarregels");
		assertThat(view.words("-")).isEqualTo("-");
		String code = SystemAuthentication.call(() -> employees.departments()).getFirst().code();
		String name = SystemAuthentication.call(() -> employees.departments()).getFirst().name();
		assertThat(view.words("department:" + code)).as("a known department by its name").isEqualTo(name);

		ComboBox<String> action = $(ComboBox.class).id("audit-action");
		assertThat(action.getItemLabelGenerator().apply("analytics.team-conversation.viewed"))
			.isEqualTo("Teamgesprek bekeken");
		test($(TextField.class).id("audit-subject")).setValue(department);
		Grid<AuditEntry> grid = $(Grid.class).id("audit-log");
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getCellText(0, 2)).isEqualTo("Teamgesprek bekeken");
		Span cell = subject(grid, 0);
		// the course by its title; an unknown department code by its kind and code
		assertThat(cell.getText()).startsWith("Ambtenaar online: social media en je werk, Afdeling (kenmerk VERY-LONG");
		// the whole code, in a cell that wraps (ambtenaar.css: .ao-audit-subject,
		// .ao-code)
		assertThat(cell.getClassNames()).contains("ao-audit-subject");
		assertThat(code(grid, 0)).isEqualTo("course:social-media " + department);
	}

	private Span subject(Grid<AuditEntry> grid, int row) {
		return (Span) test(grid).getCellComponent(row, "subject");
	}

	private String code(Grid<AuditEntry> grid, int row) {
		return subject(grid, row).getChildren()
			.filter(child -> child.getElement().getClassList().contains("ao-code"))
			.map(child -> ((Span) child).getText())
			.findFirst()
			.orElse(null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNameInTheCodeFilterFindsNothingAndTheListPointsToThePersonField() {
		navigate(AuditLogView.class);
		// the code filters are folded away: the filters in view need no code
		com.vaadin.flow.component.details.Details byCode = $(com.vaadin.flow.component.details.Details.class)
			.id("audit-by-code");
		assertThat(byCode.isOpened()).isFalse();
		assertThat(byCode.getElement().getTextRecursively()).startsWith("Zoeken op code");
		boolean folded = false;
		for (java.util.Optional<Component> up = $(TextField.class).id("audit-actor").getParent(); up
			.isPresent(); up = up.get().getParent()) {
			folded |= up.get() == byCode;
		}
		assertThat(folded).as("the code filter Wie is in the folded section").isTrue();
		test($(TextField.class).id("audit-actor")).setValue("Eva de Groot");
		Grid<AuditEntry> grid = $(Grid.class).id("audit-log");
		assertThat(test(grid).size()).isZero();
		assertThat(grid.getEmptyStateText()).contains("op naam met het veld Persoon", "codes zoals account:3");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNameInThePersonFieldFindsWhatWasRecordedAboutThatPersonAndTheSystemReadsAsWords() {
		navigate(AuditLogView.class);
		$(ComboBox.class).id("audit-action").setValue("assignment.created");
		Grid<AuditEntry> grid = $(Grid.class).id("audit-log");
		AuditEntry created = test(grid).getRow(0);
		// the background job that assigned the training, in words
		assertThat(created.actor()).isEqualTo("system");
		assertThat(test(grid).getCellText(0, 1)).isEqualTo("Systeem (automatische taak)");
		String name = SystemAuthentication
			.call(() -> employees.findById(Long.parseLong(created.subject().substring("employee:".length()))))
			.orElseThrow()
			.displayName();

		$(ComboBox.class).id("audit-action").clear();
		test($(TextField.class).id("audit-person")).setValue(name);
		int rows = test(grid).size();
		assertThat(rows).isPositive();
		boolean theAssignment = false;
		for (int row = 0; row < rows; row++) {
			AuditEntry entry = test(grid).getRow(row);
			theAssignment |= entry.id() == created.id();
			assertThat(test(grid).getCellText(row, 1) + " " + subject(grid, row).getText())
				.as("event %s is by or about the person", entry.id())
				.contains(name);
		}
		assertThat(theAssignment).as("the assignment made for the person is among them").isTrue();

		test($(TextField.class).id("audit-person")).setValue("niemand-heet-zo-" + created.id());
		assertThat(test(grid).size()).isZero();
	}

}

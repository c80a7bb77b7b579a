package nl.ambtenaaronline.training.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.employee.EmployeeService;
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
		assertThat(test(grid).getCellText(0, 1)).matches("\\d{1,2}-\\d{1,2}-\\d{4} \\d{2}:\\d{2}:\\d{2}");
		assertThat(test(grid).getCellText(0, 3)).isEqualTo("Training toegewezen");
		assertThat(test(grid).getCellText(0, 4)).isEqualTo(name);
		assertThat(test(grid).getCellText(0, 5)).isEqualTo("Gelukt");

		Button open = (Button) test(grid).getCellComponent(0, "open");
		ComponentUtil.fireEvent(open, new ClickEvent<>(open));
		assertThat(grid.isDetailsVisible(first)).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNameInTheCodeFilterFindsNothingAndTheListSaysItTakesCodes() {
		navigate(AuditLogView.class);
		test($(TextField.class).id("audit-actor")).setValue("Eva de Groot");
		Grid<AuditEntry> grid = $(Grid.class).id("audit-log");
		assertThat(test(grid).size()).isZero();
		assertThat(grid.getEmptyStateText()).contains("codes zoals account:3", "niet op namen");
	}

}

package nl.ambtenaaronline.training.employee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import org.jspecify.annotations.Nullable;

/**
 * The roster for HR and administrators: everyone, filterable and paged in the database,
 * with a form to add or change one person and a link to the import.
 */
@Route("roster")
@RolesAllowed({ Roles.HR, Roles.ADMIN })
@Menu(title = "menu.roster", order = 60)
class RosterView extends Main implements HasDynamicTitle {

	private final EmployeeService employees;

	private final TextField search = new TextField();

	private final ComboBox<DepartmentSummary> department = new ComboBox<>();

	private final Checkbox includeLeft = new Checkbox();

	private final Checkbox withoutEmail = new Checkbox();

	private final Grid<EmployeeSummary> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	private final Paragraph status = new Paragraph();

	RosterView(EmployeeService employees) {
		this.employees = employees;
		addClassName("ao-page");
		search.setLabel(getTranslation("roster.search"));
		search.setHelperText(getTranslation("roster.search.help"));
		search.setId("roster-search");
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setClearButtonVisible(true);
		search.addValueChangeListener(event -> total.restart());
		department.setLabel(getTranslation("roster.column.department-code"));
		department.setId("roster-department");
		department.setItems(employees.departments());
		department.setItemLabelGenerator(d -> d.code() + " – " + d.name());
		department.setClearButtonVisible(true);
		department.addValueChangeListener(event -> total.restart());
		includeLeft.setLabel(getTranslation("roster.include-left"));
		includeLeft.setId("roster-include-left");
		includeLeft.addValueChangeListener(event -> total.restart());
		withoutEmail.setLabel(getTranslation("roster.without-email"));
		withoutEmail.setId("roster-without-email");
		withoutEmail.addValueChangeListener(event -> total.restart());

		grid.setId("roster");
		grid.setAriaLabel(getTranslation("roster.title"));
		// the name first: on a phone it stays in view while the rest scrolls
		grid.addColumn(EmployeeSummary::displayName).setHeader(getTranslation("roster.name")).setAutoWidth(true);
		grid.addColumn(EmployeeSummary::employeeNumber)
			.setHeader(getTranslation("roster.column.employee-number"))
			.setAutoWidth(true);
		grid.addColumn(e -> e.departmentCode() + " – " + e.departmentName())
			.setHeader(getTranslation("roster.column.department-name"));
		// no address said in words: reminders and a manager's overview cannot reach them
		grid.addColumn(e -> e.email() == null || e.email().isBlank() ? getTranslation("roster.no-email") : e.email())
			.setHeader(getTranslation("roster.column.email"));
		grid.addColumn(e -> Dates.day(e.startDate(), getLocale()))
			.setHeader(getTranslation("roster.column.start-date"));
		grid.addColumn(e -> Dates.day(e.endDate(), getLocale())).setHeader(getTranslation("roster.column.end-date"));
		grid.addColumn(e -> RosterTexts.workerType(this, e.workerType()))
			.setHeader(getTranslation("roster.column.worker-type"));
		grid.addComponentColumn(e -> {
			Button edit = new Button(getTranslation("roster.edit"), event -> openForm(e));
			edit.setAriaLabel(getTranslation("roster.edit-for", e.employeeNumber()));
			return edit;
		}).setHeader(getTranslation("roster.actions"));
		total.fill(grid, query -> employees.find(filter(), query.getOffset(), query.getLimit()).stream(),
				query -> (int) employees.count(filter()));
		grid.setEmptyStateText(getTranslation("roster.nobody-found"));

		Button add = new Button(getTranslation("roster.add"), event -> openForm(null));
		add.setId("roster-add");
		add.addThemeVariants(ButtonVariant.PRIMARY);
		RouterLink importLink = new RouterLink(getTranslation("roster.import.link"), RosterImportView.class);
		importLink.setId("roster-import-link");
		status.setId("roster-status");
		status.getElement().setAttribute("role", "status");

		FlexLayout actions = new FlexLayout(add, importLink);
		actions.addClassName("ao-filters");
		FlexLayout filters = new FlexLayout(search, department, includeLeft, withoutEmail);
		filters.addClassName("ao-filters");
		add(new H1(getTranslation("roster.title")), new Paragraph(getTranslation("roster.intro")), actions, status,
				filters, total, WideGrid.hint(grid), grid, total.more());
	}

	RosterFilter filter() {
		DepartmentSummary selected = department.getValue();
		return new RosterFilter(search.getValue(), selected == null ? null : selected.code(), includeLeft.getValue(),
				withoutEmail.getValue());
	}

	private void refresh() {
		total.refresh();
	}

	private void openForm(@Nullable EmployeeSummary existing) {
		new EmployeeDialog(employees, existing, saved -> {
			status.setText(getTranslation(existing == null ? "roster.added" : "roster.saved", saved));
			refresh();
		}).open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("roster.title") + " – " + getTranslation("app.name");
	}

}

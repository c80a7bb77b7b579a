package nl.ambtenaaronline.training.employee.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.InvalidEmployeeException;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.RosterColumn;
import nl.ambtenaaronline.training.employee.WorkerType;
import org.jspecify.annotations.Nullable;

/**
 * The form to add or change one person. The service checks everything (the same rules as
 * the import) and names the field that is wrong; the form shows that at the field.
 */
class EmployeeDialog extends Dialog {

	private final EmployeeService employees;

	private final @Nullable EmployeeSummary existing;

	private final Consumer<String> onSaved;

	final TextField number = new TextField();

	final TextField firstName = new TextField();

	final TextField tussenvoegsel = new TextField();

	final TextField lastName = new TextField();

	final EmailField email = new EmailField();

	final ComboBox<DepartmentSummary> department = new ComboBox<>();

	final ComboBox<EmployeeSummary> manager = new ComboBox<>();

	final DatePicker startDate = new DatePicker();

	final DatePicker endDate = new DatePicker();

	final Select<WorkerType> workerType = new Select<>();

	final ComboBox<EmployeeSummary> sponsor = new ComboBox<>();

	private final Paragraph result = new Paragraph();

	private final Map<RosterColumn, HasValidation> fields = new EnumMap<>(RosterColumn.class);

	EmployeeDialog(EmployeeService employees, @Nullable EmployeeSummary existing, Consumer<String> onSaved) {
		this.employees = employees;
		this.existing = existing;
		this.onSaved = onSaved;
		setHeaderTitle(getTranslation(existing == null ? "roster.add" : "roster.edit-for",
				existing == null ? "" : existing.employeeNumber()));
		setId("employee-dialog");
		label(number, RosterColumn.EMPLOYEE_NUMBER, true);
		label(firstName, RosterColumn.FIRST_NAME, true);
		label(tussenvoegsel, RosterColumn.TUSSENVOEGSEL, false);
		label(lastName, RosterColumn.LAST_NAME, true);
		label(email, RosterColumn.EMAIL, false);
		email.setHelperText(getTranslation("roster.form.email.help"));
		label(department, RosterColumn.DEPARTMENT_CODE, true);
		department.setItems(employees.departments());
		department.setItemLabelGenerator(d -> d.code() + " – " + d.name());
		for (ComboBox<EmployeeSummary> person : java.util.List.of(manager, sponsor)) {
			person.setItemLabelGenerator(e -> e.employeeNumber() + " – " + e.displayName());
			person.setItems(query -> employees.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
				.stream());
			person.setClearButtonVisible(true);
		}
		label(manager, RosterColumn.MANAGER, false);
		label(sponsor, RosterColumn.SPONSOR, false);
		sponsor.setHelperText(getTranslation("roster.form.sponsor.help"));
		for (DatePicker date : java.util.List.of(startDate, endDate)) {
			date.setI18n(RosterTexts.datePicker(this, getLocale()));
			date.setLocale(getLocale());
		}
		label(startDate, RosterColumn.START_DATE, true);
		label(endDate, RosterColumn.END_DATE, false);
		label(workerType, RosterColumn.WORKER_TYPE, true);
		workerType.setItems(WorkerType.values());
		workerType.setItemLabelGenerator(type -> RosterTexts.workerType(this, type));
		workerType.setValue(WorkerType.EMPLOYEE);
		result.getElement().setAttribute("role", "status");
		result.setId("employee-form-status");

		if (existing != null) {
			fill(existing);
		}
		FormLayout form = new FormLayout(number, firstName, tussenvoegsel, lastName, email, department, manager,
				startDate, endDate, workerType, sponsor);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		add(form, result);
		Button save = new Button(getTranslation("roster.form.save"), event -> save());
		save.setId("employee-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button cancel = new Button(getTranslation("common.close"), event -> close());
		getFooter().add(cancel, save);
	}

	private void fill(EmployeeSummary person) {
		number.setValue(person.employeeNumber());
		number.setReadOnly(true);
		number.setHelperText(getTranslation("roster.form.number-fixed"));
		firstName.setValue(person.firstName());
		tussenvoegsel.setValue(person.tussenvoegsel() == null ? "" : person.tussenvoegsel());
		lastName.setValue(person.lastName());
		email.setValue(person.email() == null ? "" : person.email());
		employees.departments()
			.stream()
			.filter(d -> d.code().equals(person.departmentCode()))
			.findFirst()
			.ifPresent(department::setValue);
		if (person.managerId() != null) {
			employees.findById(person.managerId()).ifPresent(manager::setValue);
		}
		if (person.sponsorId() != null) {
			employees.findById(person.sponsorId()).ifPresent(sponsor::setValue);
		}
		startDate.setValue(person.startDate());
		endDate.setValue(person.endDate());
		workerType.setValue(person.workerType());
	}

	private <C extends Component & HasValidation & HasLabel & HasValue<?, ?>> void label(C field, RosterColumn column,
			boolean required) {
		field.setLabel(RosterTexts.column(this, column));
		field.setRequiredIndicatorVisible(required);
		field.setId("employee-" + column.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		fields.put(column, field);
	}

	void save() {
		fields.values().forEach(field -> field.setInvalid(false));
		DepartmentSummary selected = department.getValue();
		if (startDate.getValue() == null || selected == null) {
			show(selected == null ? RosterColumn.DEPARTMENT_CODE : RosterColumn.START_DATE,
					getTranslation("roster.error.required"));
			return;
		}
		if (startDate.isInvalid() || endDate.isInvalid()) {
			show(startDate.isInvalid() ? RosterColumn.START_DATE : RosterColumn.END_DATE,
					getTranslation("roster.date.bad-input"));
			return;
		}
		NewEmployee data = new NewEmployee(number.getValue(), firstName.getValue(), tussenvoegsel.getValue(),
				lastName.getValue(), email.getValue(), selected.code(),
				manager.getValue() == null ? null : manager.getValue().id(), startDate.getValue(), endDate.getValue(),
				workerType.getValue() == null ? WorkerType.EMPLOYEE : workerType.getValue(),
				sponsor.getValue() == null ? null : sponsor.getValue().id());
		try {
			if (existing == null) {
				employees.create(data);
			}
			else {
				employees.update(existing.id(), data);
			}
			onSaved.accept(data.employeeNumber().strip());
			close();
		}
		catch (InvalidEmployeeException ex) {
			String message = getTranslation(ex.getMessage(), ex.arguments());
			if (ex.column() == null) {
				result.setText(message);
			}
			else {
				show(ex.column(), message);
			}
		}
	}

	private void show(RosterColumn column, String message) {
		HasValidation field = fields.get(column);
		field.setErrorMessage(message);
		field.setInvalid(true);
		if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
			focusable.focus();
		}
		result.setText(getTranslation("roster.form.invalid", RosterTexts.column(this, column), message));
	}

}

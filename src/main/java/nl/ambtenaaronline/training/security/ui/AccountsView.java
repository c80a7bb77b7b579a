package nl.ambtenaaronline.training.security.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.AccountSummary;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * Administrators create accounts with a one-time password, reset passwords and grant the
 * roles HR, ADMIN and AUDITOR; every change is audited.
 */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.accounts", order = 80)
class AccountsView extends Main implements HasDynamicTitle {

	private final AccountService accounts;

	private final EmployeeService employees;

	private final Grid<AccountSummary> grid = new Grid<>();

	AccountsView(AccountService accounts, EmployeeService employees) {
		this.accounts = accounts;
		this.employees = employees;
		addClassName("ao-page");
		grid.setId("accounts");
		grid.setAriaLabel(getTranslation("accounts.title"));
		grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username"));
		grid.addColumn(AccountSummary::employeeNumber).setHeader(getTranslation("accounts.employee-number"));
		grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name"));
		grid.addColumn(account -> account.grants()
			.keySet()
			.stream()
			.map(Role::name)
			.sorted()
			.collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.roles"));
		grid.addComponentColumn(account -> {
			Button edit = new Button(getTranslation("accounts.manage"), event -> openManage(account));
			edit.setAriaLabel(getTranslation("accounts.manage-for", account.username()));
			return edit;
		}).setHeader(getTranslation("accounts.actions"));
		grid.setItems(query -> accounts.list(query.getOffset(), query.getLimit()).stream(),
				query -> (int) accounts.count());

		Button create = new Button(getTranslation("accounts.create"), event -> openCreate());
		create.setId("create-account");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		add(new H1(getTranslation("accounts.title")), create, grid);
	}

	private void openCreate() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("accounts.create"));
		ComboBox<EmployeeSummary> employee = new ComboBox<>(getTranslation("accounts.employee"));
		employee.setItemLabelGenerator(e -> e.employeeNumber() + " – " + e.displayName());
		employee.setItems(
				query -> employees.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
		employee.setRequired(true);
		TextField username = new TextField(getTranslation("accounts.username"));
		username.setRequired(true);
		Paragraph result = new Paragraph();
		result.getElement().setAttribute("role", "status");
		Button save = new Button(getTranslation("accounts.create"), event -> {
			if (employee.getValue() == null || username.getValue().isBlank()) {
				result.setText(getTranslation("accounts.fill-in"));
				return;
			}
			try {
				String oneTime = accounts.createAccount(employee.getValue().id(), username.getValue());
				result.setText(getTranslation("accounts.one-time", oneTime));
				grid.getDataProvider().refreshAll();
			}
			catch (IllegalArgumentException ex) {
				result.setText(getTranslation(ex.getMessage()));
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.add(employee, username, result);
		dialog.getFooter().add(new Button(getTranslation("common.close"), event -> dialog.close()), save);
		dialog.open();
	}

	private void openManage(AccountSummary account) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("accounts.manage-for", account.username()));
		Paragraph result = new Paragraph();
		result.getElement().setAttribute("role", "status");
		HorizontalLayout roles = new HorizontalLayout();
		for (Role role : Role.GRANTABLE) {
			Checkbox box = new Checkbox(role.name(), account.grants().containsKey(role));
			box.addValueChangeListener(event -> {
				if (!event.isFromClient()) {
					return;
				}
				try {
					if (event.getValue()) {
						accounts.grantRole(account.id(), role);
					}
					else {
						accounts.revokeRole(account.id(), role);
					}
					result.setText(getTranslation("accounts.saved"));
					grid.getDataProvider().refreshAll();
				}
				catch (RuntimeException ex) {
					box.setValue(event.getOldValue());
					result.setText(getTranslation("accounts.not-allowed"));
				}
			});
			roles.add(box);
		}
		Button reset = new Button(getTranslation("accounts.reset"), event -> {
			String oneTime = accounts.resetPassword(account.id());
			result.setText(getTranslation("accounts.one-time", oneTime));
		});
		dialog.add(new H2(getTranslation("accounts.roles")), roles, reset, result);
		dialog.getFooter().add(new Button(getTranslation("common.close"), event -> dialog.close()));
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accounts.title") + " – " + getTranslation("app.name");
	}

}

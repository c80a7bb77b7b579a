package nl.ambtenaaronline.training.security.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
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
import nl.ambtenaaronline.training.security.SignInService;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

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

	private final SecondFactorService secondFactor;

	private final Grid<AccountSummary> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	AccountsView(AccountService accounts, EmployeeService employees, SecondFactorService secondFactor,
			SignInService signIn) {
		this.accounts = accounts;
		this.employees = employees;
		this.secondFactor = secondFactor;
		addClassName("ao-page");
		grid.setId("accounts");
		grid.setAriaLabel(getTranslation("accounts.title"));
		grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username"));
		grid.addColumn(AccountSummary::employeeNumber).setHeader(getTranslation("accounts.employee-number"));
		grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name"));
		// the granted roles in words, as the access review names them; an account without
		// one is an employee's
		grid.addColumn(account -> account.grants().isEmpty() ? getTranslation("accounts.roles.none")
				: account.grants()
					.keySet()
					.stream()
					.sorted()
					.map(role -> getTranslation("access-review.role." + role.name()))
					.collect(Collectors.joining(", ")))
			.setHeader(getTranslation("accounts.roles"));
		grid.addColumn(account -> account.externalRoles() == null ? "" : account.externalRoles().replace(",", ", "))
			.setHeader(getTranslation("accounts.external-roles"));
		grid.addComponentColumn(account -> {
			Button edit = new Button(getTranslation("accounts.manage"), event -> openManage(account));
			edit.setAriaLabel(getTranslation("accounts.manage-for", account.username()));
			return edit;
		}).setHeader(getTranslation("accounts.actions"));
		total.fill(grid, query -> accounts.list(query.getOffset(), query.getLimit()).stream(),
				query -> (int) accounts.count());

		Button create = new Button(getTranslation("accounts.create"), event -> openCreate());
		create.setId("create-account");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		// how the staff on the roster get in: their city account makes their account, or
		// (without it) only the accounts listed here can sign in
		Paragraph how = new Paragraph(
				getTranslation(signIn.oidcEnabled() ? "accounts.how.oidc" : "accounts.how.local"));
		how.setId("accounts-how");
		add(new H1(getTranslation("accounts.title")), how, securityAlerts(), breakGlass(), create, total,
				WideGrid.hint(grid), grid, total.more());
	}

	/**
	 * Recent sign-in events to check: new links to the identity provider, refusals of
	 * another identity, locks of break-glass and privileged accounts.
	 */
	private Section securityAlerts() {
		DateTimeFormatter format = shortDateTime();
		return alertBox("security-alerts", "accounts.security-alert", accounts.securityAlerts(10)
			.stream()
			.map(alert -> getTranslation("accounts.security-alert.entry", format.format(alert.at()),
					getTranslation("accounts.security-alert." + alert.action()), alert.account(), alert.origin()))
			.toList());
	}

	/** Recent break-glass sign-ins, so that administrators notice each one. */
	private Section breakGlass() {
		DateTimeFormatter format = shortDateTime();
		return alertBox("break-glass", "accounts.break-glass",
				accounts.breakGlassUses(10)
					.stream()
					.map(use -> getTranslation("accounts.break-glass.use", format.format(use.at()), use.account(),
							use.origin()))
					.toList());
	}

	/**
	 * A box that administrators notice, with a title, an introduction and one line per
	 * entry; hidden when there is nothing to show.
	 * @param keys the prefix of the {@code .title} and {@code .intro} texts
	 */
	private Section alertBox(String id, String keys, List<String> entries) {
		Section section = new Section();
		section.setId(id);
		if (entries.isEmpty()) {
			section.setVisible(false);
			return section;
		}
		section.addClassName("ao-alert-box");
		section.getElement().setAttribute("role", "status");
		UnorderedList list = new UnorderedList();
		entries.forEach(entry -> list.add(new ListItem(entry)));
		section.add(new H2(getTranslation(keys + ".title")), new Paragraph(getTranslation(keys + ".intro")), list);
		return section;
	}

	private DateTimeFormatter shortDateTime() {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(TimeConfiguration.ZONE);
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
				total.refresh();
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
					total.refresh();
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
		Button resetFactor = new Button(getTranslation("accounts.reset-second-factor"), event -> {
			secondFactor.reset(account.id());
			result.setText(getTranslation("accounts.second-factor-reset"));
		});
		resetFactor.setId("reset-second-factor");
		resetFactor.setVisible(secondFactor.enrolled(account.id()));
		Paragraph roleNote = new Paragraph(getTranslation("accounts.roles.note"));
		dialog.add(new H2(getTranslation("accounts.roles")), roleNote, roles, reset, resetFactor, result);
		dialog.getFooter().add(new Button(getTranslation("common.close"), event -> dialog.close()));
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accounts.title") + " – " + getTranslation("app.name");
	}

}

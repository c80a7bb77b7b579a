package nl.ambtenaaronline.training.reminder.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.reminder.ReminderKind;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reminder.ReminderStatus;
import nl.ambtenaaronline.training.reminder.ReminderSummary;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import org.jspecify.annotations.Nullable;

/**
 * HR's overview of the reminders: every reminder with whom it is about, where it went and
 * how it stands, newest first; filter on a status, e.g. the failures to follow up.
 */
@Route("reminders")
@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.reminders", order = 35)
class RemindersView extends Main implements HasDynamicTitle {

	private final Grid<ReminderSummary> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	private final Select<String> filter = new Select<>();

	private final ReminderService reminders;

	private final EmployeeService employees;

	private final ContentService contents;

	private final Map<Long, EmployeeSummary> names = new HashMap<>();

	RemindersView(ReminderService reminders, EmployeeService employees, ContentService contents) {
		this.reminders = reminders;
		this.employees = employees;
		this.contents = contents;
		addClassName("ao-page");
		Locale locale = getLocale();
		add(new H1(getTranslation("reminder.list.title")));
		Paragraph intro = new Paragraph(
				getTranslation(reminders.smtpConfigured() ? "reminder.list.intro" : "reminder.list.intro-no-smtp"));
		intro.setId("reminder-intro");
		if (!reminders.smtpConfigured()) {
			// nobody should believe late people were mailed
			intro.addClassName("ao-alert");
		}
		add(intro);
		filter.setId("reminder-filter");
		filter.setLabel(getTranslation("reminder.list.filter"));
		filter.setItems(Stream.concat(Stream.of(""), Stream.of(ReminderStatus.values()).map(Enum::name)).toList());
		filter.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("reminder.list.all")
				: getTranslation("reminder.status." + value));
		filter.setValue("");
		filter.addValueChangeListener(change -> total.restart());
		grid.setId("reminder-grid");
		grid.setAriaLabel(getTranslation("reminder.list.title"));
		// the person first: on a phone the first column stays in view, and every row's
		// moment is often the same
		// a manager's overview is about the team, not about the manager who receives it
		grid.addColumn(reminder -> reminder.kind() == ReminderKind.MANAGER_DIGEST
				? getTranslation("reminder.digest-to", person(reminder.employeeId())) : person(reminder.employeeId()))
			.setHeader(getTranslation("reminder.column.person"));
		grid.addColumn(reminder -> ReminderTexts.when(reminder.createdAt(), locale))
			.setHeader(getTranslation("reminder.column.created"));
		// the course named: two assignments of one person are two courses, not a double
		grid.addColumn(reminder -> {
			String course = ReminderTexts.course(contents, reminder, locale);
			return ReminderTexts.kind(this, reminder) + (course.isEmpty() ? "" : ": " + course)
					+ (reminder.viaManager() ? " " + getTranslation("reminder.mine.via-manager") : "");
		}).setHeader(getTranslation("reminder.column.kind"));
		grid.addComponentColumn(reminder -> ReminderTexts.status(this, reminder))
			.setHeader(getTranslation("reminder.column.status"));
		grid.addColumn(reminder -> ReminderTexts.sent(reminder, locale))
			.setHeader(getTranslation("reminder.column.sent"));
		grid.addColumn(reminder -> ReminderTexts.error(this, reminder))
			.setHeader(getTranslation("reminder.column.error"));
		total.fill(grid, query -> {
			List<ReminderSummary> page = reminders.list(status(), query.getOffset(), query.getLimit());
			List<Long> unknown = page.stream()
				.map(ReminderSummary::employeeId)
				.filter(id -> !names.containsKey(id))
				.distinct()
				.toList();
			if (!unknown.isEmpty()) {
				employees.findAllById(unknown).forEach(person -> names.put(person.id(), person));
			}
			return page.stream();
		}, query -> (int) Math.min(Integer.MAX_VALUE, reminders.count(status())));
		add(filter, total, WideGrid.hint(grid), grid, total.more());
	}

	private @Nullable ReminderStatus status() {
		String value = filter.getValue();
		return value == null || value.isEmpty() ? null : ReminderStatus.valueOf(value);
	}

	private String person(long employeeId) {
		EmployeeSummary person = names.get(employeeId);
		return person == null ? "#" + employeeId : person.employeeNumber() + " – " + person.displayName();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reminder.list.title") + " – " + getTranslation("app.name");
	}

}

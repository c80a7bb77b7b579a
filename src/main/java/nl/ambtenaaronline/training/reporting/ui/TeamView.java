package nl.ambtenaaronline.training.reporting.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.reporting.Dashboard;
import nl.ambtenaaronline.training.reporting.ReportFilter;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.RowPager;

import org.springframework.beans.factory.ObjectProvider;

/**
 * "Mijn team": a manager's own people with status, due date and certificate validity —
 * status only, never scores or answers — most urgent first, who must act marked, with a
 * reminder for one person or everyone selected; cards on a phone. The service decides who
 * is in the team; there is no id in the address to change.
 */
@Route("team")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "menu.team", order = 20)
class TeamView extends Main implements HasDynamicTitle {

	private final ReportingService reporting;

	private final ComboBox<Course> course = new ComboBox<>();

	private final Paragraph summary = new Paragraph();

	/** How many people the grid shows at first (a team in full), and more at a time. */
	static final int ROWS = 200;

	/** The grid's rows, growing with the page: no inner scroll box. */
	private final RowPager pager = new RowPager(ROWS);

	private final Grid<ReportRow> grid = new Grid<>();

	private final List<PersonActions> actions;

	private final Paragraph message = new Paragraph();

	private final Div cards = new Div();

	private final FlexLayout bulk = new FlexLayout();

	/** On a phone, where nothing is selected: one button for everyone who must act. */
	private final FlexLayout phoneBulk = new FlexLayout();

	TeamView(ReportingService reporting, ObjectProvider<PersonActions> actions) {
		this.reporting = reporting;
		this.actions = actions.orderedStream().toList();
		addClassName("ao-page");
		Locale locale = getLocale();
		List<Course> courses = reporting.courses();
		course.setLabel(getTranslation("reports.course"));
		course.setId("team-course");
		course.setItems(courses);
		course.setItemLabelGenerator(c -> c.title().in(locale));
		course.setValue(courses.getFirst());
		course.addValueChangeListener(e -> refresh());
		summary.setId("team-summary");
		summary.getElement().setAttribute("role", "status");
		grid.setId("team-grid");
		grid.setAriaLabel(getTranslation("team.title"));
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		grid.addComponentColumn(this::mustAct)
			.setHeader(getTranslation("team.column.act"))
			.setKey("act")
			.setAutoWidth(true);
		grid.addColumn(ReportRow::displayName)
			.setHeader(getTranslation("reports.column.name"))
			.setSortProperty("name")
			.setAutoWidth(true);
		grid.addColumn(ReportRow::departmentName)
			.setHeader(getTranslation("reports.column.department"))
			.setSortProperty("department");
		ReportTexts.statusColumns(grid, this, locale);
		grid.addComponentColumn(row -> buttons(row))
			.setHeader(getTranslation("action.column.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		grid.setPartNameGenerator(row -> ReportFilter.ACTION_NEEDED.contains(row.status()) ? "ao-must-act" : null);
		pager.fill(grid,
				query -> reporting
					.team(courseId(),
							query.getSortOrders().isEmpty() ? List.of(ReportSort.byUrgency())
									: ReportTexts.sort(query.getSortOrders()),
							query.getOffset(), query.getLimit())
					.stream(),
				query -> (int) reporting.teamCount(courseId()));
		message.setId("team-message");
		message.getElement().setAttribute("role", "status");
		Button selectLate = new Button(getTranslation("team.select-late"), click -> selectMustAct());
		selectLate.setId("team-select-late");
		bulk.addClassName("ao-buttons");
		// selecting is done in the grid: on a phone (cards, no grid) each card reminds
		// its own person instead of a selection nobody can see
		bulk.addClassName("ao-wide-only");
		bulk.add(selectLate);
		actions.forEach(
				bean -> bean
					.forSelected(() -> grid.getSelectedItems().stream().map(ReportRow::employeeId).toList(), courseId(),
							this::done)
					.forEach(bulk::add));
		cards.setId("team-cards");
		cards.addClassName("ao-team-cards");
		grid.addClassName("ao-team-grid");
		add(new H1(getTranslation("team.title")), new Paragraph(getTranslation("team.intro")), course, summary);
		this.actions.forEach(bean -> bean.notices().forEach(this::add));
		phoneBulk.addClassNames("ao-buttons", "ao-phone-only");
		phoneBulk.setId("team-phone-actions");
		pager.more().addClassName("ao-wide-only");
		add(bulk, phoneBulk, message, grid, pager.more(), cards);
		showSummary();
		showCards();
	}

	/**
	 * Who must act gets a mark: late, expired or at risk; who must act and has no e-mail
	 * address another (their reminders by mail go to the manager). Who needs no action
	 * gets none: the column says what to do.
	 */
	private Component mustAct(ReportRow row) {
		Span marks = new Span();
		if (ReportFilter.ACTION_NEEDED.contains(row.status())) {
			Span mark = new Span(getTranslation("team.must-act"));
			mark.addClassNames("ao-badge", "ao-status-" + row.status().name().toLowerCase(Locale.ROOT));
			marks.add(mark);
			ReportTexts.markNoEmail(marks, row, "team.no-email.title");
		}
		return marks;
	}

	private FlexLayout buttons(ReportRow row) {
		FlexLayout buttons = new FlexLayout();
		buttons.addClassName("ao-buttons");
		if (ReportFilter.ACTION_NEEDED.contains(row.status())) {
			actions.forEach(bean -> bean.of(row.employeeId(), row.courseId(), this::done).forEach(buttons::add));
		}
		return buttons;
	}

	/**
	 * The team members who must act now (late, expired or at risk), most urgent first.
	 */
	private List<ReportRow> mustActNow() {
		return reporting.team(courseId(), List.of(ReportSort.byUrgency()), 0, 500)
			.stream()
			.filter(row -> ReportFilter.ACTION_NEEDED.contains(row.status()))
			.toList();
	}

	private List<Long> everyoneWhoMustAct() {
		return mustActNow().stream().map(ReportRow::employeeId).toList();
	}

	private void selectMustAct() {
		grid.deselectAll();
		mustActNow().forEach(grid::select);
	}

	private void done(String text) {
		message.setText(text);
		refresh();
	}

	/** On a phone the team as cards, most urgent first (the grid is hidden there). */
	private void showCards() {
		cards.removeAll();
		Locale locale = getLocale();
		List<ReportRow> team = reporting.team(courseId(), List.of(ReportSort.byUrgency()), 0, 500);
		long mustAct = team.stream().filter(row -> ReportFilter.ACTION_NEEDED.contains(row.status())).count();
		phoneBulk.removeAll();
		actions.forEach(bean -> bean.forEveryoneWhoMustAct(this::everyoneWhoMustAct, mustAct, courseId(), this::done)
			.forEach(phoneBulk::add));
		for (ReportRow row : team) {
			cards.add(ReportTexts.card(new H2(row.displayName()), mustAct(row),
					getTranslation("team.card", ReportTexts.status(this, row, locale),
							ReportTexts.cardDate(this, row, locale)),
					buttons(row), ReportFilter.ACTION_NEEDED.contains(row.status())));
		}
	}

	private String courseId() {
		Course selected = course.getValue();
		return selected == null ? reporting.courses().getFirst().id() : selected.id();
	}

	private void refresh() {
		showSummary();
		grid.deselectAll();
		pager.restart();
		showCards();
	}

	private void showSummary() {
		Dashboard dashboard = reporting.teamDashboard(courseId());
		Dashboard.Figures figures = dashboard.overall();
		long completed = figures.count(AssignmentStatus.COMPLETED);
		long late = figures.count(AssignmentStatus.OVERDUE) + figures.count(AssignmentStatus.EXPIRED);
		long soon = figures.count(AssignmentStatus.DUE_SOON);
		long notCounted = figures.total() - figures.counted();
		// the parts add up to the team: the rest is still in time
		summary.setText(getTranslation("team.summary", figures.total(), completed, late, soon,
				figures.total() - completed - late - soon - notCounted, notCounted));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("team.title") + " – " + getTranslation("app.name");
	}

}

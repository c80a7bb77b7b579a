package nl.ambtenaaronline.training.reporting.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.reporting.Dashboard;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * "Mijn team": a manager's own people with status, due date and certificate validity —
 * status only, never scores or answers. The service decides who is in the team; there is
 * no id in the address to change.
 */
@Route("team")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "menu.team", order = 20)
class TeamView extends Main implements HasDynamicTitle {

	private final ReportingService reporting;

	private final ComboBox<Course> course = new ComboBox<>();

	private final Paragraph summary = new Paragraph();

	private final Grid<ReportRow> grid = new Grid<>();

	TeamView(ReportingService reporting) {
		this.reporting = reporting;
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
		grid.addColumn(ReportRow::displayName)
			.setHeader(getTranslation("reports.column.name"))
			.setSortProperty("name")
			.setAutoWidth(true);
		grid.addColumn(ReportRow::departmentName)
			.setHeader(getTranslation("reports.column.department"))
			.setSortProperty("department");
		ReportTexts.statusColumns(grid, this, locale);
		grid.setItems(
				query -> reporting
					.team(courseId(),
							query.getSortOrders().isEmpty() ? List.of(ReportSort.byName())
									: ReportTexts.sort(query.getSortOrders()),
							query.getOffset(), query.getLimit())
					.stream(),
				query -> (int) reporting.teamCount(courseId()));
		add(new H1(getTranslation("team.title")), new Paragraph(getTranslation("team.intro")), course, summary, grid);
		showSummary();
	}

	private String courseId() {
		Course selected = course.getValue();
		return selected == null ? reporting.courses().getFirst().id() : selected.id();
	}

	private void refresh() {
		showSummary();
		grid.getDataProvider().refreshAll();
	}

	private void showSummary() {
		Dashboard dashboard = reporting.teamDashboard(courseId());
		Dashboard.Figures figures = dashboard.overall();
		summary.setText(getTranslation("team.summary", figures.total(), figures.count(AssignmentStatus.COMPLETED),
				figures.count(AssignmentStatus.OVERDUE) + figures.count(AssignmentStatus.EXPIRED),
				figures.count(AssignmentStatus.DUE_SOON)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("team.title") + " – " + getTranslation("app.name");
	}

}

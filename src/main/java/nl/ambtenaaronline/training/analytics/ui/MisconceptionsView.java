package nl.ambtenaaronline.training.analytics.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.analytics.AnalyticsFilter;
import nl.ambtenaaronline.training.analytics.AnalyticsService;
import nl.ambtenaaronline.training.analytics.ChoiceFigure;
import nl.ambtenaaronline.training.analytics.MisconceptionReport;
import nl.ambtenaaronline.training.analytics.NewHires;
import nl.ambtenaaronline.training.analytics.RuleFigure;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

/**
 * Misconception analytics for HR and administrators: per rule the share of first answers
 * that were wrong, per scenario step how often each choice was taken; filtered by course,
 * department, new hires and period (whole months). Groups smaller than the minimum are
 * left out.
 */
@Route("analytics")
@RolesAllowed({ Roles.HR, Roles.ADMIN })
@Menu(title = "menu.analytics", order = 75)
class MisconceptionsView extends Main implements HasDynamicTitle {

	private static final DepartmentSummary ALL_DEPARTMENTS = new DepartmentSummary(0, "", "", 0);

	private final AnalyticsService analytics;

	final Select<Course> course = new Select<>();

	final Select<DepartmentSummary> department = new Select<>();

	final Select<NewHires> newHires = new Select<>();

	final Select<YearMonth> from = new Select<>();

	final Select<YearMonth> to = new Select<>();

	final Paragraph status = new Paragraph();

	final Grid<RuleFigure> rules = new Grid<>();

	final Grid<ChoiceFigure> choices = new Grid<>();

	MisconceptionsView(AnalyticsService analytics, ContentService contents, EmployeeService employees) {
		this.analytics = analytics;
		addClassName("ao-page");
		Locale locale = getLocale();
		course.setLabel(getTranslation("analytics.course"));
		course.setId("analytics-course");
		course.setItems(contents.courses());
		course.setItemLabelGenerator(c -> c.title().in(locale));
		List<DepartmentSummary> departments = new ArrayList<>();
		departments.add(ALL_DEPARTMENTS);
		departments.addAll(employees.departments());
		department.setLabel(getTranslation("analytics.department"));
		department.setId("analytics-department");
		department.setItems(departments);
		department.setItemLabelGenerator(
				d -> d == ALL_DEPARTMENTS ? getTranslation("analytics.all-departments") : d.code() + " " + d.name());
		department.setValue(ALL_DEPARTMENTS);
		newHires.setLabel(getTranslation("analytics.new-hires"));
		newHires.setId("analytics-new-hires");
		newHires.setItems(NewHires.values());
		newHires.setItemLabelGenerator(n -> getTranslation("analytics.new-hires." + n.name()));
		newHires.setValue(NewHires.ALL);
		YearMonth lastClosed = analytics.lastClosedMonth();
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 36; i++) {
			months.add(lastClosed.minusMonths(i));
		}
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM uuuu", locale);
		for (Select<YearMonth> select : List.of(from, to)) {
			select.setItems(months);
			select.setEmptySelectionAllowed(true);
			select.setEmptySelectionCaption(getTranslation("analytics.any-month"));
			select.setItemLabelGenerator(m -> m == null ? getTranslation("analytics.any-month") : month.format(m));
		}
		from.setLabel(getTranslation("analytics.from"));
		from.setId("analytics-from");
		to.setLabel(getTranslation("analytics.to"));
		to.setId("analytics-to");
		FlexLayout filters = new FlexLayout(course, department, newHires, from, to);
		filters.addClassName("ao-filters");

		status.setId("analytics-status");
		status.getElement().setAttribute("role", "status");

		rules.setId("analytics-rules");
		rules.setAriaLabel(getTranslation("analytics.rules"));
		rules.addColumn(RuleFigure::ruleId).setHeader(getTranslation("analytics.column.rule")).setAutoWidth(true);
		rules.addColumn(r -> r.rule().in(locale)).setHeader(getTranslation("analytics.column.rule-text"));
		rules.addColumn(RuleFigure::answers).setHeader(getTranslation("analytics.column.answers")).setAutoWidth(true);
		rules.addComponentColumn(r -> bar(r.percentWrong()))
			.setHeader(getTranslation("analytics.column.wrong"))
			.setAutoWidth(true);
		rules.setAllRowsVisible(true);

		choices.setId("analytics-choices");
		choices.setAriaLabel(getTranslation("analytics.choices"));
		choices.addColumn(c -> getTranslation("analytics.step", c.scenario().in(locale), c.stepNumber()))
			.setHeader(getTranslation("analytics.column.step"))
			.setAutoWidth(true);
		choices.addColumn(c -> c.choice().in(locale)).setHeader(getTranslation("analytics.column.choice"));
		choices.addColumn(c -> c.best() ? getTranslation("analytics.best") : "")
			.setHeader(getTranslation("analytics.column.best"))
			.setAutoWidth(true);
		choices.addColumn(ChoiceFigure::taken).setHeader(getTranslation("analytics.column.taken")).setAutoWidth(true);
		choices.addComponentColumn(c -> bar(c.percent()))
			.setHeader(getTranslation("analytics.column.share"))
			.setAutoWidth(true);
		choices.setAllRowsVisible(true);

		add(new H1(getTranslation("analytics.title")), new Paragraph(getTranslation("analytics.intro")), filters,
				status, new H2(getTranslation("analytics.rules")), WideGrid.phoneHint(this), rules,
				new H2(getTranslation("analytics.choices")), WideGrid.phoneHint(this), choices);
		for (var field : List.of(course, department, newHires, from, to)) {
			field.addValueChangeListener(change -> refresh());
		}
		if (!contents.courses().isEmpty()) {
			course.setValue(contents.courses().getFirst());
		}
	}

	/** A percentage as text with a bar behind it (plain CSS). */
	private Div bar(int percent) {
		Div bar = new Div();
		bar.addClassName("ao-bar");
		Span fill = new Span();
		fill.addClassName("ao-bar-fill");
		fill.getStyle().set("width", percent + "%");
		fill.getElement().setAttribute("aria-hidden", "true");
		bar.add(fill, new Span(percent + "%"));
		return bar;
	}

	private void refresh() {
		if (course.getValue() == null) {
			return;
		}
		DepartmentSummary chosen = department.getValue();
		AnalyticsFilter filter = new AnalyticsFilter(course.getValue().id(),
				chosen == null || chosen == ALL_DEPARTMENTS ? null : chosen.code(),
				newHires.getValue() == null ? NewHires.ALL : newHires.getValue(), from.getValue(), to.getValue());
		try {
			MisconceptionReport report = analytics.misconceptions(filter);
			rules.setItems(report.rules());
			choices.setItems(report.choices());
			if (report.rules().isEmpty() && report.choices().isEmpty()) {
				status.setText(getTranslation("analytics.nothing", report.minGroupSize()));
			}
			else if (report.leftOut()) {
				status.setText(getTranslation("analytics.left-out", report.minGroupSize()));
			}
			else {
				status.setText(getTranslation("analytics.shown", report.minGroupSize()));
			}
		}
		catch (IllegalArgumentException ex) {
			rules.setItems(List.of());
			choices.setItems(List.of());
			status.setText(getTranslation(ex.getMessage()));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("analytics.title") + " – " + getTranslation("app.name");
	}

}

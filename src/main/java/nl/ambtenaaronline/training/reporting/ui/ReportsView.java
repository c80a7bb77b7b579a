package nl.ambtenaaronline.training.reporting.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.reporting.Dashboard;
import nl.ambtenaaronline.training.reporting.ReportFilter;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.ComponentTexts;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * HR, administrators and auditors: the compliance dashboard of a course (figures per
 * status, overall and per department, as bars and as a table), the lazy grid of people
 * with the same filters, and exports of the filtered view as CSV or XLSX. Read-only:
 * nothing here changes anything.
 */
@Route("reports")
@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.reports", order = 25)
class ReportsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ReportingService reporting;

	private final ComboBox<Course> course = new ComboBox<>();

	private final ComboBox<DepartmentSummary> department = new ComboBox<>();

	private final MultiSelectComboBox<AssignmentStatus> status = new MultiSelectComboBox<>();

	private final ComboBox<WorkerType> workerType = new ComboBox<>();

	private final DatePicker startFrom = new DatePicker();

	private final DatePicker startTo = new DatePicker();

	private final Checkbox newHires = new Checkbox();

	private final Checkbox notEmployed = new Checkbox();

	private final Checkbox semicolon = new Checkbox();

	private final Paragraph problem = new Paragraph();

	private final Div figures = new Div();

	/** How many people the list holds; the list grows with the page. */
	private final ListTotal total = new ListTotal();

	private final Grid<ReportRow> grid = new Grid<>();

	private final ProgressBar busy = new ProgressBar();

	private final Paragraph exportStatus = new Paragraph();

	private int pendingExports;

	private String lastExport = "";

	private volatile ReportFilter filter;

	private volatile List<ReportSort> sort = List.of(ReportSort.byName());

	private volatile boolean useSemicolon = true;

	private final ActionNeeded actionNeeded;

	/** While the filters are set from the address: no refresh per field. */
	private boolean reading;

	ReportsView(ReportingService reporting, AssessmentService assessment, ObjectProvider<PersonActions> actions) {
		this.reporting = reporting;
		addClassName("ao-page");
		Locale locale = getLocale();
		List<Course> courses = reporting.courses();
		course.setLabel(getTranslation("reports.course"));
		course.setId("report-course");
		course.setItems(courses);
		course.setItemLabelGenerator(c -> c.title().in(locale));
		course.setValue(courses.getFirst());
		filter = ReportFilter.of(courses.getFirst().id());
		department.setLabel(getTranslation("reports.column.department"));
		department.setId("report-department");
		department.setItems(reporting.departments());
		department.setItemLabelGenerator(d -> d.code() + " – " + d.name());
		department.setClearButtonVisible(true);
		department.setPlaceholder(getTranslation("reports.all-departments"));
		status.setLabel(getTranslation("reports.column.status"));
		status.setId("report-status");
		status.setItems(AssignmentStatus.values());
		status.setItemLabelGenerator(s -> ReportTexts.status(this, s));
		status.setClearButtonVisible(true);
		status.setPlaceholder(getTranslation("reports.all-statuses"));
		workerType.setLabel(getTranslation("reports.column.type"));
		workerType.setId("report-worker-type");
		workerType.setItems(WorkerType.values());
		workerType.setItemLabelGenerator(this::workerType);
		workerType.setClearButtonVisible(true);
		workerType.setPlaceholder(getTranslation("reports.all-types"));
		startFrom.setLabel(getTranslation("reports.start-from"));
		startFrom.setId("report-start-from");
		startFrom.setClearButtonVisible(true);
		ComponentTexts.datePicker(startFrom, locale);
		startTo.setLabel(getTranslation("reports.start-to"));
		startTo.setId("report-start-to");
		startTo.setClearButtonVisible(true);
		ComponentTexts.datePicker(startTo, locale);
		newHires.setLabel(getTranslation("reports.new-hires"));
		newHires.setId("report-new-hires");
		notEmployed.setLabel(getTranslation("reports.not-employed"));
		notEmployed.setHelperText(getTranslation("reports.not-employed.helper"));
		notEmployed.setId("report-not-employed");
		course.addValueChangeListener(e -> refresh());
		department.addValueChangeListener(e -> refresh());
		status.addValueChangeListener(e -> refresh());
		workerType.addValueChangeListener(e -> refresh());
		startFrom.addValueChangeListener(e -> refresh());
		startTo.addValueChangeListener(e -> refresh());
		newHires.addValueChangeListener(e -> refresh());
		notEmployed.addValueChangeListener(e -> refresh());
		problem.setId("report-problem");
		problem.addClassName("ao-alert");
		problem.getElement().setAttribute("role", "alert");
		problem.setVisible(false);
		FlexLayout filters = new FlexLayout(course, department, status, workerType, startFrom, startTo, newHires,
				notEmployed);
		filters.addClassName("ao-filters");
		figures.setId("report-dashboard");

		grid.setId("report-grid");
		grid.setAriaLabel(getTranslation("reports.people"));
		grid.addComponentColumn(row -> {
			// a leaver's name is erased after the retention period: the link still needs
			// a text
			String name = row.displayName() == null || row.displayName().isBlank()
					? getTranslation("reports.name-erased", row.employeeNumber()) : row.displayName();
			RouterLink link = new RouterLink(name, PersonReportView.class,
					new RouteParameters("employeeId", Long.toString(row.employeeId())));
			link.setQueryParameters(address());
			return link;
		})
			.setHeader(getTranslation("reports.column.name"))
			.setSortProperty("name")
			.setAutoWidth(true)
			// the name stays in view while a narrow screen scrolls the other columns
			.setFrozen(true);
		grid.addColumn(ReportRow::employeeNumber)
			.setHeader(getTranslation("reports.column.number"))
			.setSortProperty("number")
			.setAutoWidth(true);
		grid.addColumn(ReportRow::departmentName)
			.setHeader(getTranslation("reports.column.department"))
			.setSortProperty("department")
			// room for "Informatievoorziening" without breaking the word
			.setFlexGrow(2);
		grid.addColumn(row -> workerType(row.workerType()))
			.setHeader(getTranslation("reports.column.type"))
			.setSortProperty("type");
		grid.addColumn(row -> ReportTexts.date(row.startDate(), locale))
			.setHeader(getTranslation("reports.column.start"))
			.setSortProperty("start");
		ReportTexts.statusColumns(grid, this, locale);
		// why the assignment exists: a delta path ("wat is er veranderd") shows here
		// no width of its own: the longest reason wraps instead of pushing the column out
		// of the box
		grid.addColumn(row -> row.reason() == null ? "" : getTranslation("reason." + row.reason().name()))
			.setHeader(getTranslation("reports.column.reason"));
		grid.setMultiSort(true);
		// the list grows with the page, 50 people at a time
		total.setId("report-total");
		total.more().setId("report-more");
		total.fill(grid, query -> {
			sort = query.getSortOrders().isEmpty() ? List.of(ReportSort.byName())
					: ReportTexts.sort(query.getSortOrders());
			return reporting.page(filter, sort, query.getOffset(), query.getLimit()).stream();
		}, query -> (int) reporting.count(filter));

		semicolon.setLabel(getTranslation("reports.export.semicolon"));
		semicolon.setId("report-semicolon");
		semicolon.setValue(true);
		semicolon.addValueChangeListener(e -> useSemicolon = e.getValue());
		Anchor csv = new Anchor((DownloadEvent event) -> export(event, false), getTranslation("reports.export.csv"));
		csv.setId("report-export-csv");
		csv.addClassName("ao-button-link");
		Anchor xlsx = new Anchor((DownloadEvent event) -> export(event, true), getTranslation("reports.export.xlsx"));
		xlsx.setId("report-export-xlsx");
		xlsx.addClassName("ao-button-link");
		csv.getElement().addEventListener("click", e -> started());
		xlsx.getElement().addEventListener("click", e -> started());
		busy.setIndeterminate(true);
		busy.setVisible(false);
		busy.setId("report-busy");
		busy.getElement().setAttribute("aria-label", getTranslation("reports.export.busy"));
		exportStatus.setId("report-export-status");
		exportStatus.getElement().setAttribute("role", "status");
		FlexLayout exports = new FlexLayout(csv, xlsx, semicolon);
		exports.addClassName("ao-filters");

		actionNeeded = new ActionNeeded(reporting, assessment, actions.orderedStream().toList(), filter, this::address,
				this::refresh, this::remember);
		add(new H1(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")), filters, problem,
				actionNeeded, new H2(getTranslation("reports.figures")), figures,
				new H2(getTranslation("reports.people")), total, WideGrid.hint(grid), grid, total.more(),
				new H2(getTranslation("reports.export")), new Paragraph(getTranslation("reports.export.intro")),
				exports, busy, exportStatus);
		showFigures();
	}

	private void refresh() {
		if (reading) {
			return;
		}
		ReportFilter next = readFilter();
		if (next == null) {
			return;
		}
		filter = next;
		showFigures();
		actionNeeded.show(filter);
		total.restart();
		remember();
	}

	/**
	 * The filter in the address: a reload, a shared link and the way back from a person's
	 * record keep it.
	 */
	private void remember() {
		getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("reports", address())));
	}

	/** The report's filter and the reasons chosen in "Actie nodig", as an address. */
	private QueryParameters address() {
		return ReportAddress.of(filter,
				actionNeeded == null ? java.util.EnumSet.allOf(ActionNeeded.Need.class) : actionNeeded.needs());
	}

	/** Sets the filters from the address (?department=COM&status=OVERDUE,DUE_SOON...). */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		if (parameters.getParameters().isEmpty()) {
			return;
		}
		reading = true;
		try {
			ReportAddress.read(parameters, course, department, status, workerType, startFrom, startTo, newHires,
					notEmployed);
			actionNeeded.readNeeds(parameters.getSingleParameter("need").orElse(null));
		}
		finally {
			reading = false;
		}
		refresh();
	}

	private @Nullable ReportFilter readFilter() {
		Course selected = course.getValue();
		if (selected == null) {
			return null;
		}
		try {
			ReportFilter next = new ReportFilter(selected.id(),
					department.getValue() == null ? null : department.getValue().code(), status.getValue(),
					workerType.getValue(), startFrom.getValue(), startTo.getValue(), newHires.getValue())
				.withNotEmployedListed(notEmployed.getValue());
			problem.setVisible(false);
			startTo.setInvalid(false);
			return next;
		}
		catch (IllegalArgumentException ex) {
			problem.setText(getTranslation(ex.getMessage()));
			problem.setVisible(true);
			startTo.setErrorMessage(getTranslation(ex.getMessage()));
			startTo.setInvalid(true);
			return null;
		}
	}

	private void showFigures() {
		Dashboard dashboard = reporting.dashboard(filter);
		figures.removeAll();
		Dashboard.Figures overall = dashboard.overall();
		Paragraph summary = new Paragraph(getTranslation("reports.summary", overall.total(), overall.counted(),
				overall.count(AssignmentStatus.COMPLETED), overall.percent(AssignmentStatus.COMPLETED),
				overall.count(AssignmentStatus.OVERDUE) + overall.count(AssignmentStatus.EXPIRED),
				overall.total() - overall.counted()));
		summary.setId("report-summary");
		figures.add(summary);
		long completed = overall.count(AssignmentStatus.COMPLETED);
		if (completed > 0) {
			// how the completions came about: only the online course gives a certificate
			// here, so the register holds fewer than "afgerond"
			long online = reporting.completedOnline(filter);
			Paragraph how = new Paragraph(
					getTranslation("reports.completed-how", completed, online, completed - online));
			how.setId("report-completed-how");
			figures.add(how);
		}
		long dueSoon = overall.count(AssignmentStatus.DUE_SOON);
		if (dueSoon > 0) {
			// the status names the deadline first: who started is not "Bezig" any more
			Paragraph started = new Paragraph(getTranslation("reports.started-how", dueSoon,
					reporting.startedDueSoon(filter), overall.count(AssignmentStatus.IN_PROGRESS)));
			started.setId("report-started-how");
			figures.add(started);
		}
		figures.add(ReportTexts.bars(this, dashboard), WideGrid.phoneHint(this), ReportTexts.table(this, dashboard),
				new CompletionTrendChart(reporting.completionTrend(filter), filter.narrowsBeyondDepartment()));
	}

	/**
	 * The click and the download travel separately; either may reach the server first. A
	 * count of clicks not yet matched by a finished download keeps the status right in
	 * both orders.
	 */
	private void started() {
		pendingExports++;
		showExportState();
	}

	private void finished(UI ui, @Nullable Long written) {
		ui.access(() -> {
			pendingExports--;
			lastExport = written == null ? getTranslation("reports.export.failed")
					: getTranslation("reports.export.done", written);
			showExportState();
		});
	}

	private void showExportState() {
		boolean running = pendingExports > 0;
		busy.setVisible(running);
		exportStatus.setText(running ? getTranslation("reports.export.busy") : lastExport);
		UI.getCurrent().setPollInterval(running ? 500 : -1);
	}

	private void export(DownloadEvent event, boolean excel) throws java.io.IOException {
		ReportFilter current = filter;
		List<ReportSort> order = sort;
		Locale locale = event.getUI() == null ? Locale.forLanguageTag("nl") : event.getUI().getLocale();
		String base = "rapport-" + current.courseId();
		event.setFileName(base + (excel ? ".xlsx" : ".csv"));
		event.setContentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv; charset=UTF-8");
		UI ui = event.getUI();
		Long written = null;
		try (OutputStream out = event.getOutputStream()) {
			written = excel ? reporting.exportXlsx(current, order, locale, out)
					: reporting.exportCsv(current, order, useSemicolon, locale, out);
		}
		finally {
			if (ui != null) {
				finished(ui, written);
			}
		}
	}

	private String workerType(WorkerType type) {
		return getTranslation("roster.worker-type." + type.name().toLowerCase(Locale.ROOT));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.title") + " – " + getTranslation("app.name");
	}

}

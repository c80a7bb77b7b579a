package nl.ambtenaaronline.training.reporting.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.reporting.Dashboard;
import nl.ambtenaaronline.training.reporting.ReportFilter;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.ui.RowPager;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import org.jspecify.annotations.Nullable;

/**
 * The top of the reports for HR: per department the share done, late and at risk with the
 * deadline ahead, and "Actie nodig" — the people who are late, expired, at risk or out of
 * test attempts, most urgent first, each with the actions (extend, defer, exempt, remind)
 * in the row and a reminder for everyone selected. Follows the report's filters except
 * the status; its own filter ("Toon") takes one or more of those reasons and lives in the
 * address ({@code need=OVERDUE,ATTEMPTS}), so the way back from a person keeps it.
 */
class ActionNeeded extends Section {

	/** Why someone needs action: the reasons the list can be narrowed to. */
	enum Need {

		OVERDUE, EXPIRED, DUE_SOON, ATTEMPTS;

		/** The status behind a reason; none for attempts used up. */
		@Nullable AssignmentStatus status() {
			return this == ATTEMPTS ? null : AssignmentStatus.valueOf(name());
		}

	}

	/** The statuses "select all late" selects: late, and expired certificates. */
	private static final Set<AssignmentStatus> LATE = EnumSet.of(AssignmentStatus.OVERDUE, AssignmentStatus.EXPIRED);

	private final ReportingService reporting;

	private final AssessmentService assessment;

	private final List<PersonActions> actions;

	private final Supplier<QueryParameters> query;

	private final Div overview = new Div();

	private final Grid<ReportRow> grid = new Grid<>();

	/** On a phone the most urgent people as cards (the grid is hidden there). */
	private final Div cards = new Div();

	/** How many people the cards show at first, and how many more at a time. */
	static final int CARDS = 10;

	/** How many cards show now; back to {@link #CARDS} when the list changes. */
	private int shownCards = CARDS;

	/** How many people the grid shows at first, and how many more at a time. */
	static final int ROWS = 25;

	/** The grid's rows, growing with the page ("Toon de volgende 25"). */
	private final RowPager pager = new RowPager(ROWS);

	private final Paragraph count = new Paragraph();

	private final Paragraph announcement = new Paragraph();

	private final FlexLayout bulk = new FlexLayout();

	/**
	 * On a wide screen, above a list longer than it shows: how many of how many, and that
	 * the button under it shows the next ones.
	 */
	private final Paragraph scrollNote = new Paragraph();

	/** On a phone, where nothing is selected: one button for everyone in the list. */
	private final FlexLayout phoneBulk = new FlexLayout();

	private final Runnable changed;

	private final CheckboxGroup<Need> needs = new CheckboxGroup<>();

	/** While the reasons are set from the address: no refresh of their own. */
	private boolean reading;

	private ReportFilter filter;

	/**
	 * @param query the report's filter as query parameters, carried to the person's
	 * record and back
	 * @param changed what to refresh after an action changed something
	 * @param moved what to do when the list's own filter changed (the address)
	 */
	ActionNeeded(ReportingService reporting, AssessmentService assessment, List<PersonActions> actions,
			ReportFilter filter, Supplier<QueryParameters> query, Runnable changed, Runnable moved) {
		this.reporting = reporting;
		this.assessment = assessment;
		this.actions = actions;
		this.filter = filter.withNotEmployedListed(false);
		this.query = query;
		this.changed = changed;
		setId("action-needed");
		overview.setId("report-overview");
		announcement.setId("action-message");
		announcement.getElement().setAttribute("role", "status");
		count.setId("action-count");
		needs.setId("action-needs");
		needs.setLabel(getTranslation("action.needs"));
		needs.setHelperText(getTranslation("action.needs.help"));
		needs.setItems(Need.values());
		needs.setItemLabelGenerator(need -> getTranslation("action.need." + need.name()));
		needs.setValue(EnumSet.allOf(Need.class));
		needs.addClassName("ao-needs");
		needs.addValueChangeListener(event -> {
			if (!reading) {
				refreshList();
				moved.run();
			}
		});
		grid.setId("action-grid");
		grid.setAriaLabel(getTranslation("action.title"));
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		grid.addComponentColumn(row -> {
			RouterLink link = new RouterLink(row.displayName(), PersonReportView.class,
					new RouteParameters("employeeId", Long.toString(row.employeeId())));
			link.setQueryParameters(query.get());
			// the personnel number tells two people of one name apart
			Span number = new Span(row.employeeNumber());
			number.addClassName("ao-employee-number");
			return new Div(link, number);
		}).setHeader(getTranslation("reports.column.name")).setKey("name").setAutoWidth(true).setFlexGrow(1);
		grid.addColumn(ReportRow::departmentName).setHeader(getTranslation("reports.column.department"));
		grid.addComponentColumn(this::urgency)
			.setHeader(getTranslation("action.column.why"))
			.setKey("why")
			// wraps onto a second line rather than taking the buttons' room
			.setFlexGrow(1);
		grid.addColumn(row -> Dates.day(row.dueOn(), locale()))
			.setHeader(getTranslation("reports.column.due"))
			// as wide as a date: the room goes to why
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(this::buttons)
			.setHeader(getTranslation("action.column.actions"))
			.setKey("actions")
			// wide enough for the four buttons on one line on a desktop, so a row stays
			// low and the box shows about eight people (at 1280 px nothing scrolls
			// sideways: ScreensTest)
			.setWidth("25rem")
			.setFlexGrow(0);
		pager.fill(grid,
				q -> reporting.page(actionFilter(), List.of(ReportSort.byUrgency()), q.getOffset(), q.getLimit())
					.stream(),
				q -> (int) reporting.count(actionFilter()));
		pager.onCount(people -> {
			scrollNote.setText(getTranslation("action.scroll-note", people, pager.shown()));
			scrollNote.setVisible(people > pager.shown());
		});
		pager.more().setId("action-more");
		pager.more().addClassName("ao-wide-only");
		grid.addClassName("ao-wide-only");
		cards.setId("action-cards");
		cards.addClassName("ao-phone-only");
		bulk.addClassName("ao-buttons");
		// selecting is done in the grid: on a phone (cards, no grid) each card has its
		// own buttons instead of a selection nobody can see
		bulk.addClassName("ao-wide-only");
		// the grid loads lazily, so Vaadin hides its "select all" box: one click selects
		// every late (or expired) person instead of one tick each
		Button selectLate = new Button(getTranslation("action.select-late"), event -> selectLate());
		selectLate.setId("action-select-late");
		Button selectNone = new Button(getTranslation("action.select-none"), event -> {
			grid.deselectAll();
			announcement.setText(getTranslation("action.selected", 0));
		});
		selectNone.setId("action-select-none");
		Supplier<Collection<Long>> selected = () -> grid.getSelectedItems()
			.stream()
			.map(ReportRow::employeeId)
			.toList();
		List<Component> forSelected = new ArrayList<>();
		actions.forEach(bean -> forSelected.addAll(bean.forSelected(selected, filter.courseId(), this::done)));
		// selecting helps only who can act on a selection (not the auditor)
		if (!forSelected.isEmpty()) {
			bulk.add(selectLate, selectNone);
			forSelected.forEach(bulk::add);
		}
		// what each action does, for who can act (the auditor only reads)
		UnorderedList legend = new UnorderedList();
		legend.setId("action-legend");
		for (String action : List.of("extend", "defer", "exempt", "remind", "extra", "no-email")) {
			legend.add(new ListItem(getTranslation("action.legend." + action)));
		}
		legend.setVisible(!forSelected.isEmpty());
		// who only reads (the auditor) gets no ticks and no empty actions column
		if (forSelected.isEmpty()) {
			grid.setSelectionMode(Grid.SelectionMode.NONE);
			grid.getColumnByKey("actions").setVisible(false);
		}
		// who must act first, the figures per department after it
		add(new H2(getTranslation("action.title")),
				new Paragraph(getTranslation("action.intro", reporting.dueSoonDays(filter.courseId()))), legend);
		actions.forEach(bean -> bean.notices().forEach(this::add));
		phoneBulk.addClassNames("ao-buttons", "ao-phone-only");
		phoneBulk.setId("action-phone-actions");
		scrollNote.setId("action-scroll-note");
		scrollNote.addClassNames("ao-wide-only", "ao-list-total");
		add(needs, count, bulk, phoneBulk, announcement);
		// who acts may also reach people another way: the list with the addresses
		if (SignedIn.hasAnyRole(Role.HR, Role.ADMIN)) {
			add(contacts());
		}
		add(scrollNote, grid, pager.more(), cards, new H2(getTranslation("action.overview")), overview);
		show(filter);
	}

	/**
	 * Shows the figures and the people for the report's filter (its status and whether
	 * people not employed today are listed aside: nobody acts for them today).
	 */
	void show(ReportFilter next) {
		filter = next.withNotEmployedListed(false);
		overview.removeAll();
		overview.add(WideGrid.phoneHint(this),
				table(reporting.dashboard(actionless(next)), reporting.nextDeadlines(actionless(next))));
		refreshList();
	}

	private void refreshList() {
		shownCards = CARDS;
		grid.deselectAll();
		pager.restart();
		long people = reporting.count(actionFilter());
		// nobody in a narrowed selection is not "nobody needs action": say which it is
		boolean narrowed = !actionless(filter).equals(ReportFilter.of(filter.courseId()))
				|| needs().size() < Need.values().length;
		count.setText(people == 0 && narrowed ? getTranslation("action.count.narrowed")
				: getTranslation("action.count", people));
		showCards(people);
		phoneBulk.removeAll();
		actions
			.forEach(bean -> bean.forEveryoneWhoMustAct(this::everyoneInTheList, people, filter.courseId(), this::done)
				.forEach(phoneBulk::add));
	}

	/**
	 * The most urgent people as cards for a phone: name, why, due date and the same
	 * actions as the grid's row (their ids start with {@code card-}).
	 */
	private void showCards(long people) {
		cards.removeAll();
		for (ReportRow row : reporting.page(actionFilter(), List.of(ReportSort.byUrgency()), 0, shownCards)) {
			RouterLink name = new RouterLink(row.displayName(), PersonReportView.class,
					new RouteParameters("employeeId", Long.toString(row.employeeId())));
			name.setQueryParameters(query.get());
			cards.add(ReportTexts.card(name, urgency(row), getTranslation("action.card", row.departmentName(),
					row.dueOn() == null ? "–" : Dates.day(row.dueOn(), locale())), buttons(row), true));
		}
		if (people > shownCards) {
			Paragraph more = new Paragraph(getTranslation("action.cards.more", shownCards, people));
			more.setId("action-cards-more");
			// the next ones on the phone too, ten at a time
			Button next = new Button(getTranslation("action.cards.next", Math.min(CARDS, people - shownCards)),
					click -> {
						shownCards += CARDS;
						showCards(people);
					});
			next.setId("action-cards-next");
			cards.add(more, next);
		}
	}

	/** The reasons chosen; none chosen counts as all of them. */
	Set<Need> needs() {
		return needs.getValue().isEmpty() ? EnumSet.allOf(Need.class) : EnumSet.copyOf(needs.getValue());
	}

	/**
	 * Sets the reasons from the address ({@code OVERDUE,ATTEMPTS}); values it does not
	 * know are left out and named in the status line. No value, or none known: all.
	 */
	void readNeeds(@Nullable String value) {
		Set<Need> read = EnumSet.noneOf(Need.class);
		List<String> unknown = new ArrayList<>();
		if (value != null) {
			for (String name : value.split(",")) {
				if (name.isBlank()) {
					continue;
				}
				try {
					read.add(Need.valueOf(name.strip()));
				}
				catch (IllegalArgumentException ex) {
					// named back as typed, but never more than a short word
					String strip = name.strip();
					unknown.add(strip.length() > 30 ? strip.substring(0, 30) + "…" : strip);
				}
			}
		}
		reading = true;
		try {
			needs.setValue(read.isEmpty() ? EnumSet.allOf(Need.class) : read);
		}
		finally {
			reading = false;
		}
		announcement.setText(unknown.isEmpty() ? ""
				: getTranslation("action.needs.unknown", String.join(", ", unknown.stream().limit(5).toList())));
	}

	/** Everyone in the list as it stands (the reasons chosen), most urgent first. */
	private List<Long> everyoneInTheList() {
		return everyone(actionFilter()).stream().map(ReportRow::employeeId).toList();
	}

	/** Every row of a filter, most urgent first, read in the service's pages of 500. */
	private List<ReportRow> everyone(ReportFilter list) {
		List<ReportRow> everyone = new ArrayList<>();
		List<ReportRow> page;
		do {
			page = reporting.page(list, List.of(ReportSort.byUrgency()), everyone.size(), 500);
			everyone.addAll(page);
		}
		while (page.size() == 500);
		return everyone;
	}

	/** Selects everyone in the list who is late or whose certificate expired. */
	private void selectLate() {
		List<ReportRow> rows = everyone(filter.withStatuses(LATE));
		grid.deselectAll();
		grid.asMultiSelect().updateSelection(new LinkedHashSet<>(rows), Set.of());
		announcement.setText(getTranslation("action.selected", grid.getSelectedItems().size()));
	}

	private void done(String message) {
		announcement.setText(message);
		changed.run();
	}

	private ReportFilter actionless(ReportFilter next) {
		return next.withStatuses(java.util.Set.of());
	}

	/** The report's filter narrowed to the reasons chosen. */
	private ReportFilter actionFilter() {
		Set<Need> chosen = needs();
		Set<AssignmentStatus> statuses = EnumSet.noneOf(AssignmentStatus.class);
		chosen.stream().map(Need::status).filter(java.util.Objects::nonNull).forEach(statuses::add);
		return filter.withStatuses(statuses).withAttemptsUsedUp(chosen.contains(Need.ATTEMPTS));
	}

	/**
	 * The row's actions: for someone out of test attempts first the one that lets them go
	 * on (an extra attempt), then those of every feature (extend, defer, exempt, remind).
	 */
	private FlexLayout buttons(ReportRow row) {
		FlexLayout buttons = new FlexLayout();
		buttons.addClassName("ao-buttons");
		if (row.attemptsUsedUp() && SignedIn.hasAnyRole(Role.HR, Role.ADMIN) && !SignedIn.isMe(row.employeeId())) {
			Button extra = new Button(getTranslation("assignments.extra-attempt"), click -> {
				assessment.grantExtraAttempt(row.employeeId(), row.courseId());
				done(getTranslation("action.extra-attempt-done", row.displayName()));
			});
			extra.setId("extra-attempt-" + row.employeeId());
			extra.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
			buttons.add(extra);
		}
		actions.forEach(bean -> bean.of(row.employeeId(), row.courseId(), this::done).forEach(buttons::add));
		return buttons;
	}

	/**
	 * Why this person is in the list: "12 dagen te laat", "nog 5 dagen", "Pogingen op"
	 * (every test attempt used without passing).
	 */
	private Component urgency(ReportRow row) {
		Span status = new Span(ReportTexts.status(this, row.status()));
		status.addClassNames("ao-badge", "ao-status-" + row.status().name().toLowerCase(Locale.ROOT));
		Span detail = new Span();
		if (row.attemptsUsedUp()) {
			Span usedUp = new Span(getTranslation("action.need.ATTEMPTS"));
			usedUp.addClassNames("ao-badge", "ao-status-attempts");
			usedUp.setTitle(getTranslation("action.attempts.title"));
			detail.add(usedUp, new Span(" "));
		}
		if (row.dueOn() != null) {
			long days = ChronoUnit.DAYS.between(reporting.today(), row.dueOn());
			detail.add(new Span(
					days < 0 ? getTranslation("action.days-late", -days) : getTranslation("action.days-left", days)));
		}
		Span both = new Span(status, new Span(" "), detail);
		// a reminder by mail goes to the manager: the contact list helps reach them
		ReportTexts.markNoEmail(both, row, "action.no-email.title");
		return both;
	}

	/**
	 * The download of the list's people with their e-mail address and manager (audited by
	 * the service), with what it holds and why.
	 */
	private Div contacts() {
		Anchor download = new Anchor((DownloadEvent event) -> {
			Locale locale = event.getUI() == null ? Locale.forLanguageTag("nl") : event.getUI().getLocale();
			event.setFileName("contactlijst-" + filter.courseId() + ".csv");
			event.setContentType("text/csv; charset=UTF-8");
			ReportFilter list = actionFilter();
			try (java.io.OutputStream out = event.getOutputStream()) {
				reporting.exportContacts(list, locale, out);
			}
		}, getTranslation("action.contacts"));
		download.setId("action-contacts");
		download.addClassName("ao-button-link");
		Paragraph help = new Paragraph(getTranslation("action.contacts.help"));
		help.setId("action-contacts-help");
		help.addClassName("ao-help");
		return new Div(download, help);
	}

	/** Per department: share done, late, at risk, and the deadline ahead. */
	private NativeTable table(Dashboard dashboard, Map<String, LocalDate> deadlines) {
		NativeTable table = new NativeTable();
		table.addClassName("ao-report-table");
		table.setId("overview-table");
		table.getElement().setAttribute("tabindex", "0");
		NativeTableCaption caption = new NativeTableCaption();
		caption.setText(getTranslation("action.overview.caption", reporting.dueSoonDays(filter.courseId())));
		table.add(caption);
		NativeTableHeader head = new NativeTableHeader();
		NativeTableRow header = new NativeTableRow();
		for (String key : List.of("reports.column.department", "action.overview.done", "action.overview.late",
				"action.overview.at-risk", "action.overview.deadline")) {
			NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
			cell.getElement().setAttribute("scope", "col");
			header.add(cell);
		}
		head.add(header);
		table.add(head);
		NativeTableBody body = new NativeTableBody();
		List<LocalDate> all = new ArrayList<>(deadlines.values());
		for (Dashboard.DepartmentFigures department : dashboard.departments()) {
			body.add(row(department.name(), department.figures(), deadlines.get(department.code()), false));
		}
		body.add(row(getTranslation("reports.overall"), dashboard.overall(),
				all.stream().min(LocalDate::compareTo).orElse(null), true));
		table.add(body);
		return table;
	}

	private NativeTableRow row(String label, Dashboard.Figures figures, LocalDate deadline, boolean total) {
		NativeTableRow row = new NativeTableRow();
		NativeTableHeaderCell name = new NativeTableHeaderCell(label);
		name.getElement().setAttribute("scope", "row");
		row.add(name);
		long late = figures.count(AssignmentStatus.OVERDUE) + figures.count(AssignmentStatus.EXPIRED);
		row.add(new NativeTableCell(share(figures, figures.count(AssignmentStatus.COMPLETED))),
				new NativeTableCell(share(figures, late)),
				new NativeTableCell(share(figures, figures.count(AssignmentStatus.DUE_SOON))),
				new NativeTableCell(deadline == null ? "–" : Dates.day(deadline, locale())));
		if (total) {
			row.addClassName("ao-report-total");
		}
		return row;
	}

	private String share(Dashboard.Figures figures, long count) {
		return getTranslation("action.share", figures.percentOfCounted(count), count);
	}

	private Locale locale() {
		return getLocale();
	}

}

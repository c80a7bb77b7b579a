package nl.ambtenaaronline.training.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.reporting.Dashboard;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.shared.Dates;
import org.jspecify.annotations.Nullable;

/**
 * Shared pieces of the reporting screens: dates, sorting, the figures, the bars and the
 * cards.
 */
final class ReportTexts {

	private ReportTexts() {
	}

	static String date(@Nullable LocalDate date, Locale locale) {
		return Dates.day(date, locale);
	}

	static String status(Component component, AssignmentStatus status) {
		return component.getTranslation("status." + status.name());
	}

	/**
	 * A person's status; a deferral says until when (its due date alone read as everyone
	 * else's).
	 */
	static String status(Component component, ReportRow row, Locale locale) {
		return row.status() == AssignmentStatus.DEFERRED && row.deferredUntil() != null
				? component.getTranslation("reports.status.deferred-until", date(row.deferredUntil(), locale))
				: status(component, row.status());
	}

	/** The sortable status, due date and valid-until columns both people grids show. */
	static void statusColumns(Grid<ReportRow> grid, Component view, Locale locale) {
		// someone not employed today is listed only when asked for: "left" or "starts",
		// not a status that calls for action
		grid.addColumn(row -> row.leftOn() != null
				? view.getTranslation("reports.status.left", date(row.leftOn(), locale))
				: row.startsOn() != null ? view.getTranslation("reports.status.starts", date(row.startsOn(), locale))
						: status(view, row, locale))
			.setHeader(view.getTranslation("reports.column.status"))
			.setSortProperty("status");
		grid.addColumn(row -> dueShown(row) ? date(row.dueOn(), locale) : "")
			.setHeader(view.getTranslation("reports.column.due"))
			.setSortProperty("due");
		grid.addColumn(row -> date(row.validUntil(), locale))
			.setHeader(view.getTranslation("reports.column.valid"))
			.setSortProperty("valid");
	}

	/** The grid's sort orders as the service's; unknown properties are ignored. */
	static List<ReportSort> sort(List<QuerySortOrder> orders) {
		return orders.stream()
			.map(order -> new ReportSort(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
			.toList();
	}

	/**
	 * The figures as a table (the text alternative of the bars): per department a row
	 * with the count and share per status, and the total.
	 */
	static NativeTable table(Component view, Dashboard dashboard) {
		NativeTable table = new NativeTable();
		table.addClassName("ao-report-table");
		table.setId("report-figures");
		// it scrolls sideways on a narrow screen: reachable by keyboard
		table.getElement().setAttribute("tabindex", "0");
		NativeTableCaption caption = new NativeTableCaption();
		caption.setText(view.getTranslation("reports.figures.caption"));
		table.add(caption);
		NativeTableHeader head = new NativeTableHeader();
		NativeTableRow header = new NativeTableRow();
		header.add(headerCell(view.getTranslation("reports.column.department")));
		for (AssignmentStatus status : AssignmentStatus.values()) {
			header.add(headerCell(status(view, status)));
		}
		header.add(headerCell(view.getTranslation("reports.counted")));
		header.add(headerCell(view.getTranslation("reports.total")));
		head.add(header);
		table.add(head);
		NativeTableBody body = new NativeTableBody();
		for (Dashboard.DepartmentFigures department : dashboard.departments()) {
			body.add(row(view, department.name(), department.figures(), false));
		}
		body.add(row(view, view.getTranslation("reports.overall"), dashboard.overall(), true));
		table.add(body);
		return table;
	}

	/**
	 * Per department a stacked bar of the statuses, drawn with plain elements; hidden
	 * from screen readers, which read the table instead.
	 */
	static Div bars(Component view, Dashboard dashboard) {
		Div chart = new Div();
		chart.addClassName("ao-report-bars");
		chart.setId("report-bars");
		chart.getElement().setAttribute("aria-hidden", "true");
		for (Dashboard.DepartmentFigures department : dashboard.departments()) {
			chart.add(bar(view, department.name(), department.figures()));
		}
		Div legend = new Div();
		legend.addClassName("ao-report-legend");
		for (AssignmentStatus status : AssignmentStatus.values()) {
			Span swatch = new Span();
			swatch.addClassNames("ao-report-swatch", "ao-status-" + status.name().toLowerCase(Locale.ROOT));
			legend.add(new Span(swatch, new Span(status(view, status))));
		}
		chart.add(legend);
		return chart;
	}

	private static Div bar(Component view, String label, Dashboard.Figures figures) {
		Div line = new Div();
		line.addClassName("ao-report-bar-line");
		Span name = new Span(label + " (" + figures.total() + ")");
		name.addClassName("ao-report-bar-label");
		Div bar = new Div();
		bar.addClassName("ao-report-bar");
		for (AssignmentStatus status : AssignmentStatus.values()) {
			long count = figures.count(status);
			if (count == 0) {
				continue;
			}
			Div part = new Div();
			part.addClassNames("ao-report-part", "ao-status-" + status.name().toLowerCase(Locale.ROOT));
			part.getStyle().set("width", (count * 100.0 / figures.total()) + "%");
			part.setTitle(status(view, status) + ": " + count);
			bar.add(part);
		}
		line.add(name, bar);
		return line;
	}

	private static NativeTableRow row(Component view, String label, Dashboard.Figures figures, boolean total) {
		NativeTableRow row = new NativeTableRow();
		NativeTableHeaderCell name = headerCell(label);
		name.getElement().setAttribute("scope", "row");
		row.add(name);
		for (AssignmentStatus status : AssignmentStatus.values()) {
			// a share only of who counts; the others by number
			row.add(new NativeTableCell(!status.counted() ? Long.toString(figures.count(status))
					: view.getTranslation("reports.count-percent", figures.count(status), figures.percent(status))));
		}
		row.add(new NativeTableCell(Long.toString(figures.counted())));
		row.add(new NativeTableCell(Long.toString(figures.total())));
		if (total) {
			row.addClassName("ao-report-total");
		}
		return row;
	}

	private static NativeTableHeaderCell headerCell(String text) {
		NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
		cell.getElement().setAttribute("scope", "col");
		return cell;
	}

	/**
	 * A person as a card on a phone, where the grid is hidden: the name, a badge, one
	 * line of facts and the same actions as the grid's row. The grid's buttons carry the
	 * ids; a card's get their own ({@code card-} before them).
	 */
	/**
	 * Whether the row's due date means something to act on: not for someone who is done
	 * (the date is that of the next round, the certificate's end) or exempted.
	 */
	static boolean dueShown(ReportRow row) {
		return row.dueOn() != null && row.status() != AssignmentStatus.COMPLETED
				&& row.status() != AssignmentStatus.EXEMPT;
	}

	/**
	 * The date that matters on a card: the due date, or for someone who is done until
	 * when the certificate is valid; "–" when neither applies.
	 */
	static String cardDate(Component view, ReportRow row, Locale locale) {
		if (row.status() == AssignmentStatus.COMPLETED && row.validUntil() != null) {
			return view.getTranslation("reports.card.valid-until", date(row.validUntil(), locale));
		}
		return dueShown(row) ? view.getTranslation("reports.card.due", date(row.dueOn(), locale)) : "–";
	}

	static Div card(Component name, Component badge, String facts, FlexLayout buttons, boolean mustAct) {
		Div card = new Div();
		card.addClassName("ao-card");
		if (mustAct) {
			card.addClassName("ao-must-act");
		}
		name.addClassName("ao-card-title");
		buttons.getChildren().forEach(button -> button.getId().ifPresent(id -> button.setId("card-" + id)));
		card.add(name, badge, new Paragraph(facts), buttons);
		return card;
	}

	/**
	 * Adds the mark "geen e-mailadres" to {@code marks} when the row's person has no
	 * address, with what that means for reminders as its title.
	 */
	static void markNoEmail(Span marks, ReportRow row, String titleKey) {
		if (!row.hasEmail()) {
			Span noEmail = new Span(marks.getTranslation("action.no-email"));
			noEmail.addClassNames("ao-badge", "ao-no-email");
			noEmail.setTitle(marks.getTranslation(titleKey));
			marks.add(new Span(" "), noEmail);
		}
	}

}

package nl.ambtenaaronline.training.reporting.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.ambtenaaronline.training.reporting.CompletionTrend;
import org.jspecify.annotations.Nullable;

/**
 * The completion trend on the dashboard: the SVG drawn on the server (one image with a
 * title and a description), a legend in text and the figures as a table, its text
 * alternative.
 */
class CompletionTrendChart extends Div {

	/**
	 * @param otherFilters whether the report's filter narrows beyond the course and the
	 * department: the chart does not follow that, and says so where it is seen
	 */
	CompletionTrendChart(CompletionTrend trend, boolean otherFilters) {
		setId("report-trend");
		addClassName("ao-trend");
		add(new H2(getTranslation("reports.trend.title")), new Paragraph(getTranslation("reports.trend.intro")));
		if (otherFilters) {
			Paragraph scope = new Paragraph(getTranslation("reports.trend.other-filters"));
			scope.setId("report-trend-scope");
			scope.addClassName("ao-notice");
			add(scope);
		}
		if (trend.empty()) {
			Paragraph empty = new Paragraph(getTranslation("reports.trend.empty"));
			empty.setId("report-trend-empty");
			add(empty);
			return;
		}
		Locale locale = getLocale();
		String department = trend.departmentName();
		Html chart = new Html(
				"<div class=\"ao-trend-chart\">" + TrendSvg.svg(trend, getTranslation("reports.trend.chart"),
						description(trend, locale), week -> getTranslation("reports.trend.week-label", week),
						getTranslation("reports.trend.due-label")) + "</div>");
		UnorderedList legend = new UnorderedList(
				legend("ao-trend-key-overall", getTranslation("reports.trend.legend.overall")));
		if (department != null) {
			legend
				.add(legend("ao-trend-key-department", getTranslation("reports.trend.legend.department", department)));
		}
		if (trend.dueOn() != null) {
			legend.add(legend("ao-trend-key-due",
					getTranslation("reports.trend.legend.due", ReportTexts.date(trend.dueOn(), locale))));
		}
		legend.addClassName("ao-trend-legend");
		add(chart, legend, table(trend, locale));
	}

	private static ListItem legend(String key, String text) {
		Span swatch = new Span();
		swatch.addClassNames("ao-trend-key", key);
		swatch.getElement().setAttribute("aria-hidden", "true");
		return new ListItem(swatch, new Span(text));
	}

	/** Where each line starts and ends, and the due date, in words. */
	private String description(CompletionTrend trend, Locale locale) {
		StringBuilder text = new StringBuilder();
		List<CompletionTrend.Week> measured = trend.weeks().stream().filter(week -> !week.ahead()).toList();
		CompletionTrend.Week first = measured.getFirst();
		CompletionTrend.Week last = measured.getLast();
		text.append(getTranslation("reports.trend.desc", getTranslation("reports.overall"), first.overall().percent(),
				first.isoWeek(), last.overall().percent(), last.isoWeek()));
		if (trend.departmentName() != null && first.department() != null && last.department() != null) {
			text.append(' ')
				.append(getTranslation("reports.trend.desc", trend.departmentName(), first.department().percent(),
						first.isoWeek(), last.department().percent(), last.isoWeek()));
		}
		text.append(' ');
		text.append(trend.dueOn() == null ? getTranslation("reports.trend.desc.no-due")
				: getTranslation("reports.trend.desc.due", ReportTexts.date(trend.dueOn(), locale)));
		return text.toString();
	}

	private NativeTable table(CompletionTrend trend, Locale locale) {
		NativeTable table = new NativeTable();
		table.setId("report-trend-figures");
		table.addClassName("ao-report-table");
		// it scrolls sideways on a narrow screen: reachable by keyboard
		table.getElement().setAttribute("tabindex", "0");
		NativeTableCaption caption = new NativeTableCaption();
		caption.setText(getTranslation("reports.trend.caption"));
		table.add(caption);
		NativeTableRow header = new NativeTableRow(headerCell(getTranslation("reports.trend.week")),
				headerCell(getTranslation("reports.trend.as-of")), headerCell(getTranslation("reports.overall")));
		if (trend.departmentName() != null) {
			header.add(headerCell(trend.departmentName()));
		}
		table.add(new NativeTableHeader(header));
		NativeTableBody body = new NativeTableBody();
		for (CompletionTrend.Week week : trend.weeks()) {
			String label = getTranslation("reports.trend.week-label", week.isoWeek());
			if (week.contains(trend.dueOn())) {
				label += " – " + getTranslation("reports.trend.due-label");
			}
			NativeTableHeaderCell name = headerCell(label);
			name.getElement().setAttribute("scope", "row");
			NativeTableRow row = new NativeTableRow(name, new NativeTableCell(
					week.ahead() ? getTranslation("reports.trend.ahead") : ReportTexts.date(week.asOf(), locale)),
					new NativeTableCell(share(week.overall())));
			if (trend.departmentName() != null) {
				row.add(new NativeTableCell(share(week.department())));
			}
			if (week.contains(trend.dueOn())) {
				row.addClassName("ao-trend-due-week");
			}
			body.add(row);
		}
		table.add(body);
		return table;
	}

	private String share(CompletionTrend.@Nullable Share share) {
		return share == null ? "–"
				: getTranslation("reports.trend.share", share.percent(), share.completed(), share.total());
	}

	private static NativeTableHeaderCell headerCell(String text) {
		NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
		cell.getElement().setAttribute("scope", "col");
		return cell;
	}

}

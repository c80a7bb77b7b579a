package nl.ambtenaaronline.training.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.reporting.CompletionTrend;
import org.jspecify.annotations.Nullable;

/**
 * The completion trend drawn as SVG on the server: a line per group (overall: solid with
 * circles; the department: dashed with squares, so colour is never the only difference),
 * the share from 0 to 100 %, a label every few weeks and the week of the due date as a
 * dotted vertical line. One image for assistive technology ({@code role="img"}, a title
 * and a description saying where each line starts and ends); the figures themselves are
 * in the table beside it.
 */
final class TrendSvg {

	static final int WIDTH = 480;

	static final int HEIGHT = 240;

	static final int LEFT = 50;

	static final int RIGHT = 12;

	static final int TOP = 20;

	static final int BOTTOM = 34;

	/** The size of the labels: about 11 px when the drawing is 330 px wide on a phone. */
	static final int LABEL_SIZE = 16;

	/** Amsterdam blue, 8.6:1 on white. */
	static final String OVERALL_COLOUR = "#004699";

	/** Dark red, 7.5:1 on white. */
	static final String DEPARTMENT_COLOUR = "#a00000";

	/** Text and axes, 16:1 on white. */
	static final String TEXT_COLOUR = "#202020";

	private TrendSvg() {
	}

	/**
	 * The drawing.
	 * @param title the image's name
	 * @param description what it shows in words
	 * @param weekLabel the label of a week number, e.g. "wk 45"
	 * @param dueLabel the label of the due-date line
	 */
	static String svg(CompletionTrend trend, String title, String description,
			java.util.function.IntFunction<String> weekLabel, String dueLabel) {
		List<CompletionTrend.Week> weeks = trend.weeks();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"100%\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" focusable=\"false\"")
			.append(" font-family=\"inherit\" id=\"trend-svg\">");
		svg.append("<title id=\"trend-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"trend-desc\">").append(escape(description)).append("</desc>");
		// the share axis: lines at 0, 25, 50, 75 and 100 %, labels at 0, 50 and 100 %
		for (int percent = 0; percent <= 100; percent += 25) {
			double y = y(percent);
			svg.append(line(LEFT, y, WIDTH - RIGHT, y, percent == 0 ? TEXT_COLOUR : "#c8c8c8", 1, null));
			if (percent % 50 == 0) {
				svg.append(text(LEFT - 6, y + 5, "end", percent + "%", LABEL_SIZE));
			}
		}
		svg.append(line(LEFT, TOP, LEFT, y(0), TEXT_COLOUR, 1, null));
		int step = weeks.size() > 16 ? 4 : weeks.size() > 8 ? 2 : 1;
		int due = -1;
		for (int i = 0; i < weeks.size(); i++) {
			if (weeks.get(i).contains(trend.dueOn())) {
				due = i;
			}
		}
		for (int i = 0; i < weeks.size(); i++) {
			// every few weeks a label, and the due date's week (its neighbours then not)
			boolean label = i == due || (i % step == 0 && (due < 0 || Math.abs(i - due) >= step));
			if (label) {
				svg.append(text(x(i, weeks.size()), HEIGHT - 10, "middle", weekLabel.apply(weeks.get(i).isoWeek()),
						LABEL_SIZE));
			}
		}
		if (due >= 0) {
			double x = x(due, weeks.size());
			svg.append(line(x, TOP, x, y(0), TEXT_COLOUR, 2, "2 4"));
			svg.append(text(Math.min(x, WIDTH - RIGHT - 2), TOP - 6, x > WIDTH - 90 ? "end" : "middle", dueLabel,
					LABEL_SIZE));
		}
		svg.append(series(weeks, true, OVERALL_COLOUR, null, "trend-overall"));
		if (trend.departmentCode() != null) {
			svg.append(series(weeks, false, DEPARTMENT_COLOUR, "8 5", "trend-department"));
		}
		return svg.append("</svg>").toString();
	}

	/** One line with its markers: circles overall, squares for the department. */
	private static String series(List<CompletionTrend.Week> weeks, boolean overall, String colour,
			@Nullable String dashes, String id) {
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < weeks.size(); i++) {
			CompletionTrend.Share share = overall ? weeks.get(i).overall() : weeks.get(i).department();
			if (share != null && share.total() > 0) {
				points.add(new double[] { x(i, weeks.size()), y(share.percent()) });
			}
		}
		StringBuilder group = new StringBuilder("<g id=\"").append(id).append("\">");
		if (points.size() > 1) {
			group.append("<polyline fill=\"none\" stroke=\"")
				.append(colour)
				.append("\" stroke-width=\"3\" stroke-linejoin=\"round\"");
			if (dashes != null) {
				group.append(" stroke-dasharray=\"").append(dashes).append('"');
			}
			group.append(" points=\"");
			for (double[] point : points) {
				group.append(number(point[0])).append(',').append(number(point[1])).append(' ');
			}
			group.append("\"/>");
		}
		for (double[] point : points) {
			if (overall) {
				group.append("<circle cx=\"")
					.append(number(point[0]))
					.append("\" cy=\"")
					.append(number(point[1]))
					.append("\" r=\"4\" fill=\"")
					.append(colour)
					.append("\"/>");
			}
			else {
				group.append("<rect x=\"")
					.append(number(point[0] - 4))
					.append("\" y=\"")
					.append(number(point[1] - 4))
					.append("\" width=\"8\" height=\"8\" fill=\"")
					.append(colour)
					.append("\"/>");
			}
		}
		return group.append("</g>").toString();
	}

	/** The horizontal position of week i of n. */
	static double x(int i, int n) {
		double width = WIDTH - LEFT - RIGHT - 16;
		return LEFT + 8 + (n <= 1 ? width / 2 : width * i / (n - 1));
	}

	/** The vertical position of a share in percent. */
	static double y(long percent) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - percent / 100.0);
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, int width,
			@Nullable String dashes) {
		return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
				+ "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
				+ (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"") + "/>";
	}

	private static String text(double x, double y, String anchor, String content, int size) {
		return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\" font-size=\""
				+ size + "\" fill=\"" + TEXT_COLOUR + "\">" + escape(content) + "</text>";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}

package nl.ambtenaaronline.training.reporting.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.reporting.CompletionTrend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendSvgTest {

	/** Fourteen weeks from week 38; the due date in the last one, week 51. */
	static CompletionTrend trend(String department) {
		List<CompletionTrend.Week> weeks = new ArrayList<>();
		LocalDate monday = LocalDate.of(2026, 9, 14);
		for (int i = 0; i < 14; i++) {
			boolean ahead = i >= 12;
			CompletionTrend.Share share = ahead ? null : new CompletionTrend.Share(i * 5L, 100);
			weeks.add(new CompletionTrend.Week(38 + i, monday.plusWeeks(i),
					ahead ? null : monday.plusWeeks(i).plusDays(6), share,
					department == null || ahead ? null : new CompletionTrend.Share(i * 3L, 20)));
		}
		return new CompletionTrend("c", department, department == null ? null : "Afdeling <A>",
				LocalDate.of(2026, 12, 16), weeks);
	}

	static String svg(CompletionTrend trend) {
		return TrendSvg.svg(trend, "Verloop", "Alle afdelingen: van 0% in week 38 naar 55% in week 49.",
				week -> "wk " + week, "uiterste datum");
	}

	@Test
	void anImageWithTitleAndDescriptionAPointPerMeasuredWeekAndTheDueDateLine() {
		String svg = svg(trend(null));
		assertThat(svg).startsWith("<svg")
			.contains("role=\"img\"", "aria-labelledby=\"trend-title trend-desc\"",
					"<title id=\"trend-title\">Verloop</title>",
					"<desc id=\"trend-desc\">Alle afdelingen: van 0% in week 38 naar 55% in week 49.</desc>",
					"stroke-dasharray=\"2 4\"", ">uiterste datum</text>")
			.doesNotContain("trend-department");
		assertThat(count(svg, "<circle")).as("a point per week with figures").isEqualTo(12);
	}

	@Test
	void theDepartmentIsADashedLineWithSquaresAndItsNameIsEscaped() {
		String svg = svg(trend("A"));
		assertThat(svg).contains("id=\"trend-department\"", "stroke-dasharray=\"8 5\"");
		assertThat(count(svg, "<rect")).isEqualTo(12);
		assertThat(TrendSvg.escape("Afdeling <A> & \"B\"")).isEqualTo("Afdeling &lt;A&gt; &amp; &quot;B&quot;");
	}

	@Test
	void theWeekLabelsDoNotCrowdTheDueDatesWeek() {
		List<String> labels = new ArrayList<>();
		Matcher matcher = Pattern.compile(">(wk \\d+)</text>").matcher(svg(trend(null)));
		while (matcher.find()) {
			labels.add(matcher.group(1));
		}
		// every second week, but not week 50 right beside the due date's week 51
		assertThat(labels).containsExactly("wk 38", "wk 40", "wk 42", "wk 44", "wk 46", "wk 48", "wk 51");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}

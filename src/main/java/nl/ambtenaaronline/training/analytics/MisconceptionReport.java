package nl.ambtenaaronline.training.analytics;

import java.util.List;

/**
 * The figures of one filter: only from cells of at least {@code minGroupSize} people.
 *
 * @param rules per rule, most often wrong first
 * @param choices per scenario step and choice, in course order
 * @param leftOut whether cells within the filter were left out for being too small
 */
public record MisconceptionReport(AnalyticsFilter filter, int minGroupSize, List<RuleFigure> rules,
		List<ChoiceFigure> choices, boolean leftOut) {

	public MisconceptionReport {
		rules = List.copyOf(rules);
		choices = List.copyOf(choices);
	}

}

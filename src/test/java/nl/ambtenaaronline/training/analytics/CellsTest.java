package nl.ambtenaaronline.training.analytics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure control on a hand-computed fixture: department A has 12 people who are
 * not new hires and one new hire, who answered wrong; department B has 9 people.
 */
class CellsTest {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	static final YearMonth APRIL = YearMonth.of(2026, 4);

	/**
	 * Rule R on question q1 (12 + 1 + 9 people) and scenario s1 step a (10 + 1 people).
	 */
	static final List<AnswerFactCell> RULE_CELLS = List.of(
			new AnswerFactCell("R", "QUESTION", "q1", null, null, "A", false, MARCH, 12, 3),
			new AnswerFactCell("R", "SCENARIO", "s1", "a", null, "A", false, MARCH, 10, 5),
			new AnswerFactCell("R", "QUESTION", "q1", null, null, "A", true, MARCH, 1, 1),
			new AnswerFactCell("R", "SCENARIO", "s1", "a", null, "A", true, MARCH, 1, 1),
			new AnswerFactCell("R", "QUESTION", "q1", null, null, "B", false, MARCH, 9, 0),
			// the one person of department A who answered in April
			new AnswerFactCell("R", "QUESTION", "q2", null, null, "A", false, APRIL, 1, 1));

	static final List<AnswerFactCell> CHOICE_CELLS = List.of(
			new AnswerFactCell(null, "SCENARIO", "s1", "a", 0, "A", false, MARCH, 5, 0),
			new AnswerFactCell(null, "SCENARIO", "s1", "a", 1, "A", false, MARCH, 3, 3),
			new AnswerFactCell(null, "SCENARIO", "s1", "a", 2, "A", false, MARCH, 2, 2),
			new AnswerFactCell(null, "SCENARIO", "s1", "a", 2, "A", true, MARCH, 1, 1));

	@Test
	void theRuleFiguresOfAPublishedCellAreItsSums() {
		Map<Cells.Key, Cells.Tally> rule = Cells.perRule(RULE_CELLS).get("R");
		Cells.Tally a = rule.get(new Cells.Key("A", false, MARCH));
		// 12 first answers to q1 (3 wrong) + 10 first choices at s1/a (5 wrong); at least
		// 12 people
		assertThat(a.people()).isEqualTo(12);
		assertThat(a.answers()).isEqualTo(22);
		assertThat(a.wrong()).isEqualTo(8);
		Cells.Tally all = Cells.sum(rule, AnalyticsFilter.all("c"), 10);
		assertThat(all.answers()).isEqualTo(22);
		assertThat(all.wrong()).isEqualTo(8);
	}

	@Test
	void aCellOfFewerPeopleThanTheMinimumIsLeftOutAlsoFromTheTotals() {
		Map<Cells.Key, Cells.Tally> rule = Cells.perRule(RULE_CELLS).get("R");
		AnalyticsFilter departmentB = new AnalyticsFilter("c", "B", NewHires.ALL, null, null);
		assertThat(Cells.sum(rule, departmentB, 10).answers()).isZero();
		assertThat(Cells.leftOut(rule, departmentB, 10)).isTrue();
		assertThat(Cells.sum(rule, departmentB, 9).answers()).isEqualTo(9);
		assertThat(Cells.leftOut(rule, departmentB, 9)).isFalse();
	}

	@Test
	void differencingTwoFilterCombinationsDoesNotRevealTheSingleNewHire() {
		Map<Cells.Key, Cells.Tally> rule = Cells.perRule(RULE_CELLS).get("R");
		AnalyticsFilter everyoneInA = new AnalyticsFilter("c", "A", NewHires.ALL, MARCH, MARCH);
		AnalyticsFilter withoutNewHires = new AnalyticsFilter("c", "A", NewHires.EXCLUDED, MARCH, MARCH);
		AnalyticsFilter onlyNewHires = new AnalyticsFilter("c", "A", NewHires.ONLY, MARCH, MARCH);
		// without protection the difference would be the new hire's two wrong answers
		long rawAll = RULE_CELLS.stream()
			.filter(c -> c.departmentCode().equals("A") && c.month().equals(MARCH))
			.mapToLong(AnswerFactCell::wrong)
			.sum();
		long rawWithout = RULE_CELLS.stream()
			.filter(c -> c.departmentCode().equals("A") && c.month().equals(MARCH) && !c.newHire())
			.mapToLong(AnswerFactCell::wrong)
			.sum();
		assertThat(rawAll - rawWithout).isEqualTo(2);
		// with it, both filters give the same figures, and the new hires alone give none
		Cells.Tally all = Cells.sum(rule, everyoneInA, 10);
		Cells.Tally without = Cells.sum(rule, withoutNewHires, 10);
		assertThat(all).isEqualTo(without);
		assertThat(Cells.sum(rule, onlyNewHires, 10).answers()).isZero();
		// the same for the choices at the step
		Map<Cells.Key, Cells.Tally> step = Cells.perStep(CHOICE_CELLS).get("s1/a");
		assertThat(Cells.sum(step, everyoneInA, 10)).isEqualTo(Cells.sum(step, withoutNewHires, 10));
		assertThat(Cells.sum(step, everyoneInA, 10).choices()).containsExactly(Map.entry(0, 5L), Map.entry(1, 3L),
				Map.entry(2, 2L));
	}

	@Test
	void differencingTwoPeriodsDoesNotRevealTheOnePersonOfAMonth() {
		Map<Cells.Key, Cells.Tally> rule = Cells.perRule(RULE_CELLS).get("R");
		AnalyticsFilter march = new AnalyticsFilter("c", "A", NewHires.ALL, MARCH, MARCH);
		AnalyticsFilter marchAndApril = new AnalyticsFilter("c", "A", NewHires.ALL, MARCH, APRIL);
		assertThat(Cells.sum(rule, marchAndApril, 10)).isEqualTo(Cells.sum(rule, march, 10));
		AnalyticsFilter allDepartmentsMarchAndApril = new AnalyticsFilter("c", null, NewHires.ALL, MARCH, APRIL);
		AnalyticsFilter onlyB = new AnalyticsFilter("c", "B", NewHires.ALL, MARCH, APRIL);
		// "all" minus "all but one group" is never a suppressed cell
		assertThat(Cells.sum(rule, allDepartmentsMarchAndApril, 10).answers() - Cells.sum(rule, march, 10).answers())
			.isEqualTo(Cells.sum(rule, onlyB, 10).answers())
			.isZero();
	}

	@Test
	void theStepCountsEachChoiceOncePerPerson() {
		Map<Cells.Key, Cells.Tally> step = Cells.perStep(CHOICE_CELLS).get("s1/a");
		Cells.Tally a = step.get(new Cells.Key("A", false, MARCH));
		assertThat(a.people()).isEqualTo(10);
		assertThat(step.get(new Cells.Key("A", true, MARCH)).published(10)).isFalse();
	}

}

package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;
import java.util.List;

import nl.ambtenaaronline.training.reporting.TrendRules.Fact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendRulesTest {

	/** A Wednesday. */
	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static final LocalDate DUE = LocalDate.of(2026, 12, 20);

	static final List<Fact> FACTS = List.of(
			// completed on 5 October, valid for two years
			new Fact("A", false, false, null, LocalDate.of(2026, 10, 5), LocalDate.of(2028, 10, 5), null),
			// completed yesterday
			new Fact("A", false, false, null, LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1), null),
			// an old completion that expired on 20 October; the refresher is open
			new Fact("A", true, false, DUE, LocalDate.of(2024, 10, 20), LocalDate.of(2026, 10, 20), null),
			// must still do it
			new Fact("A", true, false, DUE, null, null, null), new Fact("B", true, false, DUE, null, null, null),
			new Fact("B", true, false, LocalDate.of(2026, 12, 4), null, null, null),
			// not counted: exempted, and nothing assigned nor done
			new Fact("A", true, true, LocalDate.of(2026, 12, 4), null, null, null),
			new Fact("B", false, false, null, null, null, null));

	@Test
	void eachWeekShowsTheShareCompletedWithAValidCompletionAtItsEndOverallAndForTheDepartment() {
		CompletionTrend trend = TrendRules.trend("c", FACTS, TODAY, "A", "Afdeling A");

		assertThat(trend.dueOn()).isEqualTo(DUE);
		assertThat(trend.weeks()).hasSize(14);
		CompletionTrend.Week first = trend.weeks().getFirst();
		assertThat(first.monday()).isEqualTo(LocalDate.of(2026, 9, 14));
		assertThat(first.isoWeek()).isEqualTo(38);
		assertThat(first.asOf()).isEqualTo(LocalDate.of(2026, 9, 20));
		// only the completion that expired later counted then
		assertThat(first.overall()).isEqualTo(new CompletionTrend.Share(1, 6));
		assertThat(first.department()).isEqualTo(new CompletionTrend.Share(1, 4));

		CompletionTrend.Week october5 = week(trend, LocalDate.of(2026, 10, 5));
		assertThat(october5.asOf()).isEqualTo(LocalDate.of(2026, 10, 11));
		assertThat(october5.overall()).isEqualTo(new CompletionTrend.Share(2, 6));
		assertThat(october5.department().percent()).isEqualTo(50);

		// the old completion no longer valid at the end of the week of 19 October
		assertThat(week(trend, LocalDate.of(2026, 10, 19)).overall()).isEqualTo(new CompletionTrend.Share(1, 6));

		CompletionTrend.Week current = week(trend, LocalDate.of(2026, 11, 30));
		assertThat(current.asOf()).as("the current week: as of today").isEqualTo(TODAY);
		assertThat(current.overall()).isEqualTo(new CompletionTrend.Share(2, 6));
		assertThat(current.overall().percent()).isEqualTo(33);
		assertThat(current.department()).isEqualTo(new CompletionTrend.Share(2, 4));

		CompletionTrend.Week ahead = trend.weeks().getLast();
		assertThat(ahead.monday()).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(ahead.ahead()).isTrue();
		assertThat(ahead.overall()).isNull();
		assertThat(ahead.contains(DUE)).as("the due date's week is the last").isTrue();
	}

	@Test
	void eachWeekCountsWhoWasEmployedThenNotWhoLeftBeforeOrStartedAfter() {
		List<Fact> facts = List.of(
				// completed in 2025, left on 10 October: counted until that week, not
				// after
				new Fact("A", false, false, null, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1), null,
						LocalDate.of(2015, 1, 1), LocalDate.of(2026, 10, 10)),
				// still to do it, employed all along
				new Fact("A", true, false, DUE, null, null, null, LocalDate.of(2015, 1, 1), null),
				// starts next week with the new-hire assignment already open: not counted
				// yet,
				// and their due date is not the trend's
				new Fact("A", true, false, LocalDate.of(2027, 1, 7), null, null, null, LocalDate.of(2026, 12, 8),
						null));
		CompletionTrend trend = TrendRules.trend("c", facts, TODAY, null, null);
		assertThat(week(trend, LocalDate.of(2026, 9, 28)).overall()).isEqualTo(new CompletionTrend.Share(1, 2));
		assertThat(week(trend, LocalDate.of(2026, 10, 5)).overall()).isEqualTo(new CompletionTrend.Share(0, 1));
		assertThat(week(trend, LocalDate.of(2026, 11, 30)).overall()).isEqualTo(new CompletionTrend.Share(0, 1));
		assertThat(trend.dueOn()).isEqualTo(DUE);
	}

	@Test
	void withoutADepartmentThereIsOnlyTheOverallShare() {
		CompletionTrend trend = TrendRules.trend("c", FACTS, TODAY, null, null);
		assertThat(trend.weeks()).allSatisfy(week -> assertThat(week.department()).isNull());
		assertThat(week(trend, LocalDate.of(2026, 11, 30)).overall()).isEqualTo(new CompletionTrend.Share(2, 6));
	}

	@Test
	void theDueDateIsTheOneMostPeopleHaveAheadEarliestOfEquals() {
		assertThat(TrendRules.dueDate(FACTS, TODAY)).isEqualTo(DUE);
		List<Fact> tie = List.of(new Fact("A", true, false, LocalDate.of(2026, 12, 20), null, null, null),
				new Fact("A", true, false, LocalDate.of(2026, 12, 10), null, null, null),
				// past due dates and exemptions do not count
				new Fact("A", true, false, LocalDate.of(2026, 11, 1), null, null, null),
				new Fact("A", true, false, LocalDate.of(2026, 11, 1), null, null, null),
				new Fact("A", true, true, LocalDate.of(2026, 12, 24), null, null, null),
				new Fact("A", true, true, LocalDate.of(2026, 12, 24), null, null, null));
		assertThat(TrendRules.dueDate(tie, TODAY)).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(
				TrendRules.dueDate(List.of(new Fact("A", false, false, null, TODAY, TODAY.plusYears(2), null)), TODAY))
			.isNull();
	}

	@Test
	void withoutADueDateAheadTheTrendEndsThisWeekAndAFarDueDateIsCutAtTwelveWeeks() {
		CompletionTrend none = TrendRules.trend("c",
				List.of(new Fact("A", false, false, null, TODAY, TODAY.plusYears(2), null)), TODAY, null, null);
		assertThat(none.weeks()).hasSize(12);
		assertThat(none.weeks().getLast().monday()).isEqualTo(LocalDate.of(2026, 11, 30));

		CompletionTrend far = TrendRules.trend("c",
				List.of(new Fact("A", true, false, TODAY.plusYears(1), null, null, null)), TODAY, null, null);
		assertThat(far.weeks()).hasSize(24);
		assertThat(far.weeks().getLast().contains(far.dueOn())).isFalse();
	}

	@Test
	void nobodyToCountIsAnEmptyTrend() {
		CompletionTrend trend = TrendRules.trend("c", List.of(new Fact("A", true, true, DUE, null, null, null)), TODAY,
				null, null);
		assertThat(trend.empty()).isTrue();
		assertThat(TrendRules.trend("c", FACTS, TODAY, null, null).empty()).isFalse();
	}

	@Test
	void someoneDeferredDoesNotCountWhileDeferredAsInASnapshotAndCountsAgainAfterwards() {
		List<Fact> facts = List.of(
				new Fact("A", false, false, null, LocalDate.of(2026, 10, 5), LocalDate.of(2028, 10, 5), null),
				new Fact("A", true, false, DUE, null, null, null),
				// deferred until 15 November: counted in the weeks after it only
				new Fact("A", true, false, DUE, null, null, LocalDate.of(2026, 11, 15)),
				// deferred until after today: not counted now
				new Fact("A", true, false, DUE, null, null, LocalDate.of(2027, 3, 1)));
		CompletionTrend trend = TrendRules.trend("c", facts, TODAY, null, null);

		assertThat(week(trend, LocalDate.of(2026, 11, 9)).overall()).as("both deferred on its Sunday, 15 November")
			.isEqualTo(new CompletionTrend.Share(1, 2));
		assertThat(week(trend, LocalDate.of(2026, 11, 16)).overall()).isEqualTo(new CompletionTrend.Share(1, 3));
		assertThat(week(trend, LocalDate.of(2026, 11, 30)).overall()).as("today: one still deferred")
			.isEqualTo(new CompletionTrend.Share(1, 3));
	}

	private static CompletionTrend.Week week(CompletionTrend trend, LocalDate monday) {
		return trend.weeks().stream().filter(week -> week.monday().equals(monday)).findFirst().orElseThrow();
	}

}

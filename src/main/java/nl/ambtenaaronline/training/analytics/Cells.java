package nl.ambtenaaronline.training.analytics;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disclosure control of analytics, as pure functions. Every figure is built from base
 * cells — one department, new hires or not, one month — and a base cell is published only
 * when at least {@code k} people are in it. A figure for any filter is the sum of the
 * published base cells it covers, never of all of them, so no two filters differ by an
 * unpublished cell: differencing "all" and "all but one group", or two periods, gives at
 * most a sum of published cells, each of at least {@code k} people. That is complementary
 * suppression taken to its end: no total contains a suppressed cell, so none can be
 * derived.
 */
final class Cells {

	/** A base cell. */
	record Key(String departmentCode, boolean newHire, YearMonth month) {
	}

	/**
	 * What a base cell holds for one rule or one scenario step.
	 *
	 * @param people a lower bound of the distinct people in it: the most first answers to
	 * any one item (each person gives at most one first answer per item)
	 */
	record Tally(long people, long answers, long wrong, Map<Integer, Long> choices) {

		boolean published(int k) {
			return people >= k;
		}

	}

	private Cells() {
	}

	/** Per rule, per base cell. */
	static Map<String, Map<Key, Tally>> perRule(List<AnswerFactCell> cells) {
		Map<String, Map<Key, Map<String, long[]>>> items = new TreeMap<>();
		for (AnswerFactCell cell : cells) {
			if (cell.ruleId() == null) {
				continue;
			}
			long[] tally = items.computeIfAbsent(cell.ruleId(), rule -> new HashMap<>())
				.computeIfAbsent(key(cell), key -> new HashMap<>())
				.computeIfAbsent(cell.source() + "/" + cell.itemId() + "/" + cell.stepId(), item -> new long[2]);
			tally[0] += cell.answers();
			tally[1] += cell.wrong();
		}
		Map<String, Map<Key, Tally>> rules = new TreeMap<>();
		items.forEach((rule, byKey) -> byKey.forEach((key, byItem) -> {
			long people = byItem.values().stream().mapToLong(tally -> tally[0]).max().orElse(0);
			long answers = byItem.values().stream().mapToLong(tally -> tally[0]).sum();
			long wrong = byItem.values().stream().mapToLong(tally -> tally[1]).sum();
			rules.computeIfAbsent(rule, r -> new HashMap<>()).put(key, new Tally(people, answers, wrong, Map.of()));
		}));
		return rules;
	}

	/** Per scenario step ({@code scenario/step}), per base cell, the choices taken. */
	static Map<String, Map<Key, Tally>> perStep(List<AnswerFactCell> cells) {
		Map<String, Map<Key, Map<Integer, Long>>> steps = new TreeMap<>();
		for (AnswerFactCell cell : cells) {
			if (cell.choiceIndex() == null) {
				continue;
			}
			steps.computeIfAbsent(cell.itemId() + "/" + cell.stepId(), step -> new HashMap<>())
				.computeIfAbsent(key(cell), key -> new TreeMap<>())
				.merge(cell.choiceIndex(), cell.answers(), Long::sum);
		}
		Map<String, Map<Key, Tally>> tallies = new TreeMap<>();
		steps.forEach((step, byKey) -> byKey.forEach((key, choices) -> {
			long people = choices.values().stream().mapToLong(Long::longValue).sum();
			tallies.computeIfAbsent(step, s -> new HashMap<>()).put(key, new Tally(people, people, 0, choices));
		}));
		return tallies;
	}

	/**
	 * The sum of the published base cells the filter covers; {@code null} when none is
	 * published.
	 */
	static Tally sum(Map<Key, Tally> cells, AnalyticsFilter filter, int k) {
		long people = 0;
		long answers = 0;
		long wrong = 0;
		Map<Integer, Long> choices = new TreeMap<>();
		for (Map.Entry<Key, Tally> cell : cells.entrySet()) {
			if (filter.covers(cell.getKey()) && cell.getValue().published(k)) {
				people += cell.getValue().people();
				answers += cell.getValue().answers();
				wrong += cell.getValue().wrong();
				cell.getValue().choices().forEach((choice, taken) -> choices.merge(choice, taken, Long::sum));
			}
		}
		return new Tally(people, answers, wrong, choices);
	}

	/** Whether the filter covers a base cell that is not published. */
	static boolean leftOut(Map<Key, Tally> cells, AnalyticsFilter filter, int k) {
		return cells.entrySet()
			.stream()
			.anyMatch(cell -> filter.covers(cell.getKey()) && !cell.getValue().published(k));
	}

	private static Key key(AnswerFactCell cell) {
		return new Key(cell.departmentCode(), cell.newHire(), cell.month());
	}

}

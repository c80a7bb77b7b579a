package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.ambtenaaronline.training.content.Yaml.Loc;

/**
 * Checks across a whole course that its items measure judgement rather than reward a
 * guess: the best choice (the highest score of a scenario step) or a correct option must
 * not be the longest text in more than {@value #MAX_LONGEST_PERCENT} % of the scenario
 * steps and single- and multiple-choice questions (per language), nor the shortest text
 * in more than {@value #MAX_SHORTEST_PERCENT} % of them, and true/false questions must
 * have "Waar" as their answer in {@value #MIN_TRUE_PERCENT}–{@value #MAX_TRUE_PERCENT} %
 * of them.
 * <p>
 * The same two length limits apply once more to the main path alone: the steps of the
 * scenarios that are not optional deepening, which every learner meets. Giveaways there
 * are diluted in the whole-course share by the deepening scenarios and the questions, so
 * they are counted on their own, per language, once the main path has at least
 * {@value #MIN_MAIN_PATH_STEPS} steps (below that a share says nothing).
 */
final class JudgementChecks {

	static final int MAX_LONGEST_PERCENT = 40;

	static final int MAX_SHORTEST_PERCENT = 40;

	static final int MIN_TRUE_PERCENT = 40;

	static final int MAX_TRUE_PERCENT = 60;

	static final int MIN_MAIN_PATH_STEPS = 5;

	private JudgementChecks() {
	}

	static void check(List<Scenario> scenarios, List<Question> questions, Problems course) {
		for (Locale language : List.of(Locale.of("nl"), Locale.ENGLISH)) {
			byLength(scenarios, questions, language, Extreme.LONGEST, course);
			byLength(scenarios, questions, language, Extreme.SHORTEST, course);
		}
		List<Scenario> mainPath = scenarios.stream().filter(scenario -> !scenario.deepening()).toList();
		if (mainPath.stream().mapToInt(scenario -> scenario.steps().size()).sum() >= MIN_MAIN_PATH_STEPS) {
			for (Locale language : List.of(Locale.of("nl"), Locale.ENGLISH)) {
				byLength(mainPath, List.of(), language, Extreme.MAIN_LONGEST, course);
				byLength(mainPath, List.of(), language, Extreme.MAIN_SHORTEST, course);
			}
		}
		trueFalse(questions, course);
	}

	/** Which end of the lengths gives the answer away. */
	private enum Extreme {

		LONGEST("content.problem.longest-is-best", MAX_LONGEST_PERCENT),

		SHORTEST("content.problem.shortest-is-best", MAX_SHORTEST_PERCENT),

		MAIN_LONGEST("content.problem.main-longest-is-best", MAX_LONGEST_PERCENT),

		MAIN_SHORTEST("content.problem.main-shortest-is-best", MAX_SHORTEST_PERCENT);

		private final String problem;

		private final int maxPercent;

		Extreme(String problem, int maxPercent) {
			this.problem = problem;
			this.maxPercent = maxPercent;
		}

		private boolean longest() {
			return this == LONGEST || this == MAIN_LONGEST;
		}

	}

	private static void byLength(List<Scenario> scenarios, List<Question> questions, Locale language, Extreme extreme,
			Problems course) {
		int items = 0;
		List<String> givenAway = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			for (ScenarioStep step : scenario.steps()) {
				items++;
				int best = step.bestScore();
				if (bestIsExtreme(step.choices(), choice -> choice.score() == best,
						choice -> choice.text().in(language), extreme)) {
					givenAway.add(scenario.id() + " " + step.id());
				}
			}
		}
		for (Question question : questions) {
			if (question.type() == QuestionType.TRUEFALSE) {
				continue;
			}
			items++;
			if (bestIsExtreme(question.options(), QuestionOption::correct, option -> option.text().in(language),
					extreme)) {
				givenAway.add(question.id());
			}
		}
		if (items > 0 && givenAway.size() * 100 > extreme.maxPercent * items) {
			course.add(Loc.FILE, extreme.problem, language.getLanguage(), givenAway.size(), items,
					givenAway.size() * 100 / items, extreme.maxPercent, String.join(", ", givenAway));
		}
	}

	/**
	 * Whether a best item is strictly longer than every other item (or, for a shortest
	 * extreme, strictly shorter).
	 */
	private static <T> boolean bestIsExtreme(List<T> items, Predicate<T> isBest, Function<T, String> text,
			Extreme extreme) {
		int longestBest = -1;
		int longestOther = -1;
		int shortestBest = Integer.MAX_VALUE;
		int shortestOther = Integer.MAX_VALUE;
		for (T item : items) {
			int length = text.apply(item).strip().length();
			if (isBest.test(item)) {
				longestBest = Math.max(longestBest, length);
				shortestBest = Math.min(shortestBest, length);
			}
			else {
				longestOther = Math.max(longestOther, length);
				shortestOther = Math.min(shortestOther, length);
			}
		}
		if (longestBest < 0 || longestOther < 0) {
			return false;
		}
		return extreme.longest() ? longestBest > longestOther : shortestBest < shortestOther;
	}

	private static void trueFalse(List<Question> questions, Problems course) {
		int total = 0;
		int waar = 0;
		for (Question question : questions) {
			if (question.type() != QuestionType.TRUEFALSE) {
				continue;
			}
			total++;
			if (question.options().stream().anyMatch(option -> option.correct() && isWaar(option))) {
				waar++;
			}
		}
		if (total == 0) {
			return;
		}
		int percent = waar * 100 / total;
		boolean inRange = waar * 100 >= MIN_TRUE_PERCENT * total && waar * 100 <= MAX_TRUE_PERCENT * total;
		// with 1 or 3 questions no split reaches the range: then the counts may differ by
		// one
		boolean balancedAsCanBe = Math.abs(waar - (total - waar)) <= 1;
		if (!inRange && !balancedAsCanBe) {
			course.add(Loc.FILE, "content.problem.truefalse-balance", total, waar, percent, MIN_TRUE_PERCENT,
					MAX_TRUE_PERCENT);
		}
	}

	private static boolean isWaar(QuestionOption option) {
		String text = option.text().nl().strip().toLowerCase(Locale.ROOT);
		return text.equals("waar") || text.equals("waar.");
	}

}

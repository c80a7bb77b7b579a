package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.ambtenaaronline.training.content.Yaml.Loc;

/**
 * Checks across a whole course that its items measure judgement rather than reward a
 * guess: the best choice (the highest score of a scenario step) or a correct option must
 * not be the longest text in more than {@value #MAX_LONGEST_PERCENT} % of the scenario
 * steps and single- and multiple-choice questions (per language), and true/false
 * questions must have "Waar" as their answer in
 * {@value #MIN_TRUE_PERCENT}–{@value #MAX_TRUE_PERCENT} % of them.
 */
final class JudgementChecks {

	static final int MAX_LONGEST_PERCENT = 40;

	static final int MIN_TRUE_PERCENT = 40;

	static final int MAX_TRUE_PERCENT = 60;

	private JudgementChecks() {
	}

	static void check(List<Scenario> scenarios, List<Question> questions, Problems course) {
		for (Locale language : List.of(Locale.of("nl"), Locale.ENGLISH)) {
			longest(scenarios, questions, language, course);
		}
		trueFalse(questions, course);
	}

	private static void longest(List<Scenario> scenarios, List<Question> questions, Locale language, Problems course) {
		int items = 0;
		List<String> givenAway = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			for (ScenarioStep step : scenario.steps()) {
				items++;
				int best = step.bestScore();
				if (longestIsBest(step.choices(), choice -> choice.score() == best,
						choice -> choice.text().in(language))) {
					givenAway.add(scenario.id() + " " + step.id());
				}
			}
		}
		for (Question question : questions) {
			if (question.type() == QuestionType.TRUEFALSE) {
				continue;
			}
			items++;
			if (longestIsBest(question.options(), QuestionOption::correct, option -> option.text().in(language))) {
				givenAway.add(question.id());
			}
		}
		if (items > 0 && givenAway.size() * 100 > MAX_LONGEST_PERCENT * items) {
			course.add(Loc.FILE, "content.problem.longest-is-best", language.getLanguage(), givenAway.size(), items,
					givenAway.size() * 100 / items, MAX_LONGEST_PERCENT, String.join(", ", givenAway));
		}
	}

	/** Whether a best item is strictly longer than every other item. */
	private static <T> boolean longestIsBest(List<T> items, java.util.function.Predicate<T> isBest,
			Function<T, String> text) {
		int longestBest = -1;
		int longestOther = -1;
		for (T item : items) {
			int length = text.apply(item).strip().length();
			if (isBest.test(item)) {
				longestBest = Math.max(longestBest, length);
			}
			else {
				longestOther = Math.max(longestOther, length);
			}
		}
		return longestBest >= 0 && longestOther >= 0 && longestBest > longestOther;
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

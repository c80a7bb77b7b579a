package nl.ambtenaaronline.training.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;

/**
 * Scoring of the final assessment as plain functions: whether an answer is right, the
 * result of an attempt from its answers, and the result per rule group as kept on the
 * attempt once retention erased the answers.
 */
final class Scoring {

	private Scoring() {
	}

	/** Right when exactly the correct options are chosen. */
	static boolean isCorrect(Question question, Set<Integer> chosen) {
		Set<Integer> expected = new HashSet<>();
		List<QuestionOption> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).correct()) {
				expected.add(i);
			}
		}
		return expected.equals(chosen);
	}

	/**
	 * The result of an attempt: the share of the drawn questions answered right (rounded
	 * down), per rule group too, passed at the course's pass mark; an unanswered question
	 * counts as wrong.
	 */
	static AttemptResult score(Course course, long attemptId, int attemptNo, List<String> draw,
			List<AttemptRow.Answer> answers) {
		return score(course::question, course.assessment().passMark(), attemptId, attemptNo, draw, answers);
	}

	/**
	 * As {@link #score(Course, long, int, List, List)}, with the questions and the pass
	 * mark given.
	 * @throws java.util.NoSuchElementException for a drawn question the lookup does not
	 * know
	 */
	static AttemptResult score(Function<String, Optional<Question>> questions, int passMark, long attemptId,
			int attemptNo, List<String> draw, List<AttemptRow.Answer> answers) {
		Map<String, Set<Integer>> byQuestion = new LinkedHashMap<>();
		answers.forEach(answer -> byQuestion.put(answer.questionId(), answer.selected()));
		Map<String, int[]> groups = new LinkedHashMap<>();
		List<AttemptResult.WrongAnswer> wrong = new ArrayList<>();
		int correct = 0;
		for (String questionId : draw) {
			Question question = questions.apply(questionId).orElseThrow();
			Set<Integer> chosen = byQuestion.getOrDefault(questionId, Set.of());
			boolean right = isCorrect(question, chosen);
			int[] tally = groups.computeIfAbsent(question.group(), group -> new int[2]);
			tally[1]++;
			if (right) {
				correct++;
				tally[0]++;
			}
			else {
				wrong.add(new AttemptResult.WrongAnswer(questionId, chosen));
			}
		}
		int total = draw.size();
		int percent = total == 0 ? 0 : correct * 100 / total;
		Map<String, Integer> groupPercent = new LinkedHashMap<>();
		groups.forEach((group, tally) -> groupPercent.put(group, tally[0] * 100 / tally[1]));
		return new AttemptResult(attemptId, attemptNo, percent, percent >= passMark, passMark, groupPercent, wrong);
	}

	/** The result per rule group as kept on an attempt: {@code group=percent;…}. */
	static String keep(Map<String, Integer> groupPercent) {
		return groupPercent.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(";"));
	}

	/** Reads what {@link #keep} wrote; parts without a group are skipped. */
	static Map<String, Integer> kept(String groupResults) {
		Map<String, Integer> groupPercent = new LinkedHashMap<>();
		for (String part : groupResults.split(";")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				groupPercent.put(part.substring(0, equals), Integer.valueOf(part.substring(equals + 1)));
			}
		}
		return groupPercent;
	}

}

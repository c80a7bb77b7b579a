package nl.ambtenaaronline.training.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A submitted attempt.
 *
 * @param groupPercent score per rule group, in percent
 * @param wrong the questions answered wrongly, with the options chosen
 */
public record AttemptResult(long attemptId, int attemptNo, int scorePercent, boolean passed, int passMark,
		Map<String, Integer> groupPercent, List<WrongAnswer> wrong) {

	public record WrongAnswer(String questionId, Set<Integer> chosen) {
	}

}

package nl.ambtenaaronline.training.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An open assessment attempt: the stored draw in its order, the current answers and the
 * question the learner was at.
 */
public record AttemptView(long attemptId, int attemptNo, List<String> questionIds, Map<String, Set<Integer>> answers,
		int position) {
}

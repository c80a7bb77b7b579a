package nl.ambtenaaronline.training.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An open assessment attempt: the stored draw in its order, the current answers and the
 * question the learner was at.
 *
 * @param answers per question the chosen option ids (the options' indexes in the file of
 * the run's course version)
 * @param optionOrders per question the order its options are shown in, drawn for this
 * attempt (option ids)
 */
public record AttemptView(long attemptId, int attemptNo, List<String> questionIds, Map<String, Set<Integer>> answers,
		int position, Map<String, List<Integer>> optionOrders) {

	public AttemptView {
		optionOrders = Map.copyOf(optionOrders);
	}

	/** The option ids of a question with {@code size} options, in the order shown. */
	public List<Integer> orderOf(String questionId, int size) {
		return OptionOrders.orderOf(optionOrders, questionId, size);
	}

}

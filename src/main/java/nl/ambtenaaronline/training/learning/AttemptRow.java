package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One stored assessment attempt, as its row holds it. */
record AttemptRow(long id, long enrolmentId, int attemptNo, List<String> draw, int position, Instant startedAt,
		@Nullable Instant submittedAt, @Nullable Integer scorePercent, @Nullable Boolean passed,
		@Nullable String groupResults, @Nullable String optionOrders) {

	boolean open() {
		return submittedAt == null;
	}

	/** The current answer of one question: the latest row stored for it. */
	record Answer(String questionId, Set<Integer> selected) {
	}

}

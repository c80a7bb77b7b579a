package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One person's assessment attempts and scenario plays, for HR's drill-down: dates and
 * results, never the answers themselves.
 */
public record LearningHistory(List<Attempt> attempts, List<ScenarioPlay> scenarios) {

	/**
	 * @param groupPercent score per rule group of a submitted attempt; empty while open
	 */
	public record Attempt(long attemptId, String courseId, String courseVersion, int runNo, int attemptNo,
			Instant startedAt, @Nullable Instant submittedAt, @Nullable Integer scorePercent, @Nullable Boolean passed,
			Map<String, Integer> groupPercent) {
	}

	public record ScenarioPlay(String courseId, int runNo, String scenarioId, int playNo, Instant startedAt,
			boolean finished, int percent, boolean passed) {
	}

}

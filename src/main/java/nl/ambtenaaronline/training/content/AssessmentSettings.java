package nl.ambtenaaronline.training.content;

import java.util.Map;

/**
 * The final assessment of a course.
 *
 * @param drawPerGroup questions drawn per rule group per attempt, in file order
 * @param passMark percent needed to pass, 1..100
 * @param maxAttempts attempts allowed, at least 1
 * @param cooldownMinutes minutes between two attempts, at least 0
 */
public record AssessmentSettings(Map<String, Integer> drawPerGroup, int passMark, int maxAttempts,
		int cooldownMinutes) {

	public AssessmentSettings {
		drawPerGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(drawPerGroup));
	}

	/** The number of questions in one attempt. */
	public int questionsPerAttempt() {
		return drawPerGroup.values().stream().mapToInt(Integer::intValue).sum();
	}

}

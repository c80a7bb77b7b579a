package nl.ambtenaaronline.training.analytics;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * First answers counted in the database, per rule or per scenario choice, per department,
 * new hire or not, and month: the cells analytics builds its figures from.
 *
 * @param ruleId the rule, or {@code null} for choice counts
 * @param source {@code QUESTION} or {@code SCENARIO}
 * @param itemId the question or scenario
 * @param stepId the scenario step, {@code null} for a question
 * @param choiceIndex the choice taken, {@code null} for rule counts
 * @param answers first answers
 * @param wrong of those, wrong (not the best choice, for a scenario)
 */
record AnswerFactCell(@Nullable String ruleId, String source, String itemId, @Nullable String stepId,
		@Nullable Integer choiceIndex, String departmentCode, boolean newHire, YearMonth month, long answers,
		long wrong) {
}

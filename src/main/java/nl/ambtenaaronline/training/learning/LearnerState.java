package nl.ambtenaaronline.training.learning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where one employee stands with a course, for assignments and reports.
 *
 * @param latestRunStartedAt when their latest run through the course started
 * @param lastPassedAt when they last completed it
 * @param lastVersion the course version of that completion
 */
public record LearnerState(long employeeId, @Nullable Instant latestRunStartedAt, @Nullable Instant lastPassedAt,
		@Nullable String lastVersion) {
}

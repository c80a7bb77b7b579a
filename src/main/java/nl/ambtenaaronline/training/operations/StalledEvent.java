package nl.ambtenaaronline.training.operations;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event publication that is still incomplete after the minimum age.
 *
 * @param id the publication
 * @param listener the listener that has not completed it (class and method)
 * @param eventType the event's class
 * @param publishedAt when it was published
 * @param attempts how often it was resubmitted
 * @param exhausted whether the resubmissions are used up (an administrator must act)
 * @param error the last error of its listener (exception classes and message), if one was
 * recorded
 * @param failedAt when that error occurred
 */
public record StalledEvent(UUID id, String listener, String eventType, Instant publishedAt, int attempts,
		boolean exhausted, @Nullable String error, @Nullable Instant failedAt) {
}

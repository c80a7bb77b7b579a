package nl.ambtenaaronline.training.integration;

import java.time.Instant;

/**
 * An event the feed could not record and skipped, so that the act it reports went on.
 *
 * @param key the event's key (e.g. {@code completion:42})
 * @param reason what was missing, in plain words for the administrator
 */
public record SkippedFeedEvent(String key, FeedEventKind kind, String reason, Instant skippedAt) {
}

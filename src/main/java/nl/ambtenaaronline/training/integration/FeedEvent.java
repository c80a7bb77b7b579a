package nl.ambtenaaronline.training.integration;

import java.time.Instant;

/**
 * One event of the completion feed.
 *
 * @param sequence the cursor: gapless, increasing in commit order
 * @param employeeNumber the key of the person in the HR system
 * @param reference the completion id, the certificate number or the assignment id
 * @param occurredAt when it happened
 * @param recordedAt when the feed recorded it (the daily file goes by this)
 */
public record FeedEvent(long sequence, FeedEventKind kind, String employeeNumber, String courseId, String courseVersion,
		String reference, Instant occurredAt, Instant recordedAt) {
}

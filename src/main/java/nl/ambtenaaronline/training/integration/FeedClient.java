package nl.ambtenaaronline.training.integration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A client of the HTTP feed (its token is never shown again after creation).
 *
 * @param lastCursor the cursor the client last asked from ({@code after}): it has taken
 * in every event up to it; empty before its first page
 */
public record FeedClient(long id, String name, String createdBy, Instant createdAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt, @Nullable Long lastCursor) {

	public boolean active() {
		return revokedAt == null;
	}

}

package nl.ambtenaaronline.training.integration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A client of the HTTP feed (its token is never shown again after creation). */
public record FeedClient(long id, String name, String createdBy, Instant createdAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}

package nl.ambtenaaronline.training.snapshot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored snapshot.
 *
 * @param asOf the day the figures are of (Europe/Amsterdam, end of that day)
 * @param recordedBy the database state used: nothing recorded later counts
 * @param digest SHA-256 (hex) over the canonical serialisation of the snapshot
 */
public record SnapshotSummary(long id, String courseId, String courseVersion, LocalDate asOf, Instant recordedBy,
		int counted, int excluded, String digest, String createdBy, Instant createdAt) {
}

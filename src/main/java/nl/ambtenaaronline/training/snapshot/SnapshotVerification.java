package nl.ambtenaaronline.training.snapshot;

/**
 * The outcome of verifying a snapshot.
 *
 * @param intact the stored rows still give the stored digest
 * @param reproduced recomputing from the stored history gives the same digest
 * @param differences how many people or totals differ between the stored and the
 * recomputed snapshot
 */
public record SnapshotVerification(long snapshotId, String storedDigest, String recomputedDigest, boolean intact,
		boolean reproduced, int differences) {
}

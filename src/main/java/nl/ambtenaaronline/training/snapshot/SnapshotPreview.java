package nl.ambtenaaronline.training.snapshot;

import java.util.Map;

/**
 * What a snapshot would hold, computed without storing anything.
 *
 * @param counted the people who would count
 * @param excluded the people who would not, with {@code byScope} saying why
 * @param byScope per scope the number of people
 */
public record SnapshotPreview(int counted, int excluded, Map<SnapshotScope, Long> byScope) {

	public SnapshotPreview {
		byScope = Map.copyOf(byScope);
	}

	/**
	 * Whether the snapshot would be empty or nearly so (fewer than one in ten of the
	 * people known counting): worth a confirmation, as a snapshot is kept for good.
	 */
	public boolean nearlyEmpty() {
		return counted == 0 || counted * 10L < counted + excluded;
	}

}

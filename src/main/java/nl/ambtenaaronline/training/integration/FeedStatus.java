package nl.ambtenaaronline.training.integration;

import java.util.List;

/**
 * The state of the completion feed, for the administrator.
 *
 * @param events how many events the list holds now (retention deletes old ones)
 * @param lastSequence the newest cursor number handed out
 * @param skipped how many events were skipped in all
 * @param recentSkips the newest skipped events, newest first
 */
public record FeedStatus(long events, long lastSequence, long skipped, List<SkippedFeedEvent> recentSkips) {

	public FeedStatus {
		recentSkips = List.copyOf(recentSkips);
	}

}

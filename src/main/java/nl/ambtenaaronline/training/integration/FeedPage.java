package nl.ambtenaaronline.training.integration;

import java.util.List;

/**
 * One page of the feed.
 *
 * @param events the events after the requested cursor, in sequence order
 * @param cursor the cursor to ask for next: the last sequence on this page, or the
 * requested one when the page is empty
 * @param more whether more events were there when the page was read
 */
public record FeedPage(List<FeedEvent> events, long cursor, boolean more) {

	public FeedPage {
		events = List.copyOf(events);
	}

}

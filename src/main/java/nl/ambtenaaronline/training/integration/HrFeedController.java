package nl.ambtenaaronline.training.integration;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The completion feed over HTTP, read-only, for the HR system's clients (see
 * {@link HrFeedSecurityConfiguration}): {@code GET /api/hr-feed/events?after=N&limit=M}
 * gives the events after cursor N in sequence order, with the cursor to ask for next.
 */
@RestController
class HrFeedController {

	private final HrFeedService feed;

	HrFeedController(HrFeedService feed) {
		this.feed = feed;
	}

	@GetMapping(path = HrFeedSecurityConfiguration.PATH + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> events(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "500") int limit) {
		FeedPage page = feed.page(after, limit);
		List<Map<String, Object>> events = page.events()
			.stream()
			.map(event -> Map.<String, Object>of("sequence", event.sequence(), "event", event.kind().name(),
					"employeeNumber", event.employeeNumber(), "courseId", event.courseId(), "courseVersion",
					event.courseVersion(), "reference", event.reference(), "occurredAt", event.occurredAt().toString(),
					"recordedAt", event.recordedAt().toString()))
			.toList();
		return Map.of("events", events, "cursor", page.cursor(), "more", page.more());
	}

}

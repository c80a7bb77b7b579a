package nl.ambtenaaronline.training;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test, waits until the shared context's asynchronous listeners have handled
 * every event published so far (no publication left in the registry that is still
 * published, processing or resubmitted), so that no test depends on the timing of the
 * work an earlier test started. A listener that failed for good does not hold the wait
 * up: its publication is {@code FAILED} and waits for a resubmission.
 */
public final class ListenersQuiet implements BeforeEachCallback {

	static final Duration LONGEST = Duration.ofSeconds(60);

	static final String PENDING = """
			select listener_id, event_type, status from event_publication
			where completion_date is null and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))""";

	@Override
	public void beforeEach(ExtensionContext context) {
		JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
		await(jdbc);
	}

	/**
	 * Waits until no publication is pending; fails naming them after a minute. An
	 * interrupted wait keeps the thread's interrupt and fails the test.
	 */
	public static void await(JdbcTemplate jdbc) {
		Instant deadline = Instant.now().plus(LONGEST);
		List<String> pending = pending(jdbc);
		while (!pending.isEmpty()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Event listeners still busy after " + LONGEST.toSeconds() + " s: " + pending);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the event listeners", ex);
			}
			pending = pending(jdbc);
		}
	}

	private static List<String> pending(JdbcTemplate jdbc) {
		return jdbc.query(PENDING, (rs, n) -> rs.getString("listener_id") + " (" + rs.getString("event_type") + ", "
				+ rs.getString("status") + ")");
	}

}

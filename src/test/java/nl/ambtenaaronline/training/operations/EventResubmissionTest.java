package nl.ambtenaaronline.training.operations;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.employee.RosterChanged;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Incomplete event publications, as a stopped node or a failing listener leaves them in
 * the registry: resubmitted until the bound, then shown to administrators with the
 * listener and the error, and counted.
 */
@IntegrationTest
@WithUserDetails("beheerder")
class EventResubmissionTest extends SpringBrowserlessTest {

	static final String LISTENER = "nl.ambtenaaronline.training.assignment.AssignmentTriggers.on(nl.ambtenaaronline.training.employee.RosterChanged)";

	@Autowired
	EventPublicationService events;

	@Autowired
	EventFailures failures;

	@Autowired
	EventProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	private final List<UUID> inserted = new java.util.ArrayList<>();

	@AfterEach
	void removeWhatWasInserted() {
		inserted.forEach(id -> {
			jdbc.update("delete from event_publication where id = ?", id);
			jdbc.update("delete from event_failure where publication_id = ?", id);
		});
	}

	@Test
	void theListenerIdIsTheOneThePublicationRegistryStores() throws Exception {
		Method method = Class.forName("nl.ambtenaaronline.training.assignment.AssignmentTriggers")
			.getDeclaredMethod("on", RosterChanged.class);
		assertThat(EventFailures.listenerId(method)).isEqualTo(LISTENER);
		assertThat(jdbc.queryForList("select distinct listener_id from event_publication", String.class))
			.contains(LISTENER);
	}

	@Test
	void aFailedPublicationIsResubmittedAndCompletesWhileItHasAttemptsLeft() {
		UUID id = insert("FAILED", 1, Instant.now().minus(Duration.ofHours(1)));
		long before = events.incompleteCount();

		SystemAuthentication.run(() -> events.resubmitIncomplete(false));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"select count(*) from event_publication where id = ? and completion_date is not null",
					Integer.class, id) == 1);
		assertThat(events.incompleteCount()).isLessThan(before);
		assertThat(events.stalled()).noneMatch(event -> event.id().equals(id));
	}

	@Test
	void aPublicationThatAStoppedNodeLeftPublishedIsTakenAfterTheStartOnly() {
		UUID id = insert("PUBLISHED", 0, Instant.now().minus(Duration.ofMinutes(5)));

		SystemAuthentication.run(() -> events.resubmitIncomplete(false));
		assertThat(completed(id)).isFalse();

		SystemAuthentication.run(() -> events.resubmitIncomplete(true));
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
	}

	@Test
	void aPublicationYoungerThanTheMinimumAgeIsLeftToItsListener() {
		UUID id = insert("FAILED", 0, Instant.now());

		SystemAuthentication.run(() -> events.resubmitIncomplete(true));

		assertThat(completed(id)).isFalse();
		assertThat(events.stalled()).noneMatch(event -> event.id().equals(id));
	}

	@Test
	void whatStillFailsAfterTheLastAttemptIsShownWithItsListenerAndErrorAndCounted() throws Exception {
		UUID id = insert("FAILED", properties.maxAttempts(), Instant.now().minus(Duration.ofHours(2)));
		Method method = Class.forName("nl.ambtenaaronline.training.assignment.AssignmentTriggers")
			.getDeclaredMethod("on", RosterChanged.class);
		failures.failed(
				new IllegalStateException("wrapped",
						new java.sql.SQLTransientConnectionException("Connection is not available, request timed out")),
				method, new RosterChanged(Set.of(-1L)));
		long exhausted = events.exhaustedCount();

		SystemAuthentication.run(() -> events.resubmitIncomplete(false));

		assertThat(completed(id)).isFalse();
		assertThat(events.exhaustedCount()).isEqualTo(exhausted).isPositive();
		StalledEvent stalled = events.stalled()
			.stream()
			.filter(event -> event.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(stalled.listener()).isEqualTo(LISTENER);
		assertThat(stalled.eventType()).isEqualTo(RosterChanged.class.getName());
		assertThat(stalled.exhausted()).isTrue();
		assertThat(stalled.error()).isEqualTo(
				"IllegalStateException ← SQLTransientConnectionException: Connection is not available, request timed out");

		UI.getCurrent().navigate("admin/events");
		assertThat($(Paragraph.class).id("events-summary").getText()).contains("automatische pogingen op");
		@SuppressWarnings("unchecked")
		Grid<StalledEvent> grid = $(Grid.class).id("events-grid");
		int row = test(grid).size() - 1;
		for (int i = 0; i < test(grid).size(); i++) {
			if (test(grid).getCellText(i, 0).equals("AssignmentTriggers.on")
					&& test(grid).getCellText(i, 4).contains("SQLTransientConnectionException")) {
				row = i;
			}
		}
		assertThat(test(grid).getCellText(row, 1)).isEqualTo("RosterChanged");
		assertThat(test(grid).getCellText(row, 3)).isEqualTo(properties.maxAttempts() + " (op)");
	}

	@Test
	@WithUserDetails("hr")
	void onlyAdministratorsSeeStalledEvents() {
		assertThatThrownBy(() -> events.stalled()).isInstanceOf(AccessDeniedException.class);
	}

	private boolean completed(UUID id) {
		return jdbc.queryForObject(
				"select count(*) from event_publication where id = ? and completion_date is not null", Integer.class,
				id) == 1;
	}

	/**
	 * A publication to the assignment listener for a person who does not exist (a no-op).
	 */
	private UUID insert(String status, int attempts, Instant publishedAt) {
		UUID id = UUID.randomUUID();
		jdbc.update(
				"insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts) values (?, ?, ?, ?, ?, ?, ?)",
				id, LISTENER, RosterChanged.class.getName(), "{\"employeeIds\":[-1]}", Timestamp.from(publishedAt),
				status, attempts);
		inserted.add(id);
		return id;
	}

}

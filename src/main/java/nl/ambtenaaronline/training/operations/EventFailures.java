package nl.ambtenaaronline.training.operations;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Keeps the last error of each event publication whose (asynchronous) listener failed, in
 * {@code event_failure}, so that administrators see it on any node. The error is the
 * exception classes and the first line of the root cause's message, cut short.
 * ({@link ListenerFailureHandler} hands the failures of asynchronous listeners here.)
 */
@Component
class EventFailures {

	private static final Logger log = LoggerFactory.getLogger(EventFailures.class);

	private static final int MAX_ERROR = 500;

	private final JdbcTemplate jdbc;

	private final EventPublicationRepository publications;

	private final Clock clock;

	EventFailures(JdbcTemplate jdbc, EventPublicationRepository publications, Clock clock) {
		this.jdbc = jdbc;
		this.publications = publications;
		this.clock = clock;
	}

	void failed(Throwable error, Method method, Object... params) {
		log.error("Asynchronous listener {} failed", ClassUtils.getQualifiedMethodName(method), error);
		if (params.length != 1) {
			return;
		}
		try {
			publications
				.findIncompletePublicationsByEventAndTargetIdentifier(params[0],
						PublicationTargetIdentifier.of(listenerId(method)))
				.ifPresent(publication -> record(publication.getIdentifier(), describe(error)));
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the failure of {}", listenerId(method), ex);
		}
	}

	/**
	 * As Spring names a listener method, which is what the publication registry stores.
	 */
	static String listenerId(Method method) {
		StringJoiner parameters = new StringJoiner(",", "(", ")");
		for (Class<?> type : method.getParameterTypes()) {
			parameters.add(type.getName());
		}
		return ClassUtils.getQualifiedMethodName(method) + parameters;
	}

	static String describe(Throwable error) {
		StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
			text.append(" ← ").append(root.getClass().getSimpleName());
		}
		String message = root.getMessage();
		if (message != null && !message.isBlank()) {
			text.append(": ").append(message.lines().findFirst().orElse("").strip());
		}
		return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR - 1) + "…" : text.toString();
	}

	void record(UUID publication, String error) {
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.update(
				"update event_failure set error = ?, failed_at = ?, failures = failures + 1 where publication_id = ?",
				error, now, publication);
		if (updated == 0) {
			jdbc.update("insert into event_failure (publication_id, error, failed_at, failures) values (?, ?, ?, 1)",
					publication, error, now);
		}
	}

	record Failure(String error, java.time.Instant failedAt) {
	}

	Map<UUID, Failure> of(Collection<UUID> ids) {
		Map<UUID, Failure> failures = new HashMap<>();
		if (ids.isEmpty()) {
			return failures;
		}
		jdbc.query("select publication_id, error, failed_at from event_failure", rs -> {
			UUID id = rs.getObject("publication_id", UUID.class);
			if (ids.contains(id)) {
				failures.put(id, new Failure(rs.getString("error"), rs.getTimestamp("failed_at").toInstant()));
			}
		});
		return failures;
	}

	/** Forgets the errors of publications that are complete (or gone) now. */
	int forgetAllBut(List<UUID> incomplete) {
		List<UUID> known = jdbc.queryForList("select publication_id from event_failure", UUID.class);
		List<UUID> done = known.stream().filter(id -> !incomplete.contains(id)).toList();
		done.forEach(id -> jdbc.update("delete from event_failure where publication_id = ?", id));
		return done.size();
	}

}

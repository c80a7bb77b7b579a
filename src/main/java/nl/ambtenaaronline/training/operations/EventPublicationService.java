package nl.ambtenaaronline.training.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.Roles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Service;

/**
 * Event publications that have not completed: resubmitted with a bound on attempts
 * ({@link EventResubmissionJob}), and what still stalls listed for administrators.
 */
@Service
public class EventPublicationService {

	private final IncompleteEventPublications incomplete;

	private final EventPublicationRepository publications;

	private final EventFailures failures;

	private final EventProperties properties;

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	EventPublicationService(IncompleteEventPublications incomplete, EventPublicationRepository publications,
			EventFailures failures, EventProperties properties, JdbcTemplate jdbc, AuditService audit, Clock clock) {
		this.incomplete = incomplete;
		this.publications = publications;
		this.failures = failures;
		this.properties = properties;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The publications still incomplete after the minimum age, oldest first. */
	@RolesAllowed(Roles.ADMIN)
	public List<StalledEvent> stalled() {
		Instant before = clock.instant().minus(properties.minAge());
		List<TargetEventPublication> stalled = publications.findIncompletePublicationsPublishedBefore(before);
		Map<UUID, EventFailures.Failure> errors = failures
			.of(stalled.stream().map(EventPublication::getIdentifier).toList());
		return stalled.stream().sorted(Comparator.comparing(EventPublication::getPublicationDate)).map(publication -> {
			EventFailures.Failure failure = errors.get(publication.getIdentifier());
			return new StalledEvent(publication.getIdentifier(), publication.getTargetIdentifier().getValue(),
					publication.getEvent().getClass().getName(), publication.getPublicationDate(),
					publication.getCompletionAttempts(),
					publication.getCompletionAttempts() >= properties.maxAttempts(),
					failure == null ? null : failure.error(), failure == null ? null : failure.failedAt());
		}).toList();
	}

	/** Resubmits one publication now, also when its attempts are used up (audited). */
	@RolesAllowed(Roles.ADMIN)
	public void resubmit(UUID publication) {
		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
			.withMinAge(java.time.Duration.ZERO)
			.withFilter(candidate -> candidate.getIdentifier().equals(publication)));
		audit.record("event.resubmitted", "event-publication:" + publication, AuditResult.SUCCESS, "by hand");
	}

	/**
	 * Resubmits the failed publications older than the minimum age whose attempts are not
	 * used up (the staleness settings of Spring Modulith mark publications that hang as
	 * failed); after a start also those a stopped node left published or in progress.
	 * Then forgets the errors of those that completed meanwhile.
	 */
	void resubmitIncomplete(boolean afterStart) {
		Instant before = clock.instant().minus(properties.minAge());
		if (afterStart) {
			incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(before)
					&& publication.getCompletionAttempts() < properties.maxAttempts());
		}
		else {
			incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
				.withMinAge(properties.minAge())
				.withFilter(publication -> publication.getCompletionAttempts() < properties.maxAttempts()));
		}
		failures.forgetAllBut(
				publications.findIncompletePublications().stream().map(EventPublication::getIdentifier).toList());
	}

	/** Incomplete publications (any age), for the metrics. */
	long incompleteCount() {
		Long count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class);
		return count == null ? 0 : count;
	}

	/** Incomplete publications whose resubmissions are used up, for the metrics. */
	long exhaustedCount() {
		Long count = jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and completion_attempts >= ?",
				Long.class, properties.maxAttempts());
		return count == null ? 0 : count;
	}

}

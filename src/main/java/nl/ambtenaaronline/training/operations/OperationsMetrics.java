package nl.ambtenaaronline.training.operations;

import java.time.Clock;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.audit.StoredChainCheck;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reminder.ReminderStatus;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The figures the city watches, for Prometheus ({@code ao_*}): sign-ins and failures,
 * answers stored, the mail queue, incomplete event publications and the audit chain.
 * Active sessions ({@code tomcat_sessions_active_current_sessions}) and request latency
 * ({@code http_server_requests_seconds}) come from Spring Boot. Only counts, never who.
 */
@Component
class OperationsMetrics {

	/**
	 * Learning's methods that store an answer (an assessment answer, a scenario choice).
	 */
	static final Set<String> ANSWERING = Set.of("answer", "choose");

	private final EventPublicationService events;

	private final ReminderService reminders;

	private final AuditService audit;

	private final Clock clock;

	private final Counter loginSuccess;

	private final Counter loginFailure;

	private final Counter answers;

	OperationsMetrics(MeterRegistry registry, EventPublicationService events, ReminderService reminders,
			AuditService audit, Clock clock) {
		this.events = events;
		this.reminders = reminders;
		this.audit = audit;
		this.clock = clock;
		loginSuccess = Counter.builder("ao.logins")
			.description("Sign-ins that succeeded (password or identity provider)")
			.tag("result", "success")
			.register(registry);
		loginFailure = Counter.builder("ao.logins")
			.description("Sign-ins that failed")
			.tag("result", "failure")
			.register(registry);
		answers = Counter.builder("ao.answers.stored")
			.description("Assessment answers and scenario choices stored by this node")
			.register(registry);
		Gauge.builder("ao.mail.queue", this, metrics -> metrics.mailQueue())
			.description("Reminders in the outbox waiting to be sent")
			.register(registry);
		Gauge.builder("ao.events.incomplete", events, EventPublicationService::incompleteCount)
			.description("Event publications not completed yet")
			.register(registry);
		Gauge.builder("ao.events.exhausted", events, EventPublicationService::exhaustedCount)
			.description("Incomplete event publications whose resubmissions are used up")
			.register(registry);
		Gauge.builder("ao.audit.chain.intact", this, metrics -> metrics.chainIntact())
			.description(
					"1 when the last check of the audit hash chain found it intact, 0 when broken, -1 before any check")
			.register(registry);
		Gauge.builder("ao.audit.chain.check.age", this, metrics -> metrics.chainCheckAge())
			.description("Seconds since the last check of the audit hash chain (-1 before any check)")
			.baseUnit("seconds")
			.register(registry);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		loginSuccess.increment();
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		loginFailure.increment();
	}

	void answerStored() {
		answers.increment();
	}

	double mailQueue() {
		return SystemAuthentication.call(() -> reminders.count(ReminderStatus.PENDING));
	}

	double chainIntact() {
		return SystemAuthentication.call(audit::lastChainCheck)
			.map(StoredChainCheck::result)
			.map(check -> check.intact() ? 1.0 : 0.0)
			.orElse(-1.0);
	}

	double chainCheckAge() {
		return SystemAuthentication.call(audit::lastChainCheck)
			.map(check -> (double) java.time.Duration.between(check.checkedAt(), clock.instant()).toSeconds())
			.orElse(-1.0);
	}

}

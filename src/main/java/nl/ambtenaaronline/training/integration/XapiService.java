package nl.ambtenaaronline.training.integration;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * xAPI statements for the city's learning record store: recorded in the outbox from the
 * learning events (only while {@code app.integration.xapi.enabled}), sent by
 * {@link XapiJobs}, and their state for the administrator.
 */
@Service
public class XapiService {

	private static final Logger log = LoggerFactory.getLogger(XapiService.class);

	private final XapiOutbox outbox;

	private final XapiSender sender;

	private final EmployeeService employees;

	private final IntegrationProperties properties;

	private final XapiStatements statements;

	private final Clock clock;

	XapiService(XapiOutbox outbox, XapiSender sender, EmployeeService employees, IntegrationProperties properties,
			AppProperties app, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.employees = employees;
		this.properties = properties;
		String home = properties.xapi().accountHomePage();
		this.statements = new XapiStatements(app.publicBaseUrl(),
				home == null || home.isBlank() ? app.publicBaseUrl() : home);
		this.clock = clock;
	}

	/**
	 * Puts the statement of a completed course in the outbox, once per completion. Runs
	 * as the system from the listener. A person the roster does not know is logged and
	 * skipped.
	 * @return the statement id, or empty when skipped or there already
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public Optional<String> record(CoursePassed passed) {
		Optional<EmployeeSummary> employee = employees.findById(passed.employeeId());
		if (employee.isEmpty()) {
			log.warn("xAPI: no statement for completion {}: no employee with id {} on the roster",
					passed.completionId(), passed.employeeId());
			return Optional.empty();
		}
		ObjectNode statement = statements.passed(passed, employee.get().employeeNumber(), Map.of());
		String id = statement.get("id").asString();
		return outbox.add(id, passed.employeeId(), XapiStatements.Verb.PASSED.id, statement.toString(), clock.instant())
				? Optional.of(id) : Optional.empty();
	}

	/** Sends one batch of due statements to the configured LRS (the job's work). */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public int sendDue() {
		return properties.xapi().enabled() ? sender.sendDue(properties.xapi()) : 0;
	}

	/** The outbox for the administrator: on or off, counts and the newest failures. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public XapiStatus status() {
		Map<String, Long> counts = outbox.countsByStatus();
		String endpoint = properties.xapi().lrsEndpoint();
		return new XapiStatus(properties.xapi().enabled(), endpoint == null ? "" : endpoint,
				counts.get(XapiOutbox.PENDING), counts.get(XapiOutbox.SENT), counts.get(XapiOutbox.FAILED),
				outbox.recentFailures(10));
	}

	boolean enabled() {
		return properties.xapi().enabled();
	}

	int batchSize() {
		return properties.xapi().batchSize();
	}

}

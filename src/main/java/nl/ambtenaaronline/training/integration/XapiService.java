package nl.ambtenaaronline.training.integration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.integration.XapiRegistrations.Scope;
import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.AttemptSubmitted;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LessonRead;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * xAPI statements for the city's learning record store: recorded in the outbox from the
 * learning events (only while {@code app.integration.xapi.enabled}), sent by
 * {@link XapiJobs}, their state for the administrator and an export of a period as JSON
 * lines.
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

	private final XapiRegistrations registrations;

	private final AuditService audit;

	XapiService(XapiOutbox outbox, XapiSender sender, EmployeeService employees, IntegrationProperties properties,
			AppProperties app, Clock clock, XapiRegistrations registrations, AuditService audit) {
		this.outbox = outbox;
		this.registrations = registrations;
		this.audit = audit;
		this.sender = sender;
		this.employees = employees;
		this.properties = properties;
		String home = properties.xapi().accountHomePage();
		this.statements = new XapiStatements(app.publicBaseUrl(),
				home == null || home.isBlank() ? app.publicBaseUrl() : home);
		this.clock = clock;
	}

	/**
	 * Puts the statements of a completed course in the outbox: "passed" with the score
	 * and "completed" (the acknowledgement that completed it), once per completion. Runs
	 * as the system from the listener; a person the roster does not know is logged and
	 * skipped.
	 * @return the ids of the statements that were new
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public List<String> record(CoursePassed passed) {
		return employeeNumber(passed.employeeId(), "completion " + passed.completionId()).map(number -> {
			UUID run = registrations.of(Scope.RUN, passed.runId(), passed.employeeId(), clock.instant());
			List<String> added = new ArrayList<>();
			add(passed.employeeId(), XapiStatements.Verb.PASSED, statements.passed(passed, number, Map.of(), run))
				.ifPresent(added::add);
			add(passed.employeeId(), XapiStatements.Verb.COMPLETED, statements.acknowledged(passed, number, run))
				.ifPresent(added::add);
			return added;
		}).orElse(List.of());
	}

	/**
	 * The statement "experienced" of a lesson read; see {@link #record(CoursePassed)}.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public List<String> record(LessonRead read) {
		return employeeNumber(read.employeeId(), "lesson " + read.lessonId())
			.flatMap(number -> add(read.employeeId(), XapiStatements.Verb.EXPERIENCED,
					statements.lessonRead(read, number,
							registrations.of(Scope.RUN, read.runId(), read.employeeId(), clock.instant()))))
			.stream()
			.toList();
	}

	/**
	 * The statement "answered" of a scenario choice; see {@link #record(CoursePassed)}.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public List<String> record(ScenarioChoiceRecorded choice) {
		return employeeNumber(choice.employeeId(), "choice " + choice.answerId())
			.flatMap(number -> add(choice.employeeId(), XapiStatements.Verb.ANSWERED,
					statements.scenarioChoice(choice, number,
							registrations.of(Scope.RUN, choice.runId(), choice.employeeId(), clock.instant()))))
			.stream()
			.toList();
	}

	/**
	 * The statement "answered" of an assessment question; see
	 * {@link #record(CoursePassed)}.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public List<String> record(AnswerRecorded answer) {
		return employeeNumber(answer.employeeId(), "answer " + answer.answerId())
			.flatMap(number -> add(answer.employeeId(), XapiStatements.Verb.ANSWERED,
					statements.questionAnswered(answer, number,
							registrations.of(Scope.ATTEMPT, answer.attemptId(), answer.employeeId(), clock.instant()),
							registrations.of(Scope.RUN, answer.runId(), answer.employeeId(), clock.instant()))))
			.stream()
			.toList();
	}

	/**
	 * The statement "passed" or "failed" of a submitted attempt; see
	 * {@link #record(CoursePassed)}.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public List<String> record(AttemptSubmitted attempt) {
		return employeeNumber(attempt.employeeId(), "attempt " + attempt.attemptId())
			.flatMap(number -> add(attempt.employeeId(),
					attempt.passed() ? XapiStatements.Verb.PASSED : XapiStatements.Verb.FAILED,
					statements.attemptSubmitted(attempt, number,
							registrations.of(Scope.ATTEMPT, attempt.attemptId(), attempt.employeeId(), clock.instant()),
							registrations.of(Scope.RUN, attempt.runId(), attempt.employeeId(), clock.instant()))))
			.stream()
			.toList();
	}

	private Optional<String> employeeNumber(long employeeId, String what) {
		Optional<EmployeeSummary> employee = employees.findById(employeeId);
		if (employee.isEmpty()) {
			log.warn("xAPI: no statement for {}: no employee with id {} on the roster", what, employeeId);
		}
		return employee.map(EmployeeSummary::employeeNumber);
	}

	private Optional<String> add(long employeeId, XapiStatements.Verb verb, ObjectNode statement) {
		String id = statement.get("id").asString();
		return outbox.add(id, employeeId, verb.id, statement.toString(), clock.instant()) ? Optional.of(id)
				: Optional.empty();
	}

	/**
	 * Writes the statements recorded in a period (Amsterdam dates, both included) as JSON
	 * lines: one statement per line, UTF-8, oldest first; for a city without an LRS.
	 * Audited.
	 * @return how many statements were written
	 * @throws IntegrationException {@code integration.xapi.export.error.period} when the
	 * period ends before it starts or is longer than a year
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional // not read-only: the audit record is written in it
	public int exportJsonLines(LocalDate from, LocalDate to, OutputStream out) throws IOException {
		if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
			throw new IntegrationException("integration.xapi.export.error.period");
		}
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		int written = outbox.forEachIn(from.atStartOfDay(TimeConfiguration.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant(), statement -> {
					try {
						writer.write(statement);
						writer.write('\n');
					}
					catch (IOException failed) {
						throw new UncheckedIOException(failed);
					}
				});
		writer.flush();
		audit.record("integration.xapi.exported", "xapi", AuditResult.SUCCESS,
				from + ".." + to + " statements=" + written);
		return written;
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

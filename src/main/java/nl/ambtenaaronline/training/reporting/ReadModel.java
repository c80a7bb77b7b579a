package nl.ambtenaaronline.training.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.assignment.AssignmentFacts;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.shared.Savepoints;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code report_person_course} in line with the owners of the facts: the roster
 * (employee service), the assignments (assignment service, which reads learning's
 * completions and runs) and who used every test attempt (learning's records). Only
 * reporting writes or reads this table.
 */
@Component
class ReadModel {

	private static final int CHUNK = 200;

	private static final String INSERT = """
			insert into report_person_course (employee_id, course_id, employee_number, display_name,
			 department_code, department_name, manager_id, worker_type, start_date, end_date, reason, is_open,
			 due_on, deferred_until, exempt, completed_on, valid_until, in_progress, attempts_used_up, refreshed_at,
			 completed_online, has_email)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final EmployeeService employees;

	private final AssignmentService assignments;

	private final LearningRecords learning;

	private final Clock clock;

	private final Savepoints savepoints;

	private final TransactionTemplate transactions;

	ReadModel(JdbcTemplate jdbc, EmployeeService employees, AssignmentService assignments, LearningRecords learning,
			Clock clock, Savepoints savepoints, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.assignments = assignments;
		this.learning = learning;
		this.clock = clock;
		this.savepoints = savepoints;
		this.transactions = transactions;
	}

	/** Re-reads these people; people no longer on the roster disappear. */
	@Transactional
	public int refresh(Collection<Long> employeeIds) {
		// ascending: every transaction takes the people's locks in one order
		List<Long> ids = employeeIds.stream().distinct().sorted().toList();
		int written = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			written += refreshChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
		}
		return written;
	}

	/**
	 * Rebuilds the whole read model from the roster, one transaction per chunk of people
	 * (so listeners are never blocked for long); afterwards removes the rows not
	 * refreshed since the start, i.e. of people no longer on the roster.
	 */
	public int rebuild() {
		OffsetDateTime started = now();
		RosterFilter everyone = RosterFilter.all();
		long total = employees.count(everyone);
		int written = 0;
		for (int offset = 0; offset < total; offset += CHUNK) {
			List<Long> ids = employees.find(everyone, offset, CHUNK).stream().map(EmployeeSummary::id).toList();
			Integer chunk = transactions.execute(status -> refreshChunk(ids));
			written += chunk == null ? 0 : chunk;
		}
		transactions.executeWithoutResult(status -> {
			List<Long> gone = jdbc.queryForList(
					"select distinct employee_id from report_person_course where refreshed_at < ? order by employee_id",
					Long.class, started);
			savepoints.lockInOrder("report_lock", gone);
			jdbc.update("delete from report_person_course where refreshed_at < ?", started);
		});
		return written;
	}

	@Transactional(readOnly = true)
	public long size() {
		Long count = jdbc.queryForObject("select count(*) from report_person_course", Long.class);
		return count == null ? 0 : count;
	}

	private int refreshChunk(List<Long> chunk) {
		if (chunk.isEmpty()) {
			return 0;
		}
		List<Long> ids = chunk.stream().sorted().toList();
		savepoints.lockInOrder("report_lock", ids);
		String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
		jdbc.update("delete from report_person_course where employee_id in (" + in + ")", ids.toArray());
		Map<Long, EmployeeSummary> people = employees.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(EmployeeSummary::id, Function.identity()));
		if (people.isEmpty()) {
			return 0;
		}
		OffsetDateTime now = now();
		List<Object[]> rows = new ArrayList<>();
		// who used every test attempt, per course: one query per course for the chunk
		Map<String, Set<Long>> usedUp = new HashMap<>();
		for (AssignmentFacts facts : assignments.factsOf(people.keySet())) {
			EmployeeSummary person = people.get(facts.employeeId());
			boolean attemptsUsedUp = usedUp
				.computeIfAbsent(facts.courseId(), course -> learning.attemptsUsedUp(course, people.keySet()))
				.contains(person.id());
			rows.add(new Object[] { person.id(), facts.courseId(), person.employeeNumber(), person.displayName(),
					person.departmentCode(), person.departmentName(), person.managerId(), person.workerType().name(),
					person.startDate(), person.endDate(), facts.reason() == null ? null : facts.reason().name(),
					facts.open(), facts.dueOn(), facts.deferredUntil(), facts.exempt(), facts.lastCompletedOn(),
					facts.validUntil(), facts.startedSinceAssigned(), attemptsUsedUp, now, facts.lastCompletedOnline(),
					person.email() != null && !person.email().isBlank() });
		}
		// a listener may write the same person at the same moment: then row by row, and
		// whoever came first stays (both read the same facts)
		if (!savepoints.insertUnlessDuplicate(() -> jdbc.batchUpdate(INSERT, rows))) {
			rows.forEach(row -> savepoints.insertUnlessDuplicate(() -> jdbc.update(INSERT, row)));
		}
		return rows.size();
	}

	private OffsetDateTime now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}

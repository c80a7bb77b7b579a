package nl.ambtenaaronline.training.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.RosterChanged;
import nl.ambtenaaronline.training.learning.CourseStarted;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many roster and learning events for the same people at once, with HR's and the nightly
 * job's runs of the planner in between and in any order: every assignment comes out
 * right, nothing fails and no event publication is left incomplete. Run on H2 by
 * {@link ConcurrentReconcileTest} and on PostgreSQL by
 * {@link PostgresConcurrentReconcileTest}.
 */
abstract class ConcurrentReconcileContract {

	static final String COURSE = "social-media";

	static final int PEOPLE = 12;

	static final int ROUNDS = 6;

	@Autowired
	AssignmentService assignments;

	@Autowired
	EmployeeService employees;

	@Autowired
	SettingsService settings;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	/** The department the people are placed in; it exists in the context. */
	abstract String department();

	@Test
	void eventsAndRunsOfThePlannerForTheSamePeopleAtOnceLeaveEveryAssignmentRightAndNothingIncomplete()
			throws Exception {
		OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
		// on the roster without an event, so that the runs below are the first to decide
		// for them: every run then has assignments to create and audit, in any order
		List<Long> people = new ArrayList<>();
		String batch = UUID.randomUUID().toString().substring(0, 6);
		Long departmentId = jdbc.queryForObject("select id from department where code = ?", Long.class, department());
		for (int i = 0; i < PEOPLE; i++) {
			String number = "C-" + batch + "-" + i;
			jdbc.update(
					"""
							insert into employee (employee_number, first_name, last_name, department_id, start_date, worker_type)
							values (?, 'Gelijk', ?, ?, ?, 'EMPLOYEE')""",
					number, "Tijdig" + i, departmentId, LocalDate.now(TimeConfiguration.ZONE).minusDays(i));
			people.add(jdbc.queryForObject("select id from employee where employee_number = ?", Long.class, number));
		}
		Random random = new Random(42);
		List<Callable<Integer>> work = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			List<Long> shuffled = new ArrayList<>(people);
			Collections.shuffle(shuffled, random);
			List<Long> some = List.copyOf(shuffled.subList(0, PEOPLE / 2));
			work.add(() -> SystemAuthentication.call(() -> assignments.reconcile(shuffled)));
			work.add(() -> publish(new RosterChanged(Set.copyOf(some))));
			work.add(() -> publish(new CourseStarted(some.getFirst(), COURSE)));
			work.add(() -> SystemAuthentication.call(() -> assignments.reconcile(some.reversed())));
		}
		work.add(() -> SystemAuthentication.call(assignments::reconcileAll));

		List<Integer> results = runTogether(work);
		assertThat(results).hasSize(work.size());
		ListenersQuiet.await(jdbc);

		String in = String.join(",", Collections.nCopies(PEOPLE, "?"));
		assertThat(jdbc.queryForList("""
				select employee_id from assignment where closed_on is null and course_id = ? and employee_id in (%s)
				group by employee_id having count(*) > 1""".formatted(in), Long.class, args(COURSE, people)))
			.as("nobody has two open assignments of one course")
			.isEmpty();
		assertThat(jdbc.queryForList("""
				select distinct employee_id from assignment where closed_on is null and course_id = ?
				and employee_id in (%s)""".formatted(in), Long.class, args(COURSE, people)))
			.as("everyone has an open assignment of the course")
			.containsExactlyInAnyOrderElementsOf(people);
		assertThat(jdbc.query("""
				select listener_id, event_type, status from event_publication
				where completion_date is null and publication_date >= ?""",
				(rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), started))
			.as("no event publication left incomplete")
			.isEmpty();
		assertThat(SystemAuthentication.call(() -> assignments.reconcile(people)))
			.as("a further run of the planner finds nothing left to do")
			.isZero();
	}

	@Test
	void theFirstWriterOfASettingWinsWhenManyWriteAtOnce() throws Exception {
		String key = "reporting.show-scores";
		String before = settings.text(key);
		jdbc.update("delete from app_setting where setting_key = ?", key);
		try {
			List<Callable<String>> writers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String value = i % 2 == 0 ? "true" : "false";
				writers.add(() -> SystemAuthentication.call(() -> settings.initialise(key, value)));
			}
			List<String> seen = runTogether(writers);
			String stored = settings.text(key);
			assertThat(seen).as("every writer sees the first writer's value").containsOnly(stored);
			assertThat(
					jdbc.queryForObject("select count(*) from app_setting where setting_key = ?", Integer.class, key))
				.isOne();
		}
		finally {
			SystemAuthentication.run(() -> settings.update(key, before));
		}
	}

	private int publish(Object event) {
		SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
		return 0;
	}

	private static Object[] args(String first, List<Long> ids) {
		List<Object> all = new ArrayList<>();
		all.add(first);
		all.addAll(ids);
		return all.toArray();
	}

	/** Starts all at the same moment; any failure fails the test. */
	static <T> List<T> runTogether(List<Callable<T>> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(work.size());
		CyclicBarrier start = new CyclicBarrier(work.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> callable : work) {
				futures.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return callable.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

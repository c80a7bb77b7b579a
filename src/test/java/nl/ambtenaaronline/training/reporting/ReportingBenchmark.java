package nl.ambtenaaronline.training.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import nl.ambtenaaronline.training.snapshot.SnapshotSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports at scale: a generator for {@code bench.people} people (20,000) × 3 courses
 * (social-media plus two synthetic course ids) in the read model, their assignments to
 * the social-media course, and {@code bench.answers} (50) stored answers per person,
 * inserted with bulk JDBC, in one department per 1,000 people (at least 20); then the
 * dashboard, one grid page and the CSV and XLSX exports of all rows, timed, with the heap
 * growth of the exports, and a compliance snapshot of the course frozen. Subclasses pick
 * the database. A national organisation: {@code -Dbench.people=100000} (5,000,000
 * answers).
 */
abstract class ReportingBenchmark {

	static final int PEOPLE = Integer.getInteger("bench.people", 20_000);

	static final int ANSWERS_PER_PERSON = Integer.getInteger("bench.answers", 50);

	static final int DEPARTMENTS = Math.max(20, PEOPLE / 1_000);

	static final List<String> COURSES = List.of("social-media", "bench-privacy", "bench-integriteit");

	static final String COURSE = "social-media";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportingService reporting;

	@Autowired
	SnapshotService snapshots;

	String run(String database) throws IOException {
		StringBuilder out = new StringBuilder();
		long generate = time(this::generate);
		out.append(String.format(Locale.ROOT, "%s: generated %d people x %d courses, %d answers in %d ms%n", database,
				PEOPLE, COURSES.size(), count("assessment_answer"), generate));
		ReportFilter all = ReportFilter.of(COURSE);
		ReportFilter department = all.withDepartment("BD3");
		// warm up once
		SystemAuthentication.run(() -> {
			reporting.dashboard(all);
			reporting.page(all, List.of(ReportSort.byName()), 0, 50);
		});
		long dashboard = best(() -> time(() -> SystemAuthentication.call(() -> reporting.dashboard(all))));
		long dashboardFiltered = best(
				() -> time(() -> SystemAuthentication.call(() -> reporting.dashboard(department))));
		long page = best(() -> time(() -> SystemAuthentication
			.call(() -> reporting.page(all, List.of(new ReportSort("status", true)), 10_000, 50))));
		long count = best(() -> time(() -> SystemAuthentication.call(() -> reporting.count(all))));
		Export csv = export(() -> SystemAuthentication
			.call(() -> reporting.exportCsv(all, List.of(ReportSort.byName()), true, Locale.ROOT, discard())));
		Export xlsx = export(() -> SystemAuthentication
			.call(() -> reporting.exportXlsx(all, List.of(ReportSort.byName()), Locale.ROOT, discard())));
		out.append(String.format(Locale.ROOT,
				"%s: dashboard %d ms (one department %d ms), grid page at offset 10,000 %d ms, count %d ms%n", database,
				dashboard, dashboardFiltered, page, count));
		out.append(String.format(Locale.ROOT,
				"%s: CSV %d rows %d ms heap peak +%d MB live +%d MB (%d samples); XLSX %d rows %d ms heap peak +%d MB live +%d MB (%d samples)%n",
				database, csv.rows(), csv.millis(), csv.heapMb(), csv.liveMb(), csv.liveSamples(), xlsx.rows(),
				xlsx.millis(), xlsx.heapMb(), xlsx.liveMb(), xlsx.liveSamples()));
		LocalDate today = LocalDate.now(nl.ambtenaaronline.training.shared.TimeConfiguration.ZONE);
		long[] counted = new long[2];
		long snapshot = time(() -> {
			SnapshotSummary frozen = SystemAuthentication.call(() -> snapshots.create(COURSE, today));
			counted[0] = frozen.counted();
			counted[1] = frozen.excluded();
		});
		out.append(String.format(Locale.ROOT, "%s: snapshot of %s frozen in %d ms (%d counted, %d excluded)%n",
				database, COURSE, snapshot, counted[0], counted[1]));
		Path file = Path.of("target", "reporting-benchmark-" + database + ".txt");
		Files.writeString(file, out.toString(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
		System.out.println(out);
		return out.toString();
	}

	/**
	 * @param heapMb the peak of the used heap over the baseline, sampled every 5 ms:
	 * includes garbage not yet collected
	 * @param liveMb the peak of the heap still in use after a full collection, forced
	 * every 20 ms during a second run of the export: what the export holds
	 * @param liveSamples how many full collections the second run sampled
	 */
	record Export(long rows, long millis, long heapMb, long liveMb, long liveSamples) {
	}

	/**
	 * Runs an export twice: timed while sampling the used heap, then again with a full
	 * collection every 20 ms, for the live heap (slower; not timed).
	 */
	private Export export(LongSupplier export) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		long start = System.nanoTime();
		Sampled timed = sampled(memory, 5, false, export);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.gc();
		long liveBaseline = memory.getHeapMemoryUsage().getUsed();
		Sampled live = sampled(memory, 20, true, export);
		return new Export(timed.rows(), millis, Math.max(0, timed.peakUsed() - baseline) / (1024 * 1024),
				Math.max(0, live.peakUsed() - liveBaseline) / (1024 * 1024), live.samples());
	}

	/** What {@link #sampled} saw: the export's rows, the peak used heap, the samples. */
	private record Sampled(long rows, long peakUsed, long samples) {
	}

	/** Runs the export while a thread samples the used heap. */
	private static Sampled sampled(MemoryMXBean memory, long everyMillis, boolean collectFirst, LongSupplier export) {
		AtomicLong peak = new AtomicLong(0);
		AtomicLong samples = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (running.get()) {
				if (collectFirst) {
					System.gc();
				}
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				samples.incrementAndGet();
				try {
					Thread.sleep(everyMillis);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long rows = export.getAsLong();
		running.set(false);
		try {
			sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new Sampled(rows, peak.get(), samples.get());
	}

	private static OutputStream discard() {
		return OutputStream.nullOutputStream();
	}

	private static long best(LongSupplier measurement) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			best = Math.min(best, measurement.getAsLong());
		}
		return best;
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private long count(String table) {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * Bulk JDBC inserts; skipped when the data is there already (a second run). Then the
	 * planner's statistics are brought up to date, as autovacuum does after bulk changes
	 * (it may be off on a development database).
	 */
	void generate() {
		if (count("report_person_course") < (long) PEOPLE * COURSES.size()) {
			insert();
		}
		jdbc.execute("analyze");
	}

	private void insert() {
		Random random = new Random(2026);
		LocalDate today = LocalDate.now(nl.ambtenaaronline.training.shared.TimeConfiguration.ZONE);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Long> departments = new ArrayList<>();
		for (int d = 0; d < DEPARTMENTS; d++) {
			String code = "BD" + d;
			jdbc.update("insert into department (code, name) values (?, ?)", code, "Benchmarkafdeling " + d);
			departments.add(jdbc.queryForObject("select id from department where code = ?", Long.class, code));
		}
		List<Object[]> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(new Object[] { "B" + (500_000 + i), "Naam" + i, "Bench", departments.get(i % DEPARTMENTS),
					today.minusDays(random.nextInt(365 * 20)), "EMPLOYEE" });
		}
		batches("insert into employee (employee_number, first_name, last_name, department_id, start_date, worker_type) values (?, ?, ?, ?, ?, ?)",
				people);
		List<Long> ids = jdbc.queryForList("select id from employee where last_name = 'Bench' order by id", Long.class);
		List<Object[]> rows = new ArrayList<>();
		String[] reasons = { "ROLLOUT", "NEW_HIRE", "REFRESHER" };
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			int d = i % DEPARTMENTS;
			for (String course : COURSES) {
				int kind = random.nextInt(10);
				boolean open = kind != 9;
				LocalDate completed = kind < 4 ? today.minusDays(random.nextInt(900)) : null;
				rows.add(new Object[] { id, course, "B" + (500_000 + i), "Naam" + i + " Bench", "BD" + d,
						"Benchmarkafdeling " + d, null, "EMPLOYEE", today.minusDays(random.nextInt(7000)), null,
						reasons[kind % 3], open, today.plusDays(random.nextInt(120) - 60),
						kind == 5 ? today.plusDays(30) : null, kind == 6, completed,
						completed == null ? null : completed.plusMonths(24), kind == 7, now });
			}
		}
		batches("""
				insert into report_person_course (employee_id, course_id, employee_number, display_name,
				 department_code, department_name, manager_id, worker_type, start_date, end_date, reason, is_open,
				 due_on, deferred_until, exempt, completed_on, valid_until, in_progress, refreshed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		List<Object[]> assignments = new ArrayList<>();
		for (long id : ids) {
			LocalDate assigned = today.minusDays(random.nextInt(400));
			assignments
				.add(new Object[] { id, COURSE, reasons[random.nextInt(3)], assigned, assigned.plusDays(90), now });
		}
		batches("insert into assignment (employee_id, course_id, reason, assigned_on, due_on, created_at) values (?, ?, ?, ?, ?, ?)",
				assignments);
		List<Object[]> enrolments = new ArrayList<>();
		for (long id : ids) {
			enrolments.add(new Object[] { id, COURSE, 1, "1.0.0", false, now });
		}
		batches("insert into enrolment (employee_id, course_id, run_no, course_version, refresher, started_at) values (?, ?, ?, ?, ?, ?)",
				enrolments);
		List<Long> runs = jdbc.queryForList(
				"select e.id from enrolment e join employee p on p.id = e.employee_id where p.last_name = 'Bench' order by e.id",
				Long.class);
		List<Object[]> attempts = new ArrayList<>();
		for (long run : runs) {
			attempts.add(new Object[] { run, 1, "q1,q2,q3", 0, now });
		}
		batches("insert into assessment_attempt (enrolment_id, attempt_no, draw, position, started_at) values (?, ?, ?, ?, ?)",
				attempts);
		List<Long> attemptIds = jdbc.queryForList(
				"select a.id from assessment_attempt a join enrolment e on e.id = a.enrolment_id join employee p on p.id = e.employee_id where p.last_name = 'Bench'",
				Long.class);
		List<Object[]> answers = new ArrayList<>(10_000);
		for (long attempt : attemptIds) {
			for (int q = 0; q < ANSWERS_PER_PERSON; q++) {
				answers
					.add(new Object[] { UUID.randomUUID(), attempt, "q" + q, Integer.toString(q % 4), "1.0.0", now });
				if (answers.size() == 10_000) {
					batches("insert into assessment_answer (id, attempt_id, question_id, selected, course_version, answered_at) values (?, ?, ?, ?, ?, ?)",
							answers);
					answers.clear();
				}
			}
		}
		batches("insert into assessment_answer (id, attempt_id, question_id, selected, course_version, answered_at) values (?, ?, ?, ?, ?, ?)",
				answers);
	}

	private void batches(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 5_000) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
		}
	}

}

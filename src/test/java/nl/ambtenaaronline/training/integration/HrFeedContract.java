package nl.ambtenaaronline.training.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.assignment.AssignmentExempted;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the completion feed must do on every database: each event once per key, a cursor
 * that never misses or doubles under concurrent appends, an event of an unknown person
 * skipped and counted without breaking the act, and retention that keeps the cursor
 * going. Run on H2 by {@link HrFeedTest} and on PostgreSQL by {@link PostgresHrFeedTest}.
 */
abstract class HrFeedContract {

	@Autowired
	HrFeedService feed;

	@Autowired
	HrFeedPersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	/** A person on the roster. */
	abstract long anyEmployee();

	@Test
	void aRedeliveredEventIsKeptOnce() {
		long employeeId = anyEmployee();
		Instant at = Instant.parse("2026-01-05T10:00:00Z");
		assertThat(SystemAuthentication.call(() -> feed.append("test-once:1", FeedEventKind.COMPLETED, employeeId,
				"social-media", "1.0.0", "1", at)))
			.isPresent();
		assertThat(SystemAuthentication.call(() -> feed.append("test-once:1", FeedEventKind.COMPLETED, employeeId,
				"social-media", "1.0.0", "1", at)))
			.isEmpty();
	}

	@Test
	void aReaderPagingWhileFourWritersAppendSeesEveryEventOnceInOrder() throws Exception {
		long employeeId = anyEmployee();
		long start = last();
		int writers = 4;
		int perWriter = 40;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch go = new CountDownLatch(1);
		AtomicBoolean writing = new AtomicBoolean(true);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			done.add(pool.submit(() -> {
				go.await();
				for (int i = 0; i < perWriter; i++) {
					String reference = "concurrent-" + start + "-" + writer + "-" + i;
					SystemAuthentication.run(() -> feed.append(reference, FeedEventKind.COMPLETED, employeeId,
							"social-media", "1.0.0", reference, Instant.now()));
				}
				return null;
			}));
		}
		Thread monitor = new Thread(() -> {
			for (Future<?> future : done) {
				try {
					future.get();
				}
				catch (Exception ignored) {
					// the assertions below name what is missing
				}
			}
			writing.set(false);
		});
		Map<String, Integer> seen = new HashMap<>();
		List<Long> sequences = new ArrayList<>();
		go.countDown();
		monitor.start();
		long cursor = start;
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		boolean last = false;
		while (Instant.now().isBefore(deadline)) {
			boolean finished = !writing.get();
			long from = cursor;
			FeedPage page = asClient(() -> feed.page(from, 7));
			for (FeedEvent event : page.events()) {
				sequences.add(event.sequence());
				seen.merge(event.reference(), 1, Integer::sum);
			}
			cursor = page.cursor();
			if (finished && !page.more()) {
				if (last) {
					break;
				}
				last = true;
			}
		}
		pool.shutdown();
		for (Future<?> future : done) {
			future.get();
		}
		assertThat(sequences).isSorted().doesNotHaveDuplicates();
		assertThat(sequences.getLast() - start).isEqualTo(sequences.size());
		long ours = seen.keySet().stream().filter(reference -> reference.startsWith("concurrent-" + start)).count();
		assertThat(ours).isEqualTo(writers * perWriter);
		assertThat(seen.values()).containsOnly(1);
	}

	@Test
	void anEventOfAPersonTheRosterDoesNotKnowIsSkippedCountedOnceAndTheActStillCommits() throws Exception {
		long unknown = jdbc.queryForObject("select coalesce(max(id), 0) from employee", Long.class) + 500_000
				+ ThreadLocalRandom.current().nextInt(100_000);
		long assignmentId = 800_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		long skippedBefore = SystemAuthentication.call(() -> feed.status().skipped());
		AssignmentExempted exempted = new AssignmentExempted(assignmentId, unknown, "social-media", Instant.now());
		String marker = "act-" + assignmentId;

		// the publishing transaction writes a row of its own (here a marker in the
		// skipped
		// list, so the count below includes it): it must commit
		SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> {
			jdbc.update(
					"insert into hr_feed_skipped (event_key, kind, reason, skipped_at) values (?, 'EXEMPTED', 'x', ?)",
					marker, java.sql.Timestamp.from(Instant.now()));
			events.publishEvent(exempted);
		}));
		ListenersQuiet.await(jdbc);
		// delivered again (a redelivery after a crash): counted once
		SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> events.publishEvent(exempted)));
		ListenersQuiet.await(jdbc);

		assertThat(
				jdbc.queryForObject("select count(*) from hr_feed_skipped where event_key = ?", Integer.class, marker))
			.as("the act's own write committed")
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from hr_feed_event where event_key = ?", Integer.class,
				"exempted:" + assignmentId))
			.isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from event_publication where serialized_event like ?
				and listener_id like '%HrFeedListeners%' and completion_date is null""", Integer.class,
				"%" + assignmentId + "%"))
			.as("the feed's publications completed, none left to fail")
			.isZero();
		FeedStatus status = SystemAuthentication.call(() -> feed.status());
		assertThat(status.skipped()).isEqualTo(skippedBefore + 2);
		assertThat(status.recentSkips()).anySatisfy(skip -> {
			assertThat(skip.key()).isEqualTo("exempted:" + assignmentId);
			assertThat(skip.kind()).isEqualTo(FeedEventKind.EXEMPTED);
			assertThat(skip.reason()).contains(Long.toString(unknown));
		});
		jdbc.update("delete from hr_feed_skipped where event_key = ?", marker);
	}

	@Test
	void retentionDeletesEventsOlderThanThePeriodAndTheCursorGoesOn() {
		long employeeId = anyEmployee();
		String old = "retention-old-" + System.nanoTime();
		String recent = "retention-recent-" + System.nanoTime();
		Instant now = Instant.now();
		long oldSequence = SystemAuthentication.call(() -> feed.append(old, FeedEventKind.COMPLETED, employeeId,
				"social-media", "1.0.0", old, now.minus(Duration.ofDays(365 * 11))))
			.orElseThrow();
		SystemAuthentication.run(() -> feed.append(recent, FeedEventKind.COMPLETED, employeeId, "social-media", "1.0.0",
				recent, now.minus(Duration.ofDays(30))));

		var erased = personalData.apply(Period.ofYears(10), now);

		assertThat(erased.records()).isPositive();
		assertThat(erased.employeeIds()).contains(employeeId);
		assertThat(jdbc.queryForObject("select count(*) from hr_feed_event where reference = ?", Integer.class, old))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from hr_feed_event where reference = ?", Integer.class, recent))
			.isOne();
		long next = SystemAuthentication
			.call(() -> feed.append("retention-next-" + now, FeedEventKind.COMPLETED, employeeId, "social-media",
					"1.0.0", "next", now))
			.orElseThrow();
		assertThat(next).isGreaterThan(oldSequence + 1);
	}

	long last() {
		Long last = jdbc.queryForObject("select last_sequence from hr_feed_counter where id = 1", Long.class);
		return last == null ? 0 : last;
	}

	static <T> T asClient(Supplier<T> work) {
		var previous = SecurityContexts.strategy().getContext();
		SecurityContexts.strategy()
			.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("feed-client:test",
					null, List.of(new SimpleGrantedAuthority("ROLE_" + HrFeedService.FEED_CLIENT)))));
		try {
			return work.get();
		}
		finally {
			SecurityContexts.strategy().setContext(previous);
		}
	}

}

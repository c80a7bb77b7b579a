package nl.ambtenaaronline.training.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verify rate limit as two nodes see it: two limiters on one database, as two
 * application nodes behind a load balancer, together allow the limit once.
 */
abstract class VerifyRateLimitContract {

	private static final int LIMIT = 30;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

	final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}

	};

	/** A client address of its own per test, so that limits do not meet. */
	final String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);

	VerifyRateLimiter node() {
		return new VerifyRateLimiter(jdbc, transactionManager, new CertificateProperties(
				new CertificateProperties.Verify(LIMIT, Duration.ofMinutes(1), Duration.ofSeconds(30))), clock);
	}

	@Test
	void twoNodesTakingTurnsTogetherAllowTheLimitOnceNotOncePerNode() {
		VerifyRateLimiter first = node();
		VerifyRateLimiter second = node();
		List<Boolean> answers = new ArrayList<>();
		for (int i = 0; i < 2 * LIMIT; i++) {
			answers.add((i % 2 == 0 ? first : second).tryAcquire(address));
		}
		assertThat(answers.subList(0, LIMIT)).containsOnly(true);
		assertThat(answers.subList(LIMIT, 2 * LIMIT)).containsOnly(false);
	}

	@Test
	void twoNodesVerifyingAtTheSameTimeTogetherAllowOnlyTheLimit() throws Exception {
		List<VerifyRateLimiter> nodes = List.of(node(), node());
		int threads = 8;
		int callsPerThread = 15;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> allowed = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				VerifyRateLimiter node = nodes.get(t % 2);
				Callable<Integer> calls = () -> {
					start.await();
					int count = 0;
					for (int i = 0; i < callsPerThread; i++) {
						if (node.tryAcquire(address)) {
							count++;
						}
					}
					return count;
				};
				allowed.add(pool.submit(calls));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> future : allowed) {
				total += future.get();
			}
			assertThat(threads * callsPerThread).isGreaterThan(2 * LIMIT);
			assertThat(total).isEqualTo(LIMIT);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLimitedAddressMayVerifyAgainOnAnyNodeOnceItsWindowHasPassed() {
		VerifyRateLimiter first = node();
		VerifyRateLimiter second = node();
		for (int i = 0; i < LIMIT; i++) {
			assertThat(first.tryAcquire(address)).isTrue();
		}
		now.set(now.get().plusSeconds(20));
		assertThat(second.tryAcquire(address)).isFalse();
		assertThat(second.retryAfterSeconds(address)).isEqualTo(40);
		now.set(now.get().plusSeconds(41));
		assertThat(second.tryAcquire(address)).isTrue();
		assertThat(first.tryAcquire(address)).isTrue();
	}

	@Test
	void theAddressIsKeptOnlyAsADigestAndOnlyForItsWindow() {
		VerifyRateLimiter node = node();
		node.tryAcquire(address);
		assertThat(rowsFor(address)).isZero();
		assertThat(rowsFor(VerifyRateLimiter.hash(address))).isOne();
		now.set(now.get().plus(Duration.ofMinutes(1)));
		node.remembered();
		assertThat(rowsFor(VerifyRateLimiter.hash(address))).isZero();
	}

	private int rowsFor(String key) {
		Integer rows = jdbc.queryForObject("select count(*) from verify_rate_window where address_hash = ?",
				Integer.class, key);
		return rows == null ? 0 : rows;
	}

}

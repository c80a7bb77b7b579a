package nl.ambtenaaronline.training.shared;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientRetryTest {

	@AfterEach
	void noTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void aDeadlockVictimRunsAgainUntilItSucceeds() {
		AtomicInteger calls = new AtomicInteger();
		String result = TransientRetry.call("test", () -> {
			if (calls.incrementAndGet() < 3) {
				throw new CannotAcquireLockException("Deadlock detected");
			}
			return "done";
		});
		assertThat(result).isEqualTo("done");
		assertThat(calls).hasValue(3);
	}

	@Test
	void aFailureThatIsNotPassingRunsOnceAndIsThrownOn() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> TransientRetry.run("test", () -> {
			calls.incrementAndGet();
			throw new DuplicateKeyException("duplicate");
		})).isInstanceOf(DuplicateKeyException.class);
		assertThat(calls).hasValue(1);
	}

	@Test
	void afterTheLastAttemptThePassingFailureIsThrownOn() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> TransientRetry.run("test", () -> {
			calls.incrementAndGet();
			throw new CannotAcquireLockException("lock timeout");
		})).isInstanceOf(CannotAcquireLockException.class);
		assertThat(calls).hasValue(TransientRetry.ATTEMPTS);
	}

	@Test
	void insideATransactionTheWorkRunsOnceForTheTransactionIsSpoiled() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> TransientRetry.run("test", () -> {
			calls.incrementAndGet();
			throw new CannotAcquireLockException("Deadlock detected");
		})).isInstanceOf(CannotAcquireLockException.class);
		assertThat(calls).hasValue(1);
	}

	@Test
	void passingFailuresAreKnownByTheirSqlStateToo() {
		assertThat(TransientRetry.isTransient(
				new UncategorizedSQLException("x", "select", new SQLException("could not serialize access", "40001"))))
			.isTrue();
		assertThat(TransientRetry
			.isTransient(new UncategorizedSQLException("x", "select", new SQLException("deadlock detected", "40P01"))))
			.isTrue();
		assertThat(TransientRetry
			.isTransient(new UncategorizedSQLException("x", "select", new SQLException("syntax error", "42601"))))
			.isFalse();
	}

}

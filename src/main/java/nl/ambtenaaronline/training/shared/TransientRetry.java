package nl.ambtenaaronline.training.shared;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs background work (an event listener, a scheduled job) again when the database
 * refused it for a passing reason: a deadlock victim, a serialization failure, a lock
 * timeout. A bounded number of attempts with a short, growing, jittered pause; what still
 * fails is logged with the name of the work and thrown on, so that the event publication
 * stays incomplete and is resubmitted later.
 * <p>
 * Only work that owns its transaction can be run again: inside a transaction the failed
 * statement has already spoiled it, so there the work runs once.
 */
public final class TransientRetry {

	/** Attempts in all, the first included. */
	public static final int ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

	/**
	 * SQL states of passing failures: serialization failure and deadlock (standard and
	 * PostgreSQL), lock not available (PostgreSQL), lock timeout (H2).
	 */
	private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

	private static final RetryPolicy POLICY = RetryPolicy.builder()
		.maxRetries(ATTEMPTS - 1)
		.delay(Duration.ofMillis(50))
		.multiplier(2)
		.jitter(Duration.ofMillis(25))
		.maxDelay(Duration.ofSeconds(1))
		.predicate(TransientRetry::isTransient)
		.build();

	private static final RetryTemplate TEMPLATE = new RetryTemplate(POLICY);

	private TransientRetry() {
	}

	/**
	 * Runs the work, again after a passing database failure.
	 * @param name what runs, for the log (e.g. the listener and its event)
	 */
	public static <T> T call(String name, Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		try {
			return TEMPLATE.execute(new org.springframework.core.retry.Retryable<T>() {
				@Override
				public T execute() {
					return work.get();
				}

				@Override
				public String getName() {
					return name;
				}
			});
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException();
			if (isTransient(last)) {
				log.error("{} failed {} times on a passing database failure; left for a later attempt: {}", name,
						ex.getRetryCount() + 1, last.toString());
			}
			else {
				log.error("{} failed: {}", name, last.toString());
			}
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(name + " failed", last);
		}
	}

	/** Runs the work, again after a passing database failure. */
	public static void run(String name, Runnable work) {
		call(name, () -> {
			work.run();
			return null;
		});
	}

	/** Whether the failure, or one of its causes, is a passing database failure. */
	public static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof SQLTransientException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& TRANSIENT_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}

package nl.ambtenaaronline.training.integration;

import java.time.Instant;

/**
 * A statement whose last attempt to reach the LRS failed.
 *
 * @param status {@code PENDING} (tried again at {@code nextAttemptAt}) or {@code FAILED}
 * (no more attempts)
 */
public record XapiFailure(String statementId, String verb, String status, int attempts, String error,
		Instant nextAttemptAt) {
}

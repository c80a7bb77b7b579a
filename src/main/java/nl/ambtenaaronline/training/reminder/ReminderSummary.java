package nl.ambtenaaronline.training.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One reminder of the outbox.
 *
 * @param employeeId whom it is about (the learner; the manager for a digest)
 * @param recipientEmployeeId who receives it (the learner, or the manager when the
 * learner has no e-mail address)
 * @param viaManager whether it went to the manager because the learner has no address
 * @param recipientAddress the address, subject and bodies are null once retention erased
 * them
 */
public record ReminderSummary(long id, ReminderKind kind, long employeeId, @Nullable Long recipientEmployeeId,
		boolean viaManager, @Nullable String courseId, @Nullable String recipientAddress, String language,
		@Nullable String subject, @Nullable String bodyText, ReminderStatus status, int attempts, Instant nextAttemptAt,
		@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

	/** Whether it reached a mailbox (or, without SMTP, the sent-mail view). */
	public boolean delivered() {
		return status == ReminderStatus.SENT || status == ReminderStatus.SHOWN;
	}

}

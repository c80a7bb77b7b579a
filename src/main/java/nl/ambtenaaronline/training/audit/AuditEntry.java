package nl.ambtenaaronline.training.audit;

import java.time.Instant;

/** One event of the audit trail, as read back. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject, AuditResult result,
		String origin, String details, String previousHash, String hash) {
}

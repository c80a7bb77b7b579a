package nl.ambtenaaronline.training.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One event of the audit trail, as read back. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject, AuditResult result,
		String origin, String details, String previousHash, String hash) {

	/**
	 * The event as a row of a person's copy of their data: without the origin (the
	 * address of whoever acted) and the hashes.
	 */
	public Map<String, String> asPersonalRow() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("id", Long.toString(id));
		row.put("occurredAt", occurredAt.toString());
		row.put("action", action);
		row.put("subject", subject);
		row.put("actor", actor);
		row.put("result", result.name());
		row.put("details", details);
		return row;
	}

}

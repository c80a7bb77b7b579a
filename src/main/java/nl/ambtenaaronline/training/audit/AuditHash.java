package nl.ambtenaaronline.training.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The SHA-256 link of the audit chain: each event's hash covers the previous hash. */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(String previousHash, long id, Instant occurredAt, String actor, String action, String subject,
			AuditResult result, String origin, String details) {
		String canonical = String.join("\u001f", previousHash, Long.toString(id), occurredAt.toString(), actor, action,
				subject, result.name(), origin, details);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

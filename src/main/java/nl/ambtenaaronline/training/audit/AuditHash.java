package nl.ambtenaaronline.training.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 link of the audit chain: each event's hash covers the previous hash.
 * <p>
 * Events written since retention exists
 * ({@link #of(String, long, Instant, String, AuditResult, String)}) cover a digest of
 * their personal fields (actor, subject, origin, details) instead of the fields
 * themselves: retention erases the fields, keeps the digest, and the chain still
 * verifies. The digest of a field set is only reproducible from the original fields, so
 * an erased event cannot be "restored" with other content. Older events ({@link #legacy})
 * cover the fields directly and are kept whole.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private static final String SEPARATOR = "\u001f";

	private AuditHash() {
	}

	/** The hash of an event that keeps a digest of its personal fields. */
	static String of(String previousHash, long id, Instant occurredAt, String action, AuditResult result,
			String personalDigest) {
		return sha256(String.join(SEPARATOR, "v2", previousHash, Long.toString(id), occurredAt.toString(), action,
				result.name(), personalDigest));
	}

	/** The digest of the personal fields of an event, kept when they are erased. */
	static String personalDigest(String actor, String subject, String origin, String details) {
		return sha256(String.join(SEPARATOR, actor, subject, origin, details));
	}

	/** The hash of an event written before personal digests existed. */
	static String legacy(String previousHash, long id, Instant occurredAt, String actor, String action, String subject,
			AuditResult result, String origin, String details) {
		return sha256(String.join(SEPARATOR, previousHash, Long.toString(id), occurredAt.toString(), actor, action,
				subject, result.name(), origin, details));
	}

	private static String sha256(String canonical) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package nl.ambtenaaronline.training.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchors the head of the audit chain outside the database's reach: a keyed digest
 * (HMAC-SHA256) of the last event's number and hash, with a key from configuration
 * ({@code app.audit.anchor-key}) that the database never holds. Whoever can write the
 * database can recompute every hash of the chain, but not an anchor: the chain check
 * proves every anchored event still has the anchored hash. Each anchor is also written to
 * the application log and to the JSON-lines export, so a copy lives outside the database
 * too. Without a key nothing is anchored (a warning at start-up).
 */
@Component
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	/** One anchored head of the chain. */
	record Anchor(long seq, String hash, Instant anchoredAt, String mac) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final byte[] key;

	private final AuditAppender appender;

	AuditAnchors(JdbcTemplate jdbc, Clock clock, AuditProperties properties, AuditAppender appender) {
		this.appender = appender;
		this.jdbc = jdbc;
		this.clock = clock;
		String key = properties.anchorKey();
		this.key = key.isBlank() ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
		if (key.isBlank()) {
			log.warn("No app.audit.anchor-key: the audit chain head is not anchored outside the database");
		}
	}

	boolean enabled() {
		return key.length > 0;
	}

	/**
	 * Anchors the current head of the chain, unless it is anchored already or there is no
	 * key.
	 */
	@Transactional
	Optional<Anchor> anchorHead() {
		if (!enabled()) {
			return Optional.empty();
		}
		appender.flush();
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		long seq = ((Number) head.get("last_seq")).longValue();
		String hash = (String) head.get("last_hash");
		if (seq == 0) {
			return Optional.empty();
		}
		Optional<Anchor> existing = all().stream().filter(anchor -> anchor.seq() == seq).findFirst();
		if (existing.isPresent()) {
			return existing;
		}
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Anchor anchor = new Anchor(seq, hash, at, mac(seq, hash, at));
		jdbc.update("insert into audit_chain_anchor (seq, hash, anchored_at, mac) values (?, ?, ?, ?)", seq, hash,
				at.atOffset(ZoneOffset.UTC), anchor.mac());
		log.info("Audit chain anchor: seq={} hash={} at={} mac={}", seq, hash, at, anchor.mac());
		return Optional.of(anchor);
	}

	/** Every anchor, oldest first. */
	List<Anchor> all() {
		return jdbc.query("select seq, hash, anchored_at, mac from audit_chain_anchor order by seq",
				(rs, row) -> new Anchor(rs.getLong("seq"), rs.getString("hash"),
						rs.getObject("anchored_at", OffsetDateTime.class).toInstant(), rs.getString("mac")));
	}

	/**
	 * Whether the anchor's digest is the one the key gives; without a key nothing can be
	 * proved and every anchor counts as valid.
	 */
	boolean valid(Anchor anchor) {
		return !enabled() || MessageDigest.isEqual(
				mac(anchor.seq(), anchor.hash(), anchor.anchoredAt()).getBytes(StandardCharsets.US_ASCII),
				anchor.mac().getBytes(StandardCharsets.US_ASCII));
	}

	String mac(long seq, String hash, Instant at) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of()
				.formatHex(mac.doFinal(("audit-anchor\u001f" + seq + "\u001f" + hash + "\u001f" + at)
					.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

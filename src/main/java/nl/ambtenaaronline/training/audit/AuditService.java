package nl.ambtenaaronline.training.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail. Every event carries the SHA-256 hash of the one before it,
 * so that an edited or deleted row breaks the chain. Appends are serialised by a row lock
 * on the chain head, which works the same on H2 and PostgreSQL.
 */
@Service
public class AuditService {

	private static final int MAX_DETAILS = 1000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/**
	 * An event may carry the erased marker only when it is older than this: the shortest
	 * audit retention that can be set (setting {@code retention.audit.months}, at least
	 * 12).
	 */
	static final int ERASABLE_AFTER_MONTHS = 12;

	private final AuditAnchors anchors;

	private final AuditAppender appender;

	AuditService(JdbcTemplate jdbc, Clock clock, AuditAnchors anchors, AuditAppender appender) {
		this.anchors = anchors;
		this.jdbc = jdbc;
		this.clock = clock;
		this.appender = appender;
	}

	/** Records a successful action of the current user. */
	@PermitAll
	@Transactional
	public void record(String action, String subject) {
		record(action, subject, AuditResult.SUCCESS, "");
	}

	/**
	 * Records an action of the current user (or the system) in the caller's transaction,
	 * so the event commits together with the change it describes. The event takes its
	 * place in the chain when the transaction commits (see {@link AuditAppender}).
	 * @param action what was done, e.g. {@code account.created}
	 * @param subject on what, as ids only, e.g. {@code employee:42}
	 * @param result success, denied or failed
	 * @param details short extra facts; never names or other personal data
	 */
	@PermitAll
	@Transactional
	public void record(String action, String subject, AuditResult result, String details) {
		String safeDetails = details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
		appender.add(
				new AuditAppender.Pending(AuditActor.current(), action, subject, result, currentOrigin(), safeDetails));
	}

	/**
	 * Writes the events recorded so far in the current transaction into the trail now,
	 * rather than when the transaction commits: for a caller that reads the trail itself
	 * in the same transaction. This service's own readers do it for you.
	 */
	@PermitAll
	@Transactional
	public void flush() {
		appender.flush();
	}

	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
		appender.flush();
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		args.add(limit);
		args.add(offset);
		return jdbc.query("select * from audit_event" + where + " order by id desc limit ? offset ?", this::map,
				args.toArray());
	}

	/**
	 * The audit trail of exactly these subjects (e.g. {@code employee:42} and that
	 * person's {@code assignment:7}), newest first: HR's drill-down on one person.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AuditEntry> trailOf(Collection<String> subjects, int limit) {
		appender.flush();
		if (subjects.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>(subjects);
		args.add(limit);
		String in = String.join(",", Collections.nCopies(subjects.size(), "?"));
		return jdbc.query("select * from audit_event where subject in (" + in + ") order by id desc limit ?", this::map,
				args.toArray());
	}

	/** The action codes in the trail, for the log's drop-down filter. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<String> actions() {
		appender.flush();
		return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
	}

	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long count(AuditFilter filter) {
		appender.flush();
		List<Object> args = new ArrayList<>();
		Long count = jdbc.queryForObject("select count(*) from audit_event" + where(filter, args), Long.class,
				args.toArray());
		return count == null ? 0 : count;
	}

	/**
	 * The events whose subject names one of the given ids (e.g. {@code employee:42}), as
	 * a whole word, oldest first: for a person's own copy of their data. The caller
	 * scopes the ids to the person asking.
	 */
	@RolesAllowed({ Roles.EMPLOYEE, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<AuditEntry> about(Collection<String> subjectIds) {
		appender.flush();
		List<AuditEntry> found = new ArrayList<>();
		for (String id : subjectIds) {
			Pattern word = Pattern.compile("(?:^|\\s)" + Pattern.quote(id) + "(?:$|\\s)");
			jdbc.query("select * from audit_event where subject like ? order by id", (ResultSet rs) -> {
				AuditEntry entry = map(rs, 0);
				if (word.matcher(entry.subject()).find()) {
					found.add(entry);
				}
			}, "%" + id + "%");
		}
		found.sort(Comparator.comparingLong(AuditEntry::id));
		return found;
	}

	/**
	 * Checks the chain on demand (see {@link #checkChain(String)}); the result is stored
	 * and audited.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public ChainCheck verifyChain() {
		return checkChain(StoredChainCheck.ON_DEMAND);
	}

	/**
	 * Walks the whole chain in id order and recomputes every hash, then stores the result
	 * (the latest stored check is what administrators and auditors are warned about) and
	 * audits it as {@code audit.chain-checked}, FAILED when the chain is broken.
	 * @param trigger {@link StoredChainCheck#SCHEDULED} or
	 * {@link StoredChainCheck#ON_DEMAND}
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public ChainCheck checkChain(String trigger) {
		appender.flush();
		ChainCheck check = walkChain();
		jdbc.update(
				"insert into audit_chain_check (checked_at, trigger_kind, intact, checked, broken_at, problem) values (?, ?, ?, ?, ?, ?)",
				clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), trigger, check.intact(),
				check.checked(), check.brokenAt(), check.problem());
		record("audit.chain-checked", "audit", check.intact() ? AuditResult.SUCCESS : AuditResult.FAILED,
				"trigger=" + trigger + ";checked=" + check.checked()
						+ (check.intact() ? "" : ";broken-at=" + check.brokenAt() + ";problem=" + check.problem()));
		return check;
	}

	/** The latest stored check of the chain, if any. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Optional<StoredChainCheck> lastChainCheck() {
		return jdbc
			.query("select * from audit_chain_check order by id desc limit 1",
					(rs, row) -> new StoredChainCheck(rs.getObject("checked_at", OffsetDateTime.class).toInstant(),
							rs.getString("trigger_kind"),
							new ChainCheck(rs.getBoolean("intact"), rs.getLong("checked"),
									rs.getObject("broken_at", Long.class), rs.getString("problem"))))
			.stream()
			.findFirst();
	}

	/**
	 * Streams the events that match the filter, oldest first, to {@code out} (which stays
	 * open), and audits the export with its filter and row count.
	 * @return the number of events written
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public long export(AuditFilter filter, AuditExportFormat format, OutputStream out) {
		appender.flush();
		List<Object> args = new ArrayList<>();
		String sql = "select * from audit_event" + where(filter, args) + " order by id";
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		AtomicLong rows = new AtomicLong();
		boolean done = false;
		try {
			if (format == AuditExportFormat.CSV) {
				writer.write('\uFEFF');
				writer.write(AuditExportLines.CSV_HEADER);
			}
			AtomicLong firstId = new AtomicLong(Long.MAX_VALUE);
			AtomicLong lastId = new AtomicLong(0);
			jdbc.query(connection -> {
				PreparedStatement statement = connection.prepareStatement(sql);
				statement.setFetchSize(500);
				for (int i = 0; i < args.size(); i++) {
					statement.setObject(i + 1, args.get(i));
				}
				return statement;
			}, (ResultSet rs) -> {
				AuditEntry entry = map(rs, 0);
				try {
					writer.write(format == AuditExportFormat.CSV ? AuditExportLines.csv(entry)
							: AuditExportLines.json(entry));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows.incrementAndGet();
				firstId.compareAndSet(Long.MAX_VALUE, entry.id());
				lastId.set(entry.id());
			});
			if (format == AuditExportFormat.JSON_LINES) {
				for (AuditAnchors.Anchor anchor : anchors.all()) {
					if (anchor.seq() >= firstId.get() && anchor.seq() <= lastId.get()) {
						writer.write(AuditExportLines.json(anchor));
					}
				}
			}
			writer.flush();
			done = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			record("audit.exported", "audit", done ? AuditResult.SUCCESS : AuditResult.FAILED,
					"format=" + format.extension() + ";rows=" + rows.get() + ";filter=" + filter.describe());
		}
		return rows.get();
	}

	private ChainCheck walkChain() {
		Map<Long, AuditAnchors.Anchor> anchored = new HashMap<>();
		anchors.all().forEach(anchor -> anchored.put(anchor.seq(), anchor));
		Instant erasable = clock.instant().atZone(ZoneOffset.UTC).minusMonths(ERASABLE_AFTER_MONTHS).toInstant();
		AtomicLong expectedId = new AtomicLong(1);
		AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
		AtomicReference<@Nullable ChainCheck> broken = new AtomicReference<>();
		jdbc.query("select * from audit_event order by id", (ResultSet rs) -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = map(rs, 0);
			long checked = expectedId.get() - 1;
			if (entry.id() != expectedId.get()) {
				broken.set(new ChainCheck(false, checked, entry.id(), "audit.chain.missing"));
			}
			else if (!entry.previousHash().equals(previous.get())) {
				broken.set(new ChainCheck(false, checked, entry.id(), "audit.chain.link"));
			}
			else if (!entry.hash()
				.equals(expectedHash(entry, rs.getString("personal_digest"),
						rs.getObject("erased_at", OffsetDateTime.class) != null))) {
				broken.set(new ChainCheck(false, checked, entry.id(), "audit.chain.altered"));
			}
			else if (rs.getObject("erased_at", OffsetDateTime.class) != null
					&& !entry.occurredAt().isBefore(erasable)) {
				broken.set(new ChainCheck(false, checked, entry.id(), "audit.chain.erased-early"));
			}
			else if (anchored.containsKey(entry.id()) && (!anchors.valid(anchored.get(entry.id()))
					|| !anchored.get(entry.id()).hash().equals(entry.hash()))) {
				broken.set(new ChainCheck(false, checked, entry.id(), "audit.chain.anchor"));
			}
			previous.set(entry.hash());
			expectedId.incrementAndGet();
		});
		ChainCheck result = broken.get();
		if (result != null) {
			return result;
		}
		long checked = expectedId.get() - 1;
		Optional<Long> beyond = anchored.keySet().stream().filter(seq -> seq > checked).min(Long::compare);
		if (beyond.isPresent()) {
			// anchored events are gone
			return new ChainCheck(false, checked, beyond.get(), "audit.chain.anchor");
		}
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		if (((Number) head.get("last_seq")).longValue() != checked || !previous.get().equals(head.get("last_hash"))) {
			return new ChainCheck(false, checked, checked + 1, "audit.chain.tail");
		}
		return new ChainCheck(true, checked, null, null);
	}

	/**
	 * The hash the event must have: events with a personal digest are checked against the
	 * digest of their fields, or — once erased, with all personal fields empty — against
	 * the digest they kept; older events against their fields. A mismatch anywhere gives
	 * a hash that cannot match.
	 */
	private static String expectedHash(AuditEntry entry, @Nullable String storedDigest, boolean erased) {
		if (storedDigest == null) {
			return AuditHash.legacy(entry.previousHash(), entry.id(), entry.occurredAt(), entry.actor(), entry.action(),
					entry.subject(), entry.result(), entry.origin(), entry.details());
		}
		String digest;
		if (erased) {
			boolean blank = entry.actor().isEmpty() && entry.subject().isEmpty() && entry.origin().isEmpty()
					&& entry.details().isEmpty();
			digest = blank ? storedDigest : "";
		}
		else {
			digest = AuditHash.personalDigest(entry.actor(), entry.subject(), entry.origin(), entry.details());
			if (!digest.equals(storedDigest)) {
				digest = "";
			}
		}
		return AuditHash.of(entry.previousHash(), entry.id(), entry.occurredAt(), entry.action(), entry.result(),
				digest);
	}

	private static String where(AuditFilter filter, List<Object> args) {
		List<String> parts = new ArrayList<>();
		like("action", filter.action(), parts, args);
		like("actor", filter.actor(), parts, args);
		like("subject", filter.subject(), parts, args);
		if (filter.from() != null) {
			parts.add("occurred_at >= ?");
			args.add(filter.from().atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			parts.add("occurred_at < ?");
			args.add(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime());
		}
		if (filter.result() != null) {
			parts.add("result = ?");
			args.add(filter.result().name());
		}
		if (filter.people() != null) {
			if (filter.people().isEmpty()) {
				parts.add("1 = 0");
			}
			else {
				// each person's references, as actor or in the subject
				List<String> any = new ArrayList<>();
				for (String reference : filter.people()) {
					List<String> one = new ArrayList<>();
					like("actor", reference, one, args);
					like("subject", reference, one, args);
					any.addAll(one);
				}
				parts.add("(" + String.join(" or ", any) + ")");
			}
		}
		return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
	}

	/**
	 * A reference such as {@code account:3}: a kind, a colon and a number. It matches one
	 * whole word of the column, so account:3 never finds account:31.
	 */
	private static final Pattern REFERENCE = Pattern.compile("[a-z][a-z-]*:[0-9]+");

	/**
	 * A reference ({@code kind:id}) matches as a whole word of the column (a subject may
	 * hold several, e.g. {@code certificate:5 employee:74}); any other text matches as
	 * "contains", case insensitive.
	 */
	private static void like(String column, @Nullable String value, List<String> parts, List<Object> args) {
		if (value == null || value.isBlank()) {
			return;
		}
		String text = value.trim().toLowerCase(Locale.ROOT);
		if (REFERENCE.matcher(text).matches()) {
			// the reference holds no like wildcards (no _ or %), so it is used as it is
			parts.add("(lower(" + column + ") = ? or lower(" + column + ") like ? or lower(" + column
					+ ") like ? or lower(" + column + ") like ?)");
			args.add(text);
			args.add(text + " %");
			args.add("% " + text);
			args.add("% " + text + " %");
			return;
		}
		parts.add("lower(" + column + ") like ?");
		args.add("%" + text + "%");
	}

	private AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
				AuditResult.valueOf(rs.getString("result")), rs.getString("origin"), rs.getString("details"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static String currentOrigin() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}

}

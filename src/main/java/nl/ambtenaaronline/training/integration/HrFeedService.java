package nl.ambtenaaronline.training.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * The completion feed for the HR system: appends what the learning, certificate and
 * assignment features publish, pages it by cursor for the HTTP clients, writes the daily
 * file and manages the clients' tokens.
 */
@Service
public class HrFeedService {

	/** The role a feed client's token gives, and nothing else. */
	public static final String FEED_CLIENT = "HR_FEED_CLIENT";

	static final int MAX_CLIENT_NAME = 100;

	private final HrFeedStore store;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final AuditService audit;

	private final IntegrationProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	HrFeedService(HrFeedStore store, EmployeeService employees, AccountService accounts, AuditService audit,
			IntegrationProperties properties, Clock clock) {
		this.store = store;
		this.employees = employees;
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Appends one event, once per key (a repeated event changes nothing), in the caller's
	 * transaction. Runs as the system from the listeners.
	 * @return the sequence number given, or empty when the key was there already
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public Optional<Long> append(String key, FeedEventKind kind, long employeeId, String courseId, String courseVersion,
			String reference, Instant occurredAt) {
		EmployeeSummary employee = employees.findById(employeeId)
			.orElseThrow(() -> new IllegalStateException("no employee " + employeeId));
		return store.append(new HrFeedStore.NewEvent(key, kind, employeeId, employee.employeeNumber(), courseId,
				courseVersion, reference, occurredAt), clock.instant());
	}

	/**
	 * The events after the cursor, at most {@code limit} (capped by the configured page
	 * size): for the HTTP clients of the HR system.
	 */
	@RolesAllowed(FEED_CLIENT)
	@Transactional(readOnly = true)
	public FeedPage page(long after, int limit) {
		int size = Math.max(1, Math.min(limit, properties.hrFeed().pageSize()));
		List<FeedEvent> events = store.after(Math.max(after, 0), size + 1);
		boolean more = events.size() > size;
		List<FeedEvent> page = more ? events.subList(0, size) : events;
		long cursor = page.isEmpty() ? Math.max(after, 0) : page.getLast().sequence();
		return new FeedPage(page, cursor, more);
	}

	/** How many events the feed holds now. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long size() {
		return store.count();
	}

	/** The daily file's content for one day (Amsterdam), by the moment of recording. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public String csvOf(LocalDate day) {
		Instant from = day.atStartOfDay(TimeConfiguration.ZONE).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
		return HrFeedCsv.write(store.recordedBetween(from, to));
	}

	/**
	 * Writes the day's file {@code hr-feed-YYYY-MM-DD.csv} to the configured folder:
	 * first to a temporary file beside it, then moved into place, so the HR system never
	 * reads half a file. An existing file of that day is replaced with the same rows.
	 * @return the file, or empty when no folder is configured
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public Optional<Path> writeFile(LocalDate day) {
		String folder = properties.hrFeed().csvFolder();
		if (folder == null || folder.isBlank()) {
			return Optional.empty();
		}
		String csv = csvOf(day);
		try {
			Path directory = Files.createDirectories(Path.of(folder));
			Path target = directory.resolve("hr-feed-" + day + ".csv");
			Path temporary = Files.createTempFile(directory, ".hr-feed-" + day, ".tmp");
			Files.writeString(temporary, csv, StandardCharsets.UTF_8);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return Optional.of(target);
		}
		catch (IOException failed) {
			throw new UncheckedIOException("could not write the HR feed file of " + day + " to " + folder, failed);
		}
	}

	/** The clients of the HTTP feed, by name. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public List<FeedClient> clients() {
		return store.clients();
	}

	/**
	 * Creates a client with a new random token, returned this once; only its SHA-256 is
	 * stored. Audited.
	 * @throws IntegrationException for an empty or too long name, or a name in use
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public NewFeedClient createClient(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_CLIENT_NAME) {
			throw new IntegrationException("integration.client.error.name");
		}
		if (store.clientByName(stripped).isPresent()) {
			throw new IntegrationException("integration.client.error.name-taken");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = "aof_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String by = accounts.current().map(user -> "account:" + user.accountId()).orElse("system");
		try {
			store.insertClient(stripped, hash(token), by, clock.instant());
		}
		catch (DuplicateKeyException concurrently) {
			throw new IntegrationException("integration.client.error.name-taken");
		}
		FeedClient client = store.clientByName(stripped).orElseThrow();
		audit.record("integration.feed-client.created", "feed-client:" + client.id(), AuditResult.SUCCESS, stripped);
		return new NewFeedClient(client, token);
	}

	/** Revokes a client's token; it gets 403 from then on. Audited. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void revokeClient(long id) {
		if (!store.revoke(id, clock.instant())) {
			throw new IntegrationException("integration.client.error.revoked");
		}
		audit.record("integration.feed-client.revoked", "feed-client:" + id);
	}

	/**
	 * The client a presented token belongs to (revoked ones too, so the caller can tell
	 * 401 from 403), and notes its use. For the endpoint's filter, before any login.
	 */
	@Transactional
	Optional<FeedClient> clientOf(@Nullable String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		Optional<FeedClient> client = store.clientByTokenHash(hash(token));
		client.filter(FeedClient::active).ifPresent(found -> store.used(found.id(), clock.instant()));
		return client;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}

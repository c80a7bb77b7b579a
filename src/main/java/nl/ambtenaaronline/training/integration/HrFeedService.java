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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;
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

	private static final String CLIENT_PRINCIPAL = "feed-client:";

	private static final String TOKEN_PREFIX = "aof_";

	private static final Logger log = LoggerFactory.getLogger(HrFeedService.class);

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
	 * Appends one event, once per key (a repeated event changes nothing). Runs as the
	 * system from the listeners, in a transaction of its own after the act it reports
	 * committed. An event of a person the roster does not know cannot be recorded: it is
	 * skipped, logged and kept in the skipped events (once per key), which
	 * {@link #status()} counts for the administrator; it does not fail, so the act and
	 * the other listeners go on.
	 * @return the sequence number given, or empty when the key was there already or the
	 * event was skipped
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public Optional<Long> append(String key, FeedEventKind kind, long employeeId, String courseId, String courseVersion,
			String reference, Instant occurredAt) {
		Optional<EmployeeSummary> employee = employees.findById(employeeId);
		if (employee.isEmpty()) {
			String reason = "no employee with id " + employeeId + " on the roster";
			if (store.skip(key, kind, reason, clock.instant())) {
				log.warn("HR feed: event {} ({}) skipped: {}", key, kind, reason);
			}
			return Optional.empty();
		}
		return store.append(new HrFeedStore.NewEvent(key, kind, employeeId, employee.get().employeeNumber(), courseId,
				courseVersion, reference, occurredAt), clock.instant());
	}

	/**
	 * The events after the cursor, at most {@code limit} (capped by the configured page
	 * size): for the HTTP clients of the HR system. Notes the cursor asked from as the
	 * client's, so an administrator sees how far it has read.
	 */
	@RolesAllowed(FEED_CLIENT)
	@Transactional
	public FeedPage page(long after, int limit) {
		long from = Math.max(after, 0);
		int size = Math.max(1, Math.min(limit, properties.hrFeed().pageSize()));
		List<FeedEvent> events = store.after(from, size + 1);
		boolean more = events.size() > size;
		List<FeedEvent> page = more ? events.subList(0, size) : events;
		long cursor = page.isEmpty() ? from : page.getLast().sequence();
		currentClientId().ifPresent(client -> store.fetched(client, from));
		return new FeedPage(page, cursor, more);
	}

	/**
	 * The feed's state for the administrator: events held, the newest cursor number and
	 * the skipped events (count and the newest ten).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public FeedStatus status() {
		return new FeedStatus(store.count(), store.lastSequence(), store.skippedCount(), store.recentSkips(10));
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
		String stripped = validName(name);
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new NewFeedClient(insert(stripped, token), token);
	}

	/**
	 * Creates a client with the token given, unless a client of that name exists: for the
	 * demo city, whose known token is printed at start-up (as its authenticator secrets
	 * are). Audited.
	 * @return whether it was created now
	 * @throws IntegrationException for a bad name or a token that is not {@code aof_}
	 * followed by at least 32 characters
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public boolean createClientIfMissing(String name, String token) {
		String stripped = validName(name);
		if (!token.startsWith(TOKEN_PREFIX) || token.length() < TOKEN_PREFIX.length() + 32 || token.length() > 200
				|| !token.chars().allMatch(c -> c > ' ' && c < 127)) {
			throw new IntegrationException("integration.client.error.token");
		}
		if (store.clientByName(stripped).isPresent()) {
			return false;
		}
		insert(stripped, token);
		return true;
	}

	private static String validName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_CLIENT_NAME) {
			throw new IntegrationException("integration.client.error.name");
		}
		return stripped;
	}

	private FeedClient insert(String name, String token) {
		if (store.clientByName(name).isPresent()) {
			throw new IntegrationException("integration.client.error.name-taken");
		}
		String by = accounts.current().map(user -> "account:" + user.accountId()).orElse("system");
		try {
			store.insertClient(name, hash(token), by, clock.instant());
		}
		catch (DuplicateKeyException concurrently) {
			throw new IntegrationException("integration.client.error.name-taken");
		}
		FeedClient client = store.clientByName(name).orElseThrow();
		audit.record("integration.feed-client.created", "feed-client:" + client.id(), AuditResult.SUCCESS, name);
		return client;
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

	/** The name a client's authentication carries: {@code feed-client:<id>}. */
	static String principalOf(FeedClient client) {
		return CLIENT_PRINCIPAL + client.id();
	}

	private static Optional<Long> currentClientId() {
		Authentication authentication = SecurityContexts.strategy().getContext().getAuthentication();
		if (authentication == null || !authentication.getName().startsWith(CLIENT_PRINCIPAL)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(authentication.getName().substring(CLIENT_PRINCIPAL.length())));
		}
		catch (NumberFormatException notAClient) {
			return Optional.empty();
		}
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

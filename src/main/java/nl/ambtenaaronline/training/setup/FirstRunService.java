package nl.ambtenaaronline.training.setup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.InvalidEmployeeException;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first run without the identity provider. At start-up, while no account holds ADMIN,
 * a set-up token is printed once in the log (valid for {@code app.setup.token-validity});
 * with it, {@code /setup} creates one administrator's account with a one-time password,
 * whose ADMIN role is active only after the second factor is enrolled at the first
 * sign-in. Every attempt is audited; once an administrator exists the page is gone, on
 * every node, until the end of time.
 */
@Service
public class FirstRunService {

	private static final Logger log = LoggerFactory.getLogger(FirstRunService.class);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

	private final AccountService accounts;

	private final EmployeeService employees;

	private final AuditService audit;

	private final Clock clock;

	private final SetupProperties properties;

	private final AppProperties app;

	private final LockProvider locks;

	private final TransactionTemplate transaction;

	private final SecureRandom random = new SecureRandom();

	private final AtomicReference<@Nullable SetupToken> token = new AtomicReference<>();

	FirstRunService(AccountService accounts, EmployeeService employees, AuditService audit, Clock clock,
			SetupProperties properties, AppProperties app, LockProvider locks,
			PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.employees = employees;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.app = app;
		this.locks = locks;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * At start-up: while no administrator exists, prints a new set-up token in the log
	 * (the only place it is ever shown) and audits that one was issued.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		token.set(null);
		if (!properties.enabled() || administratorExists()) {
			return;
		}
		String secret = SetupToken.newSecret(random);
		Instant validUntil = clock.instant().plus(properties.tokenValidity());
		token.set(SetupToken.of(secret, validUntil, properties.maxAttempts()));
		SetupActor.call(() -> {
			audit.record("setup.token-issued", "setup", AuditResult.SUCCESS,
					"valid-minutes=" + properties.tokenValidity().toMinutes());
			return null;
		});
		String until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.format(validUntil.atZone(TimeConfiguration.ZONE));
		log.warn("""

				==================================================================
				 No administrator yet. Create the first one at
				   {}/setup
				 with this one-time set-up token (valid until {} Amsterdam time,
				 a restart prints a new one):
				   {}
				==================================================================""",
				app.publicBaseUrl().replaceAll("/+$", ""), until, secret);
	}

	/**
	 * Whether {@code /setup} is open: a token was printed, it is not expired, used or
	 * withdrawn, and still no administrator exists.
	 */
	@PermitAll
	public boolean open() {
		SetupToken current = token.get();
		return current != null && current.usable(clock.instant()) && !administratorExists();
	}

	/**
	 * Creates the first administrator.
	 * @throws SetupRefusedException with a message key: the token is wrong, expired, used
	 * or withdrawn, an administrator exists, or a field does not fit (then the token
	 * stays valid)
	 */
	@PermitAll
	public FirstAdministratorCreated createFirstAdministrator(String presentedToken, FirstAdministrator request) {
		SetupToken current = token.get();
		if (current == null) {
			throw refused("setup.closed", "no-token");
		}
		SetupToken.Check check = current.check(presentedToken, clock.instant());
		switch (check) {
			case WRONG -> throw refused("setup.token-wrong", "wrong-token", "token");
			case WITHDRAWN -> throw refused("setup.token-withdrawn", "token-withdrawn");
			case EXPIRED -> throw refused("setup.token-expired", "token-expired");
			case USED -> throw refused("setup.closed", "token-used");
			case ACCEPTED -> {
				// go on
			}
		}
		boolean created = false;
		try {
			FirstAdministratorCreated result = create(clean(request));
			created = true;
			token.compareAndSet(current, null);
			return result;
		}
		finally {
			if (!created && token.get() == current) {
				current.release();
			}
		}
	}

	private FirstAdministratorCreated create(FirstAdministrator request) {
		// one set-up at a time across the nodes (each node prints its own token)
		Optional<SimpleLock> lock = locks
			.lock(new LockConfiguration(clock.instant(), "first-run-setup", Duration.ofMinutes(1), Duration.ZERO));
		if (lock.isEmpty()) {
			throw new SetupRefusedException("setup.busy");
		}
		try {
			if (administratorExists()) {
				token.set(null);
				throw refused("setup.closed", "administrator-exists");
			}
			return SetupActor.call(() -> transaction.execute(status -> {
				Optional<EmployeeSummary> person = employees.findByNumber(request.employeeNumber());
				long employeeId = person.map(EmployeeSummary::id).orElseGet(() -> addToRoster(request));
				String oneTime;
				try {
					oneTime = accounts.createAdministrator(employeeId, request.username());
				}
				catch (IllegalArgumentException ex) {
					String field = ex.getMessage() != null && ex.getMessage().contains("username") ? "username"
							: "employeeNumber";
					throw new SetupRefusedException("setup." + ex.getMessage(), field);
				}
				audit.record("setup.administrator-created", "employee:" + employeeId, AuditResult.SUCCESS,
						person.isPresent() ? "roster-person" : "new-roster-entry");
				return new FirstAdministratorCreated(request.username(), oneTime, person.isPresent());
			}));
		}
		finally {
			lock.get().unlock();
		}
	}

	private long addToRoster(FirstAdministrator request) {
		require(request.firstName(), 100, "firstName");
		require(request.lastName(), 150, "lastName");
		require(request.departmentCode(), 40, "departmentCode");
		boolean known = employees.departments()
			.stream()
			.anyMatch(department -> department.code().equals(request.departmentCode()));
		if (!known) {
			employees.createDepartment(request.departmentCode(), request.departmentCode());
		}
		try {
			return employees.create(new NewEmployee(request.employeeNumber(), request.firstName(), null,
					request.lastName(), null, request.departmentCode(), null,
					LocalDate.now(clock.withZone(TimeConfiguration.ZONE)), null, WorkerType.EMPLOYEE, null));
		}
		catch (InvalidEmployeeException ex) {
			throw new SetupRefusedException(ex.getMessage(), "employeeNumber");
		}
	}

	private static FirstAdministrator clean(FirstAdministrator request) {
		FirstAdministrator clean = new FirstAdministrator(request.employeeNumber().strip(), request.firstName().strip(),
				request.lastName().strip(), request.departmentCode().strip(),
				request.username().strip().toLowerCase(Locale.ROOT));
		require(clean.employeeNumber(), 40, "employeeNumber");
		if (!USERNAME.matcher(clean.username()).matches()) {
			throw new SetupRefusedException("setup.username-invalid", "username");
		}
		return clean;
	}

	private static void require(String value, int max, String field) {
		if (value.isEmpty()) {
			throw new SetupRefusedException("setup.required", field);
		}
		if (value.length() > max) {
			throw new SetupRefusedException("setup.too-long", field);
		}
	}

	private boolean administratorExists() {
		return SetupActor.call(accounts::administratorExists);
	}

	private SetupRefusedException refused(String key, String reason) {
		return refused(key, reason, "");
	}

	private SetupRefusedException refused(String key, String reason, String field) {
		SetupActor.call(() -> {
			audit.record("setup.refused", "setup", AuditResult.DENIED, reason);
			return null;
		});
		return new SetupRefusedException(key, field);
	}

}

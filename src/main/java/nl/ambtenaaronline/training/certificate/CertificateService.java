package nl.ambtenaaronline.training.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.CertificateSettings;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.SignedIn;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates: issuing (once per completion), the holder's own certificates and their
 * PDF, HR's register and revocation, and the public verification by code.
 */
@Service
public class CertificateService {

	static final int MAX_REASON = 1000;

	private final CertificateStore store;

	private final CertificatePdfRenderer renderer;

	private final ContentService contents;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final AuditService audit;

	private final AppProperties app;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SettingsService settings;

	private final SecureRandom random = new SecureRandom();

	CertificateService(CertificateStore store, CertificatePdfRenderer renderer, ContentService contents,
			EmployeeService employees, AccountService accounts, AuditService audit, AppProperties app,
			TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events, SettingsService settings) {
		this.settings = settings;
		this.store = store;
		this.renderer = renderer;
		this.contents = contents;
		this.employees = employees;
		this.accounts = accounts;
		this.audit = audit;
		this.app = app;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Issues the certificate of a completion, once: a second call for the same completion
	 * (a redelivered event) returns the stored one and changes nothing. Runs as the
	 * system, inside the caller's transaction; the number counter's row lock serialises
	 * it with every other issue.
	 * @param completionId the completion, or null for a certificate recorded without one
	 */
	@Transactional
	CertificateSummary issue(long employeeId, String courseId, String courseVersion, @Nullable Long completionId,
			Instant passedAt) {
		return issue(employeeId, courseId, courseVersion, completionId, passedAt, false);
	}

	/**
	 * Issues the certificate of a completion, as
	 * {@link #issue(long, String, String, Long, Instant)}; after the "Wat is er
	 * veranderd" path ({@code delta}) the new certificate keeps the validity date of the
	 * certificate it replaces when the setting {@code certificate.delta.renew-validity}
	 * is off (the default; on: a new period).
	 */
	@Transactional
	CertificateSummary issue(long employeeId, String courseId, String courseVersion, @Nullable Long completionId,
			Instant passedAt, boolean delta) {
		long last = store.lockCounter();
		if (completionId != null) {
			Optional<CertificateStore.Row> existing = store.byCompletion(completionId);
			if (existing.isPresent()) {
				return summary(existing.get(), true);
			}
		}
		Course course = SemanticVersion.tryParse(courseVersion)
			.flatMap(version -> contents.version(courseId, version))
			.or(() -> contents.current(courseId))
			.orElseThrow(() -> new IllegalStateException("course " + courseId + " is not loaded"));
		EmployeeSummary holder = employees.findById(employeeId)
			.orElseThrow(() -> new IllegalStateException("no employee " + employeeId));
		LocalDate completedOn = LocalDate.ofInstant(passedAt, TimeConfiguration.ZONE);
		LocalDate renewed = completedOn.plusMonths(course.certificate().validityMonths());
		Optional<CertificateStore.Row> superseded = store.ofEmployee(employeeId)
			.stream()
			.filter(row -> row.courseId().equals(courseId) && !row.superseded() && row.revokedAt() == null)
			.findFirst();
		LocalDate validUntil = delta && !settings.bool(CertificateConfiguration.DELTA_RENEWS_VALIDITY)
				? superseded.map(CertificateStore.Row::validUntil)
					.filter(kept -> kept.isBefore(renewed))
					.orElse(renewed)
				: renewed;
		long sequence = last + 1;
		store.setCounter(sequence);
		String number = CertificateNumbers.format(courseId, completedOn.getYear(), sequence);
		String code = VerificationCodes.generate(random);
		while (store.codeExists(code)) {
			code = VerificationCodes.generate(random);
		}
		long id = store.insert(new CertificateStore.NewCertificate(completionId, employeeId, courseId, courseVersion,
				course.title().nl(), course.title().en(), holder.firstName(), holder.tussenvoegsel(), holder.lastName(),
				app.cityName(), completedOn, validUntil, number, code, passedAt, clock.instant()));
		audit.record("certificate.issued", "certificate:" + id + " employee:" + employeeId, AuditResult.SUCCESS,
				number + " " + courseId + " " + courseVersion + (delta ? " delta path" : "")
						+ (completionId == null ? " without completion" : " completion:" + completionId));
		CertificateStore.Row issued = store.byId(id).orElseThrow();
		events.publishEvent(new CertificateIssued(id, employeeId, courseId, courseVersion, number, validUntil,
				issued.issuedAt(), superseded.map(CertificateStore.Row::id).orElse(null),
				superseded.map(CertificateStore.Row::number).orElse(null)));
		return summary(issued, true);
	}

	/**
	 * Records a certificate without a completion in this system: for the demo city and
	 * for carrying over certificates issued before the system was in use. Otherwise the
	 * same as an issue (number, code, audit).
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public CertificateSummary recordWithoutCompletion(long employeeId, String courseId, Instant passedAt) {
		Course course = contents.current(courseId)
			.orElseThrow(() -> new CertificateException("certificate.error.not-found"));
		return issue(employeeId, courseId, course.version().toString(), null, passedAt);
	}

	/** The signed-in employee's certificates, newest first, with their status. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public List<CertificateSummary> myCertificates() {
		return store.ofEmployee(SignedIn.requireEmployeeId()).stream().map(row -> summary(row, false)).toList();
	}

	/**
	 * The PDF of a certificate: one's own, or anyone's for HR and administrators. For
	 * anyone else the certificate does not exist. Audited. A revoked or superseded
	 * certificate is never handed out: its PDF would say "geldig tot" without any mark,
	 * while the public check says "not valid".
	 * @throws CertificateNotFoundException when there is no such certificate for this
	 * user
	 * @throws CertificateException {@code certificate.error.not-downloadable} when it is
	 * revoked or superseded
	 */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional
	public CertificatePdf pdf(long certificateId) {
		long me = SignedIn.requireEmployeeId();
		CertificateStore.Row row = store.byId(certificateId)
			.filter(found -> found.employeeId() == me || SignedIn.hasAnyRole(Role.HR, Role.ADMIN))
			.orElseThrow(CertificateNotFoundException::new);
		if (!status(row).downloadable()) {
			throw new CertificateException("certificate.error.not-downloadable");
		}
		byte[] pdf = renderer.render(document(row));
		audit.record("certificate.downloaded", "certificate:" + row.id() + " employee:" + row.employeeId(),
				AuditResult.SUCCESS, row.number());
		return new CertificatePdf(summary(row, false).fileName(), pdf);
	}

	/** Certificates whose number, holder or course contains the text, newest first. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<CertificateSummary> search(String text, int offset, int limit) {
		return search(CertificateFilter.text(text), offset, limit);
	}

	/** The certificates of the filter, newest first. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<CertificateSummary> search(CertificateFilter filter, int offset, int limit) {
		return store.search(filter, today(), offset, limit).stream().map(row -> summary(row, true)).toList();
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long count(String text) {
		return count(CertificateFilter.text(text));
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long count(CertificateFilter filter) {
		return store.count(filter, today());
	}

	/**
	 * How many certificates of the filter's text and training have each status today (the
	 * filter's status is left out), every status present.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public Map<CertificateStatus, Long> countByStatus(CertificateFilter filter) {
		return store.countByStatus(filter, today());
	}

	/** The trainings certificates were issued for, to choose one in the register. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<CertifiedCourse> certifiedCourses() {
		return store.courses()
			.stream()
			.map(course -> new CertifiedCourse(course.id(), new LocalizedText(course.titleNl(), course.titleEn())))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
	}

	/**
	 * The current certificates (not revoked, not superseded) whose validity ends between
	 * the two days (both included), soonest first: for expiry reminders.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public List<CertificateSummary> currentEndingBetween(LocalDate from, LocalDate to) {
		return store.currentEndingBetween(from, to).stream().map(row -> summary(row, false)).toList();
	}

	/** Someone's full certificate history, newest first, with status and revocations. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<CertificateSummary> certificatesOf(long employeeId) {
		return store.ofEmployee(employeeId).stream().map(row -> summary(row, true)).toList();
	}

	/**
	 * Revokes a certificate. The reason stays internal (HR, administrators, auditors);
	 * the public page says "not valid" from now on. Audited, without the reason.
	 * @throws CertificateException without a reason, or when it was revoked already
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public CertificateSummary revoke(long certificateId, String reason) {
		String stripped = reason.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
			throw new CertificateException("certificate.error.reason-required");
		}
		CertificateStore.Row row = store.byId(certificateId).orElseThrow(CertificateNotFoundException::new);
		if (row.revokedAt() != null) {
			throw new CertificateException("certificate.error.already-revoked");
		}
		String by = accounts.current().map(user -> "account:" + user.accountId()).orElse("system");
		try {
			store.revoke(certificateId, stripped, by, clock.instant());
		}
		catch (DuplicateKeyException concurrently) {
			throw new CertificateException("certificate.error.already-revoked");
		}
		audit.record("certificate.revoked", "certificate:" + certificateId + " employee:" + row.employeeId(),
				AuditResult.SUCCESS, row.number());
		CertificateStore.Row revoked = store.byId(certificateId).orElseThrow();
		events.publishEvent(new CertificateRevoked(certificateId, row.employeeId(), row.courseId(), row.courseVersion(),
				row.number(), revoked.revokedAt() == null ? clock.instant() : revoked.revokedAt()));
		return summary(revoked, true);
	}

	/**
	 * Public verification by code, for anyone: only validity, course, completion date and
	 * initials with surname. Unknown codes and courses without public verification give
	 * the same neutral answer. Every verification is counted per day, without the asker.
	 */
	@PermitAll
	public Verification verify(String code) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		Optional<CertificateStore.Row> found = VerificationCodes.normalize(code)
			.flatMap(store::byCode)
			.filter(row -> publiclyVerifiable(row.courseId()));
		if (found.isEmpty()) {
			count(() -> store.countMiss(today), () -> store.insertMiss(today));
			return new Verification.Unknown();
		}
		CertificateStore.Row row = found.get();
		count(() -> store.countVerification(row.id(), today), () -> store.insertVerification(row.id(), today));
		// retention erased the holder's name: the certificate exists, no longer valid, no
		// name
		boolean erased = row.lastName().isEmpty();
		return new Verification.Found(status(row).valid() && !erased, row.validUntil(),
				new LocalizedText(row.titleNl(), row.titleEn()), row.courseVersion(), row.completedOn(),
				erased ? "" : Holders.initialsAndSurname(row.firstName(), row.tussenvoegsel(), row.lastName()),
				row.completionId() == null);
	}

	/** Whether the text has the form of a verification code (16 characters, base32). */
	@PermitAll
	public boolean isWellFormedCode(String text) {
		return VerificationCodes.normalize(text).isPresent();
	}

	/** The code in its printed form, or empty when the text cannot be a code. */
	@PermitAll
	public Optional<String> normalizeCode(String text) {
		return VerificationCodes.normalize(text);
	}

	/** The public verify address of a code. */
	@PermitAll
	public String verifyUrl(String code) {
		return verifyFormUrl() + "/" + code;
	}

	/** The public verify form. */
	@PermitAll
	public String verifyFormUrl() {
		String base = app.publicBaseUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify";
	}

	// ---------------------------------------------------------------------------------

	/**
	 * The rendered PDF of a stored certificate, without access checks (tests, benchmark).
	 */
	byte[] render(long certificateId) {
		return renderer.render(document(store.byId(certificateId).orElseThrow(CertificateNotFoundException::new)));
	}

	CertificateDocument document(CertificateStore.Row row) {
		return new CertificateDocument(row.number(), row.verificationCode(),
				Holders.fullName(row.firstName(), row.tussenvoegsel(), row.lastName()),
				new LocalizedText(row.titleNl(), row.titleEn()), row.courseVersion(), row.completedOn(),
				row.validUntil(), row.cityName(), verifyUrl(row.verificationCode()), verifyFormUrl(), row.issuedAt(),
				row.completionId() == null);
	}

	private boolean publiclyVerifiable(String courseId) {
		return publiclyVerifiable(contents.current(courseId).map(Course::certificate));
	}

	/**
	 * Whether certificates of a course may be verified publicly: when the course (still)
	 * exists and its setting allows it.
	 */
	static boolean publiclyVerifiable(Optional<CertificateSettings> settings) {
		return settings.map(CertificateSettings::publicVerification).orElse(false);
	}

	/**
	 * Adds one to a day counter, in a transaction of its own; the first of a day inserts.
	 */
	private void count(BooleanSupplier update, Runnable insert) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				transactions.executeWithoutResult(status -> {
					if (!update.getAsBoolean()) {
						insert.run();
					}
				});
				return;
			}
			catch (DuplicateKeyException firstOfTheDayElsewhere) {
				// another request inserted the day's row a moment ago: add to it
			}
		}
	}

	private CertificateStatus status(CertificateStore.Row row) {
		return CertificateStatus.derive(clock, row.validUntil(), row.superseded(), row.revokedAt() != null);
	}

	private CertificateSummary summary(CertificateStore.Row row, boolean withReason) {
		return new CertificateSummary(row.id(), row.employeeId(), row.number(), row.verificationCode(), row.courseId(),
				row.courseVersion(), new LocalizedText(row.titleNl(), row.titleEn()),
				Holders.fullName(row.firstName(), row.tussenvoegsel(), row.lastName()), row.completedOn(),
				row.validUntil(), row.issuedAt(), status(row), row.revokedAt(),
				withReason ? row.revocationReason() : null, row.verifications(), row.completionId() == null);
	}

}

package nl.ambtenaaronline.training.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.MessagingException;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.SignedIn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders: the daily planning decides, from the assignments (status with the assignment
 * feature's precedence), the certificates and the roster, which reminders are due and
 * writes them to the outbox in the same transaction, once per idempotency key; the send
 * job hands them to the SMTP server on working days within office hours, throttled, with
 * retry and back-off. Without an SMTP server (the demo) mails go to the administrator's
 * sent-mail view.
 */
@Service
public class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	/** How long a claimed reminder is reserved for the sender that claimed it. */
	static final Duration LEASE = Duration.ofMinutes(10);

	/** The most people named in one digest. */
	static final int DIGEST_MAX_LINES = 200;

	private static final int PAGE = 200;

	private static final Locale DUTCH = Locale.of("nl");

	private final ReminderOutbox outbox;

	private final ReminderMails mails;

	private final ReminderRuntime runtime;

	private final ReminderProperties properties;

	private final AssignmentService assignments;

	private final CertificateService certificates;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final ContentService contents;

	private final SettingsService settings;

	private final AuditService audit;

	private final TransactionTemplate transactions;

	private final ReminderDelivery delivery;

	private final ReminderWriter writer;

	ReminderService(ReminderOutbox outbox, ReminderMails mails, ReminderRuntime runtime, ReminderProperties properties,
			AssignmentService assignments, CertificateService certificates, EmployeeService employees,
			AccountService accounts, ContentService contents, SettingsService settings, AuditService audit,
			TransactionTemplate transactions, ReminderWriter writer) {
		this.writer = writer;
		this.outbox = outbox;
		this.mails = mails;
		this.runtime = runtime;
		this.properties = properties;
		this.assignments = assignments;
		this.certificates = certificates;
		this.employees = employees;
		this.accounts = accounts;
		this.contents = contents;
		this.settings = settings;
		this.audit = audit;
		this.transactions = transactions;
		this.delivery = new ReminderDelivery(properties);
	}

	/** What one send run did. */
	public record SendResult(int sent, int shown, int retried, int failed) {
	}

	/**
	 * Decides today's reminders for everyone and writes the new ones to the outbox (each
	 * page of people in one transaction with its decisions). Running it again on the same
	 * day writes nothing. Returns how many were written.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public int planToday() {
		LocalDate today = today();
		Plan plan = new Plan(today, ReminderRules.from(settings));
		long after = 0;
		while (true) {
			List<AssignmentView> page = assignments.openAsOf(today, after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			after = page.getLast().id();
			plan.assignments(page);
		}
		int ending = plan.rules.expiryDays().isEmpty() ? 0 : plan.rules.expiryDays().getFirst();
		plan.expiries(
				ending == 0 ? List.of() : certificates.currentEndingBetween(today.plusDays(1), today.plusDays(ending)));
		plan.digests();
		audit.record("reminder.planned", "reminders", AuditResult.SUCCESS, plan.written + " written for " + today);
		return plan.written;
	}

	/**
	 * The same decisions as {@link #planToday()}, for these people only (their
	 * assignments, certificates and — on the digest day — their managers' digests).
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public int planFor(Collection<Long> employeeIds) {
		LocalDate today = today();
		Plan plan = new Plan(today, ReminderRules.from(settings));
		plan.assignments(assignments.openOfAsOf(employeeIds, today));
		int ending = plan.rules.expiryDays().isEmpty() ? 0 : plan.rules.expiryDays().getFirst();
		if (ending > 0) {
			Set<Long> ids = new HashSet<>(employeeIds);
			plan.expiries(certificates.currentEndingBetween(today.plusDays(1), today.plusDays(ending))
				.stream()
				.filter(certificate -> ids.contains(certificate.employeeId()))
				.toList());
		}
		plan.digests();
		return plan.written;
	}

	/** One planning run: the day, the rules, the late people per manager, the count. */
	private final class Plan {

		final LocalDate today;

		final ReminderRules rules;

		final Map<Long, List<AssignmentView>> lateByManager = new LinkedHashMap<>();

		final Map<Long, EmployeeSummary> everyone = new HashMap<>();

		int written;

		Plan(LocalDate today, ReminderRules rules) {
			this.today = today;
			this.rules = rules;
		}

		void assignments(List<AssignmentView> page) {
			if (page.isEmpty()) {
				return;
			}
			ReminderWriter.People people = writer.people(page.stream().map(AssignmentView::employeeId).toList());
			everyone.putAll(people.byId());
			Integer count = transactions.execute(status -> {
				int n = 0;
				for (AssignmentView assignment : page) {
					EmployeeSummary person = people.byId().get(assignment.employeeId());
					Course course = contents.current(assignment.courseId()).orElse(null);
					if (person == null || person.hasLeft(today) || course == null) {
						continue;
					}
					if (assignment.status().late() && person.managerId() != null) {
						lateByManager.computeIfAbsent(person.managerId(), id -> new ArrayList<>()).add(assignment);
					}
					for (ReminderPlanner.Decision decision : ReminderPlanner.forAssignment(assignment.assignedOn(),
							assignment.dueOn(), assignment.status(), today, rules)) {
						n += writer.write(decision.kind() + ":" + assignment.id() + ":" + decision.step(),
								decision.kind(), person, course, assignment.dueOn(), today, rules, people);
					}
				}
				return n;
			});
			written += count == null ? 0 : count;
		}

		void expiries(List<CertificateSummary> ending) {
			if (ending.isEmpty()) {
				return;
			}
			ReminderWriter.People people = writer.people(ending.stream().map(CertificateSummary::employeeId).toList());
			Integer count = transactions.execute(status -> {
				int n = 0;
				for (CertificateSummary certificate : ending) {
					EmployeeSummary person = people.byId().get(certificate.employeeId());
					Course course = contents.current(certificate.courseId()).orElse(null);
					if (person == null || person.hasLeft(today) || course == null
							|| excused(person.id(), course.id(), today)) {
						continue;
					}
					Optional<ReminderPlanner.Decision> decision = ReminderPlanner
						.forCertificate(certificate.validUntil(), today, rules);
					if (decision.isPresent()) {
						n += writer.write(decision.get().kind() + ":" + certificate.id() + ":" + decision.get().step(),
								decision.get().kind(), person, course, certificate.validUntil(), today, rules, people);
					}
				}
				return n;
			});
			written += count == null ? 0 : count;
		}

		void digests() {
			if (!ReminderPlanner.digestDay(today, rules) || lateByManager.isEmpty()) {
				return;
			}
			ReminderWriter.People people = writer.people(lateByManager.keySet());
			String week = ReminderPlanner.isoWeek(today);
			Integer count = transactions.execute(status -> {
				int n = 0;
				for (Map.Entry<Long, List<AssignmentView>> entry : lateByManager.entrySet()) {
					EmployeeSummary manager = people.byId().get(entry.getKey());
					if (manager != null && digest(manager, entry.getValue(), week, people)) {
						n++;
					}
				}
				return n;
			});
			written += count == null ? 0 : count;
		}

		private boolean digest(EmployeeSummary manager, List<AssignmentView> late, String week,
				ReminderWriter.People people) {
			String key = ReminderKind.MANAGER_DIGEST + ":" + manager.id() + ":" + week;
			if (outbox.exists(key)) {
				return false;
			}
			Locale locale = people.languages().getOrDefault(manager.id(), DUTCH);
			List<ReminderMails.DigestLine> lines = new ArrayList<>();
			for (AssignmentView assignment : late) {
				EmployeeSummary person = everyone.get(assignment.employeeId());
				if (person == null || lines.size() == DIGEST_MAX_LINES) {
					continue;
				}
				String course = contents.current(assignment.courseId())
					.map(found -> found.title().in(locale))
					.orElse(assignment.courseId());
				lines.add(new ReminderMails.DigestLine(person.displayName(), course, assignment.dueOn(),
						person.email() == null));
			}
			ReminderMails.Mail mail = mails.digest(locale, manager.displayName(), lines, late.size() - lines.size());
			boolean reachable = manager.email() != null && !manager.hasLeft(today);
			return outbox.insert(new ReminderOutbox.NewReminder(key, ReminderKind.MANAGER_DIGEST, manager.id(),
					manager.id(), false, null, reachable ? manager.email() : null, locale.getLanguage(), mail.subject(),
					mail.text(), mail.html(), reachable ? ReminderStatus.PENDING : ReminderStatus.FAILED,
					reachable ? null : "no-address"), runtime.clock().instant());
		}

	}

	/**
	 * Hands due reminders over: on working days within office hours, at most the hourly
	 * throttle, each claimed first so that no other node or run sends it too. A temporary
	 * failure retries with exponential back-off (and ends the run when the server cannot
	 * be reached); a 5xx answer at hand-off marks it failed. Without an SMTP server every
	 * due reminder goes to the sent-mail view at once.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public SendResult sendDue() {
		Instant now = runtime.clock().instant();
		Optional<JavaMailSender> sender = runtime.sender();
		int sent = 0;
		int shown = 0;
		int retried = 0;
		int failed = 0;
		if (sender.isEmpty()) {
			for (long id : outbox.due(now, properties.batchSize())) {
				if (outbox.claim(id, now, now.plus(LEASE)).isPresent()) {
					outbox.delivered(id, ReminderStatus.SHOWN, now);
					shown++;
				}
			}
			return new SendResult(0, shown, 0, 0);
		}
		ReminderRules rules = ReminderRules.from(settings);
		if (!ReminderPlanner.officeHours(now, rules)) {
			return new SendResult(0, 0, 0, 0);
		}
		int budget = Math.min(properties.batchSize(),
				rules.perHour() - outbox.sentBetween(now.minus(Duration.ofHours(1)), now.plusNanos(1000)));
		for (long id : outbox.due(now, budget)) {
			Optional<ReminderOutbox.Outgoing> claimed = outbox.claim(id, now, now.plus(LEASE));
			if (claimed.isEmpty()) {
				continue;
			}
			ReminderOutbox.Outgoing mail = claimed.get();
			try {
				sender.get().send(delivery.message(sender.get(), mail));
				outbox.delivered(id, ReminderStatus.SENT, runtime.clock().instant());
				sent++;
			}
			catch (MailException | MessagingException ex) {
				String error = ReminderDelivery.describe(ex);
				Optional<String> refusal = ReminderDelivery.permanent(ex);
				if (refusal.isPresent()) {
					outbox.failed(id, refusal.get());
					audit.record("reminder.failed", "reminder:" + id, AuditResult.FAILED, "permanent");
					failed++;
				}
				else if (mail.attempts() >= properties.maxAttempts()) {
					outbox.failed(id, "gave up after " + mail.attempts() + " attempts: " + error);
					audit.record("reminder.failed", "reminder:" + id, AuditResult.FAILED, "attempts");
					failed++;
				}
				else {
					outbox.retryAt(id, now.plus(delivery.backoff(mail.attempts())), error);
					retried++;
					log.warn("Reminder {} not sent (attempt {}), retrying later: {}", id, mail.attempts(), error);
					break; // the server is down or busy: the rest waits for the next run

				}
			}
		}
		return new SendResult(sent, 0, retried, failed);
	}

	/** The reminders about the signed-in learner, newest first. */
	@RolesAllowed(Roles.EMPLOYEE)
	@Transactional(readOnly = true)
	public List<ReminderSummary> mine() {
		return outbox.about(SignedIn.requireEmployeeId());
	}

	/** The reminders about or to one person, newest first. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<ReminderSummary> of(long employeeId) {
		return outbox.concerning(employeeId);
	}

	/** One page of the outbox, newest first; only one status when given. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<ReminderSummary> list(@Nullable ReminderStatus status, int offset, int limit) {
		return outbox.page(status, offset, limit);
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public long count(@Nullable ReminderStatus status) {
		return outbox.count(status);
	}

	/** The HTML body of a reminder, for the administrator's sent-mail view. Audited. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public Optional<String> html(long reminderId) {
		audit.record("reminder.read", "reminder:" + reminderId);
		return outbox.html(reminderId);
	}

	/**
	 * Whether an SMTP server is configured (else mails go to the sent-mail view); also
	 * for a manager, who reminds their team.
	 */
	@RolesAllowed({ Roles.MANAGER, Roles.HR, Roles.ADMIN, Roles.AUDITOR })
	public boolean smtpConfigured() {
		return runtime.sender().isPresent();
	}

	// ---------------------------------------------------------------------------------

	/** Whether HR exempted or deferred the person's open assignment of the course. */
	private boolean excused(long employeeId, String courseId, LocalDate today) {
		return assignments.openOfAsOf(List.of(employeeId), today)
			.stream()
			.filter(assignment -> assignment.courseId().equals(courseId))
			.anyMatch(assignment -> assignment.status() == AssignmentStatus.EXEMPT
					|| assignment.status() == AssignmentStatus.DEFERRED);
	}

	private LocalDate today() {
		return LocalDate.now(runtime.clock().withZone(TimeConfiguration.ZONE));
	}

}

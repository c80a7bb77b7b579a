package nl.ambtenaaronline.training.certificate;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.context.SecurityContext;

/**
 * Fresh learners who pass the course through the learning service, as themselves: the
 * real way to a completion and its {@code CoursePassed} event.
 */
public final class Passers {

	public static final String COURSE = "social-media";

	public static final String PASSWORD = "een-lang-wachtwoord";

	private static final AtomicInteger counter = new AtomicInteger();

	private final EmployeeService employees;

	private final AccountService accounts;

	private final AuthenticationProvider provider;

	private final LearningService learning;

	private final AssessmentService assessment;

	private final ContentService contents;

	private final UserDetailsService userDetails;

	public Passers(EmployeeService employees, AccountService accounts, AuthenticationProvider provider,
			UserDetailsService userDetails, LearningService learning, AssessmentService assessment,
			ContentService contents) {
		this.userDetails = userDetails;
		this.employees = employees;
		this.accounts = accounts;
		this.provider = provider;
		this.learning = learning;
		this.assessment = assessment;
		this.contents = contents;
	}

	/** Demo logins whose roles need a second factor in a real sign-in. */
	private static final Set<String> PRIVILEGED_DEMO_LOGINS = Set.of("hr", "beheerder", "auditor");

	/** As after password and second factor: the account with all its roles. */
	private org.springframework.security.core.Authentication privileged(String username) {
		var user = userDetails.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** A new employee (first name Jan Pieter, surname given) with an account. */
	public String create(String prefix, String lastName) {
		String username = prefix + "-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
		SystemAuthentication.run(() -> {
			long employee = employees.create(new NewEmployee("C-" + username, "Jan Pieter", "van der", lastName, null,
					"VOR", null, LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, username, PASSWORD, Set.of());
		});
		return username;
	}

	public long employeeId(String username) {
		return as(username, () -> accounts.current().orElseThrow().employeeId());
	}

	/** Passes the course (or the refresher after a completion) and acknowledges it. */
	public CompletionSummary pass(String username) {
		return as(username, () -> {
			if (learning.progress(COURSE).completed()) {
				learning.startRefresher(COURSE);
			}
			Course course = contents.current(COURSE).orElseThrow();
			Learners.prepareAssessment(learning, course);
			AttemptView attempt = assessment.openAttempt(COURSE);
			Learners.answerAll(assessment, course, attempt, true);
			assessment.submit(attempt.attemptId());
			return assessment.acknowledge(COURSE);
		});
	}

	/** The employee's first certificate, once the issue after passing has happened. */
	public static CertificateSummary awaitCertificate(CertificateService certificates, long employeeId) {
		return org.awaitility.Awaitility.await()
			.until(() -> SystemAuthentication.call(() -> certificates.certificatesOf(employeeId)),
					list -> !list.isEmpty())
			.getFirst();
	}

	public <T> T as(String username, Supplier<T> work) {
		var authentication = PRIVILEGED_DEMO_LOGINS.contains(username) ? privileged(username) : provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
					username.equals("medewerker") || username.equals("manager") ? "demo-wachtwoord-2026" : PASSWORD));
		SecurityContext previous = SecurityContexts.strategy().getContext();
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContexts.strategy().setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContexts.strategy().setContext(previous);
		}
	}

	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

}

package nl.ambtenaaronline.training.reporting.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.learning.LearningHistory;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.reporting.PersonReport;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SignedIn;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * HR, administrators and auditors: one person's record — assignments with overrides,
 * attempts and scenario results (scores only when the setting allows), certificates and
 * the audit trail. Opening it is audited. HR acts from here: per open assignment the
 * actions (extend, defer, exempt, remind); auditors only read.
 */
@Route("reports/person/:employeeId")
@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
class PersonReportView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ReportingService reporting;

	private final ObjectProvider<PersonActions> actions;

	private final Paragraph message = new Paragraph();

	private String title;

	private QueryParameters backQuery = QueryParameters.empty();

	private @Nullable String employeeId;

	private final AssessmentService learning;

	private final AccountService accounts;

	PersonReportView(ReportingService reporting, ObjectProvider<PersonActions> actions, AssessmentService learning,
			AccountService accounts) {
		this.reporting = reporting;
		this.actions = actions;
		this.learning = learning;
		this.accounts = accounts;
		this.title = getTranslation("person.title");
		addClassName("ao-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		backQuery = event.getLocation().getQueryParameters();
		employeeId = event.getRouteParameters().get("employeeId").filter(id -> id.matches("\\d{1,18}")).orElse(null);
		render();
	}

	private void render() {
		removeAll();
		RouterLink back = new RouterLink(getTranslation("person.back"), ReportsView.class);
		// back to the report with the filter it had
		back.setQueryParameters(backQuery);
		back.setId("person-back");
		add(back);
		Optional<PersonReport> report = Optional.ofNullable(employeeId)
			.flatMap(id -> reporting.person(Long.parseLong(id)));
		if (report.isEmpty()) {
			title = getTranslation("person.title");
			add(new H1(title));
			Paragraph missing = new Paragraph(getTranslation("person.not-found"));
			missing.setId("person-not-found");
			missing.addClassName("ao-alert");
			add(missing);
			return;
		}
		show(report.get());
	}

	private void show(PersonReport report) {
		Locale locale = getLocale();
		EmployeeSummary person = report.person();
		title = person.displayName();
		H1 heading = new H1(person.displayName());
		heading.setId("person-name");
		add(heading,
				new Paragraph(getTranslation("person.facts", person.employeeNumber(), person.departmentName(),
						ReportTexts.date(person.startDate(), locale),
						getTranslation("roster.worker-type." + person.workerType().name().toLowerCase(Locale.ROOT)))));
		add(new Paragraph(getTranslation(report.scoresShown() ? "person.scores-shown" : "person.scores-hidden")));

		add(new H2(getTranslation("person.assignments")));
		Grid<AssignmentView> assignments = grid("person-assignments", "person.assignments");
		assignments.addColumn(a -> course(a.courseId(), locale)).setHeader(getTranslation("reports.course"));
		assignments.addColumn(a -> getTranslation("reason." + a.reason().name()))
			.setHeader(getTranslation("person.reason"));
		assignments.addColumn(a -> ReportTexts.status(this, a.status()))
			.setHeader(getTranslation("reports.column.status"));
		assignments.addColumn(a -> ReportTexts.date(a.dueOn(), locale)).setHeader(getTranslation("reports.column.due"));
		assignments.addColumn(
				a -> a.closedOn() == null ? "" : ReportTexts.date(a.closedOn(), locale) + " (" + a.closedReason() + ")")
			.setHeader(getTranslation("person.closed"));
		assignments.addColumn(a -> ReportTexts.date(a.validUntil(), locale))
			.setHeader(getTranslation("reports.column.valid"));
		assignments
			.addColumn(a -> a.overrides()
				.stream()
				.map(o -> getTranslation("person.override", o.kind(), o.until() == null ? "" : o.until().toString(),
						dateTime(o.createdAt(), locale)))
				.collect(Collectors.joining("; ")))
			.setHeader(getTranslation("person.overrides"));
		assignments.setItems(report.assignments());
		add(assignments);
		attemptsUsedUp(report);
		actions(report);

		add(new H2(getTranslation("person.attempts")));
		Grid<LearningHistory.Attempt> attempts = grid("person-attempts", "person.attempts");
		attempts.addColumn(a -> course(a.courseId(), locale)).setHeader(getTranslation("reports.course"));
		attempts.addColumn(a -> a.runNo() + "." + a.attemptNo()).setHeader(getTranslation("person.attempt-no"));
		attempts.addColumn(a -> dateTime(a.startedAt(), locale)).setHeader(getTranslation("person.started"));
		attempts.addColumn(a -> dateTime(a.submittedAt(), locale)).setHeader(getTranslation("person.submitted"));
		attempts.addColumn(a -> result(a.passed())).setHeader(getTranslation("person.result"));
		if (report.scoresShown()) {
			attempts.addColumn(a -> a.scorePercent() == null ? "" : a.scorePercent() + "%")
				.setHeader(getTranslation("person.score"));
			attempts
				.addColumn(a -> a.groupPercent()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + " " + e.getValue() + "%")
					.collect(Collectors.joining(", ")))
				.setHeader(getTranslation("person.groups"));
		}
		attempts.setItems(report.learning().attempts());
		add(attempts);

		add(new H2(getTranslation("person.scenarios")));
		Grid<LearningHistory.ScenarioPlay> scenarios = grid("person-scenarios", "person.scenarios");
		scenarios.addColumn(LearningHistory.ScenarioPlay::scenarioId).setHeader(getTranslation("person.scenario"));
		scenarios.addColumn(p -> p.runNo() + "." + p.playNo()).setHeader(getTranslation("person.attempt-no"));
		scenarios.addColumn(p -> dateTime(p.startedAt(), locale)).setHeader(getTranslation("person.started"));
		scenarios.addColumn(p -> p.finished() ? result(p.passed()) : getTranslation("person.unfinished"))
			.setHeader(getTranslation("person.result"));
		if (report.scoresShown()) {
			scenarios.addColumn(p -> p.percent() + "%").setHeader(getTranslation("person.score"));
		}
		scenarios.setItems(report.learning().scenarios());
		add(scenarios);

		add(new H2(getTranslation("person.certificates")));
		Grid<CertificateSummary> certificates = grid("person-certificates", "person.certificates");
		certificates.addColumn(CertificateSummary::number).setHeader(getTranslation("person.certificate-number"));
		certificates.addColumn(c -> c.courseTitle().in(locale)).setHeader(getTranslation("reports.course"));
		certificates.addColumn(c -> ReportTexts.date(c.completedOn(), locale))
			.setHeader(getTranslation("person.completed"));
		certificates.addColumn(c -> ReportTexts.date(c.validUntil(), locale))
			.setHeader(getTranslation("reports.column.valid"));
		certificates.addColumn(c -> getTranslation("certificate.status." + c.status().name()))
			.setHeader(getTranslation("reports.column.status"));
		certificates.addColumn(c -> dateTime(c.revokedAt(), locale)).setHeader(getTranslation("person.revoked"));
		certificates.setItems(report.certificates());
		add(certificates);

		add(new H2(getTranslation("person.trail")));
		Grid<AuditEntry> trail = grid("person-trail", "person.trail");
		trail.addColumn(e -> dateTime(e.occurredAt(), locale)).setHeader(getTranslation("person.when"));
		trail.addColumn(AuditEntry::actor).setHeader(getTranslation("person.actor"));
		trail.addColumn(AuditEntry::action).setHeader(getTranslation("person.action"));
		trail.addColumn(AuditEntry::subject).setHeader(getTranslation("person.subject"));
		trail.addColumn(e -> e.result().name()).setHeader(getTranslation("person.outcome"));
		trail.setItems(report.trail());
		add(trail);
	}

	/**
	 * Per course whose latest run has as many failed test attempts as the course allows
	 * and no pass: a notice, and for HR and administrators "Extra toetspoging toestaan"
	 * right here (the learner is stuck until someone grants one).
	 */
	private void attemptsUsedUp(PersonReport report) {
		Locale locale = getLocale();
		boolean mayGrant = accounts.current().map(user -> user.has(Role.HR) || user.has(Role.ADMIN)).orElse(false);
		for (Course course : reporting.courses()) {
			long failed = failedInLatestRun(report.learning().attempts(), course.id());
			long allowed = course.assessment().maxAttempts() + extraGranted(report.trail(), course.id(),
					latestRunStart(report.learning().attempts(), course.id()));
			if (failed == 0 || failed < allowed) {
				continue;
			}
			Paragraph notice = new Paragraph(
					getTranslation("person.attempts-used", course.title().in(locale), failed, allowed));
			notice.setId("person-attempts-used-" + course.id());
			notice.addClassName("ao-alert");
			Div box = new Div(notice);
			box.addClassName("ao-card");
			if (mayGrant && !SignedIn.isMe(report.person().id())) {
				Button grant = new Button(getTranslation("assignments.extra-attempt"), click -> {
					learning.grantExtraAttempt(report.person().id(), course.id());
					changed(getTranslation("assignments.extra-attempt-done"));
				});
				grant.setId("person-extra-attempt-" + course.id());
				box.add(grant);
			}
			add(box);
		}
	}

	/** When the first attempt of the latest run through a course started. */
	static @Nullable Instant latestRunStart(List<LearningHistory.Attempt> attempts, String courseId) {
		int latestRun = attempts.stream()
			.filter(a -> a.courseId().equals(courseId))
			.mapToInt(LearningHistory.Attempt::runNo)
			.max()
			.orElse(0);
		return attempts.stream()
			.filter(a -> a.courseId().equals(courseId) && a.runNo() == latestRun)
			.map(LearningHistory.Attempt::startedAt)
			.min(Instant::compareTo)
			.orElse(null);
	}

	/**
	 * The extra attempts granted for a course since a moment, as the audit trail records
	 * them (the learner's allowance counts the same grants).
	 */
	static long extraGranted(List<AuditEntry> trail, String courseId, @Nullable Instant since) {
		return trail.stream()
			.filter(entry -> entry.action().equals("assessment.extra-attempt") && entry.details().equals(courseId))
			.filter(entry -> since == null || !entry.occurredAt().isBefore(since))
			.count();
	}

	/**
	 * The failed, submitted attempts of the latest run through a course; zero once that
	 * run has a pass.
	 */
	static long failedInLatestRun(List<LearningHistory.Attempt> attempts, String courseId) {
		int latestRun = attempts.stream()
			.filter(a -> a.courseId().equals(courseId))
			.mapToInt(LearningHistory.Attempt::runNo)
			.max()
			.orElse(0);
		List<LearningHistory.Attempt> run = attempts.stream()
			.filter(a -> a.courseId().equals(courseId) && a.runNo() == latestRun)
			.toList();
		if (run.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()))) {
			return 0;
		}
		return run.stream().filter(a -> a.submittedAt() != null && Boolean.FALSE.equals(a.passed())).count();
	}

	/**
	 * Per open assignment the actions the signed-in user may take (extend, defer, exempt,
	 * remind); after one, the record is shown again with the new status.
	 */
	private void actions(PersonReport report) {
		Locale locale = getLocale();
		for (AssignmentView open : report.assignments().stream().filter(AssignmentView::open).toList()) {
			FlexLayout buttons = new FlexLayout();
			buttons.addClassName("ao-buttons");
			actions.orderedStream()
				.flatMap(bean -> bean.of(report.person().id(), open.courseId(), this::changed).stream())
				.forEach(buttons::add);
			if (buttons.getComponentCount() == 0) {
				continue;
			}
			Div box = new Div(new Paragraph(getTranslation("assignments.open", course(open.courseId(), locale),
					ReportTexts.status(this, open.status()))), buttons);
			box.addClassName("ao-card");
			box.setId("person-actions-" + open.courseId());
			add(box);
		}
		message.setId("person-message");
		message.getElement().setAttribute("role", "status");
		add(message);
	}

	private void changed(String done) {
		render();
		message.setText(done);
	}

	private <T> Grid<T> grid(String id, String labelKey) {
		Grid<T> grid = new Grid<>();
		grid.setId(id);
		grid.setAriaLabel(getTranslation(labelKey));
		grid.setAllRowsVisible(true);
		return grid;
	}

	private String result(@Nullable Boolean passed) {
		return passed == null ? "" : getTranslation(passed ? "person.passed" : "person.failed");
	}

	private static String dateTime(@Nullable Instant instant, Locale locale) {
		return Dates.moment(instant, locale);
	}

	@Override
	public String getPageTitle() {
		return title + " – " + getTranslation("app.name");
	}

	private String course(String courseId, Locale locale) {
		return reporting.courses()
			.stream()
			.filter(c -> c.id().equals(courseId))
			.findFirst()
			.map(c -> c.title().in(locale))
			.orElse(courseId);
	}

}

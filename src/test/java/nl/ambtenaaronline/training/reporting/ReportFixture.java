package nl.ambtenaaronline.training.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.OverrideReason;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Test helper: a department of its own with nine people, one per status, and a small
 * hierarchy (the DUE_SOON person manages NOT_STARTED and OVERDUE; NOT_STARTED manages
 * IN_PROGRESS, a contractor). Hand-computed expectations rely on the demo settings
 * (go-live 80 days ago, new hires 30 days, rollout 90 days, due soon 14 days).
 */
final class ReportFixture {

	static final String COURSE = "social-media";

	final String department;

	final String departmentName;

	/** Employee id per status. */
	final Map<AssignmentStatus, Long> ids = new LinkedHashMap<>();

	/** User names of the manager (DUE_SOON) and of the in-progress learner. */
	final String manager;

	final String learner;

	private final String suffix = UUID.randomUUID().toString().substring(0, 6);

	ReportFixture(EmployeeService employees, AccountService accounts, AssignmentService assignments,
			LearningService learning, ContentService contents, AuthenticationProvider provider,
			ReportingService reporting) {
		department = "R" + suffix.toUpperCase(java.util.Locale.ROOT);
		departmentName = "Rapportage " + suffix;
		LocalDate today = LocalDate.now(nl.ambtenaaronline.training.shared.TimeConfiguration.ZONE);
		LocalDate longAgo = LocalDate.of(2015, 1, 1);
		manager = "rpt-mgr-" + suffix;
		learner = "rpt-learner-" + suffix;
		SystemAuthentication.run(() -> {
			employees.createDepartment(department, departmentName);
			long boss = person(employees, "Baas", longAgo, null, null, WorkerType.EMPLOYEE, null);
			ids.put(AssignmentStatus.DUE_SOON, boss);
			long fresh = person(employees, "Nieuw", today.minusDays(2), null, boss, WorkerType.EMPLOYEE, null);
			ids.put(AssignmentStatus.NOT_STARTED, fresh);
			ids.put(AssignmentStatus.OVERDUE,
					person(employees, "Laat", today.minusDays(40), null, boss, WorkerType.EMPLOYEE, null));
			ids.put(AssignmentStatus.IN_PROGRESS, person(employees, "Bezig", today.minusDays(2), today.plusYears(1),
					fresh, WorkerType.CONTRACTOR, boss));
			ids.put(AssignmentStatus.EXEMPT, person(employees, "Vrij", longAgo, null, null, WorkerType.EMPLOYEE, null));
			ids.put(AssignmentStatus.DEFERRED,
					person(employees, "Later", longAgo, null, null, WorkerType.EMPLOYEE, null));
			ids.put(AssignmentStatus.COMPLETED,
					person(employees, "Klaar", longAgo, null, null, WorkerType.EMPLOYEE, null));
			ids.put(AssignmentStatus.EXPIRED,
					person(employees, "=Formule", longAgo, null, null, WorkerType.EMPLOYEE, null));
			ids.put(AssignmentStatus.NOT_ASSIGNED,
					person(employees, "Weg", longAgo, today.minusDays(1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(boss, manager, Learners.PASSWORD, Set.of());
			accounts.createAccount(ids.get(AssignmentStatus.IN_PROGRESS), learner, Learners.PASSWORD, Set.of());
			assignments.reconcile(ids.values());
			assignments.exempt(open(assignments, AssignmentStatus.EXEMPT).id(), "Werkt niet met sociale media");
			assignments.defer(open(assignments, AssignmentStatus.DEFERRED).id(), today.plusDays(30),
					OverrideReason.LEAVE, "");
			assignments.recordClassroom(ids.get(AssignmentStatus.COMPLETED), COURSE, today.minusDays(1), "Trainer");
			assignments.recordClassroom(ids.get(AssignmentStatus.EXPIRED), COURSE, today.minusMonths(25), "Trainer");
		});
		Course course = contents.current(COURSE).orElseThrow();
		new Learners(employees, accounts, provider).run(learner,
				() -> learning.markLessonRead(COURSE, course.lessons().getFirst().id()));
		SystemAuthentication.run(() -> reporting.refresh(ids.values()));
	}

	long id(AssignmentStatus status) {
		return ids.get(status);
	}

	private AssignmentView open(AssignmentService assignments, AssignmentStatus status) {
		List<AssignmentView> current = assignments.currentOf(ids.get(status));
		return current.stream().filter(AssignmentView::open).findFirst().orElseThrow();
	}

	private long person(EmployeeService employees, String first, LocalDate start, @Nullable LocalDate end,
			@Nullable Long manager, WorkerType type, @Nullable Long sponsor) {
		return employees.create(new NewEmployee("RPT-" + first.replace("=", "") + "-" + suffix, first, null, "Rapport",
				null, department, manager, start, end, type, sponsor));
	}

}

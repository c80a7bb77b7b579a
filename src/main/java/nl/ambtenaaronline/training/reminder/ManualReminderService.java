package nl.ambtenaaronline.training.reminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders by hand: HR (anyone) or a manager (their own team, as "Mijn team" shows it)
 * reminds one person or everyone selected about a course. Each goes through the outbox
 * and the send job's throttle like the planned ones, at most once a day per person and
 * course, and each is audited.
 */
@Service
public class ManualReminderService {

	/** The statuses one can be reminded about: not done, not excused. */
	static final Set<AssignmentStatus> REMINDABLE = EnumSet.of(AssignmentStatus.OVERDUE, AssignmentStatus.EXPIRED,
			AssignmentStatus.DUE_SOON, AssignmentStatus.IN_PROGRESS, AssignmentStatus.NOT_STARTED);

	/**
	 * Whether "Mijn team" includes everyone below the direct reports (reporting's
	 * setting).
	 */
	static final String TEAM_INDIRECT = "reporting.team.include-indirect";

	/** How many levels of managers the team check climbs at most. */
	private static final int MAX_LEVELS = 30;

	private final ReminderWriter writer;

	private final ReminderRuntime runtime;

	private final AssignmentService assignments;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final ContentService contents;

	private final SettingsService settings;

	private final AuditService audit;

	private final TransactionTemplate transactions;

	ManualReminderService(ReminderWriter writer, ReminderRuntime runtime, AssignmentService assignments,
			EmployeeService employees, AccountService accounts, ContentService contents, SettingsService settings,
			AuditService audit, TransactionTemplate transactions) {
		this.writer = writer;
		this.runtime = runtime;
		this.assignments = assignments;
		this.employees = employees;
		this.accounts = accounts;
		this.contents = contents;
		this.settings = settings;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * What a reminder by hand did.
	 *
	 * @param written reminders put in the outbox
	 * @param noAddress of those, the ones that cannot go out (no address, also not the
	 * manager's): HR sees them as failed
	 * @param alreadyToday people already reminded by hand today about the course
	 * @param nothingToDo people with nothing open to remind about (done, exempted,
	 * deferred)
	 */
	public record Outcome(int written, int noAddress, int alreadyToday, int nothingToDo) {
	}

	/** HR and administrators: remind these people about a course. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public Outcome remind(Collection<Long> employeeIds, String courseId) {
		Course course = course(courseId);
		Gathered gathered = gather(employeeIds, course);
		return write(gathered, course);
	}

	/**
	 * A manager: remind people of their own team about a course; anyone else among them
	 * refuses the whole request.
	 */
	@RolesAllowed(Roles.MANAGER)
	public Outcome remindTeam(Collection<Long> employeeIds, String courseId) {
		Course course = course(courseId);
		long me = accounts.current()
			.map(CurrentUser::employeeId)
			.orElseThrow(() -> new AccessDeniedException("no user"));
		boolean indirect = settings.bool(TEAM_INDIRECT);
		Gathered gathered = SystemAuthentication.call(() -> {
			for (long id : employeeIds) {
				if (!inTeam(id, me, indirect)) {
					throw new AccessDeniedException("not in the team");
				}
			}
			return gather(employeeIds, course);
		});
		return write(gathered, course);
	}

	private record Gathered(List<AssignmentView> open, ReminderWriter.People people, int nothingToDo) {
	}

	private Gathered gather(Collection<Long> employeeIds, Course course) {
		Set<Long> ids = new HashSet<>(employeeIds);
		List<AssignmentView> open = assignments.openOfAsOf(ids, today())
			.stream()
			.filter(assignment -> assignment.courseId().equals(course.id()) && REMINDABLE.contains(assignment.status()))
			.toList();
		Set<Long> reachable = new HashSet<>();
		open.forEach(assignment -> reachable.add(assignment.employeeId()));
		return new Gathered(open, writer.people(ids), ids.size() - reachable.size());
	}

	private Outcome write(Gathered gathered, Course course) {
		LocalDate today = today();
		ReminderRules rules = ReminderRules.from(settings);
		// written, already today, no address, left meanwhile
		int[] counts = new int[4];
		transactions.executeWithoutResult(status -> {
			for (AssignmentView assignment : gathered.open()) {
				EmployeeSummary person = gathered.people().byId().get(assignment.employeeId());
				if (person == null || person.hasLeft(today)) {
					counts[3]++;
					continue;
				}
				String key = ReminderKind.MANUAL + ":" + assignment.id() + ":" + today;
				int written = writer.write(key, ReminderKind.MANUAL, person, course, assignment.dueOn(), today, rules,
						gathered.people());
				if (written == 0) {
					counts[1]++;
					continue;
				}
				counts[0]++;
				boolean reachable = person.email() != null || viaManager(person, gathered.people(), today);
				if (!reachable) {
					counts[2]++;
				}
				audit.record("reminder.manual", "employee:" + person.id(), AuditResult.SUCCESS,
						course.id() + (reachable ? "" : " no-address"));
			}
		});
		return new Outcome(counts[0], counts[2], counts[1], gathered.nothingToDo() + counts[3]);
	}

	private static boolean viaManager(EmployeeSummary person, ReminderWriter.People people, LocalDate today) {
		if (person.managerId() == null) {
			return false;
		}
		EmployeeSummary manager = people.byId().get(person.managerId());
		return manager != null && manager.email() != null && !manager.hasLeft(today);
	}

	/** Whether the manager is the person's manager, or (indirect) above them. */
	private boolean inTeam(long employeeId, long manager, boolean indirect) {
		Long current = employees.findById(employeeId).map(EmployeeSummary::managerId).orElse(null);
		for (int level = 0; current != null && level < MAX_LEVELS; level++) {
			if (current == manager) {
				return true;
			}
			if (!indirect) {
				return false;
			}
			current = employees.findById(current).map(EmployeeSummary::managerId).orElse(null);
		}
		return false;
	}

	private Course course(String courseId) {
		return contents.current(courseId).orElseThrow(() -> new IllegalArgumentException("reminder.unknown-course"));
	}

	private LocalDate today() {
		return LocalDate.now(runtime.clock().withZone(TimeConfiguration.ZONE));
	}

}

package nl.ambtenaaronline.training.assignment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class AssignmentServiceTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	AssignmentService assignments;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	ContentService contents;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	nl.ambtenaaronline.training.audit.AuditService audit;

	@Autowired
	nl.ambtenaaronline.training.settings.SettingsService settings;

	@Test
	void aNewPersonOnTheRosterIsAssignedAutomatically() {
		long id = newPerson("auto", LocalDate.now(TimeConfiguration.ZONE).minusDays(2));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(SystemAuthentication.call(() -> assignments.currentOf(id))).singleElement()
				.satisfies(a -> {
					assertThat(a.reason()).isEqualTo(AssignmentReason.NEW_HIRE);
					assertThat(a.dueOn()).isEqualTo(LocalDate.now(TimeConfiguration.ZONE).minusDays(2).plusDays(30));
					assertThat(a.status()).isIn(AssignmentStatus.NOT_STARTED);
				}));
	}

	@Test
	void completingTheCourseClosesTheAssignmentAndSchedulesTheRefresher() {
		long id = newPerson("complete", LocalDate.of(2015, 1, 1));
		String username = "complete-" + id;
		SystemAuthentication.run(() -> accounts.createAccount(id, username, "een-lang-wachtwoord", Set.of()));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		as(username, this::passCourse);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<AssignmentView> history = SystemAuthentication.call(() -> assignments.historyOf(id));
			assertThat(history).extracting(AssignmentView::reason)
				.containsExactly(AssignmentReason.REFRESHER, AssignmentReason.ROLLOUT);
			assertThat(history.get(1).closedReason()).isEqualTo("COMPLETED");
			assertThat(history.getFirst().status()).isEqualTo(AssignmentStatus.COMPLETED);
			assertThat(history.getFirst().validUntil()).isEqualTo(LocalDate.now(TimeConfiguration.ZONE).plusMonths(24));
		});
		List<AssignmentView> mine = as(username, () -> assignments.mine());
		assertThat(mine).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.COMPLETED));
	}

	@Test
	void hrExtendsDefersAndExemptsAndEachOverrideIsKept() {
		long id = newPerson("override", LocalDate.of(2015, 1, 1));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst();
		assertThatThrownBy(() -> SystemAuthentication
			.run(() -> assignments.extend(open.id(), open.dueOn(), OverrideReason.WORKLOAD, "")))
			.hasMessage("assignment.extend-later");
		SystemAuthentication
			.run(() -> assignments.extend(open.id(), open.dueOn().plusDays(30), OverrideReason.WORKLOAD, ""));
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst().dueOn())
			.isEqualTo(open.dueOn().plusDays(30));
		SystemAuthentication.run(() -> assignments.defer(open.id(), LocalDate.now(TimeConfiguration.ZONE).plusMonths(2),
				OverrideReason.LEAVE, ""));
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst().status())
			.isEqualTo(AssignmentStatus.DEFERRED);
		assertThatThrownBy(() -> SystemAuthentication.run(() -> assignments.exempt(open.id(), " ")))
			.hasMessage("assignment.exempt-reason");
		SystemAuthentication.run(() -> assignments.exempt(open.id(), "Werkt niet met sociale media"));
		AssignmentView after = SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst();
		assertThat(after.status()).isEqualTo(AssignmentStatus.EXEMPT);
		assertThat(after.overrides()).extracting(AssignmentView.Override::kind)
			.containsExactly("EXTEND", "DEFER", "EXEMPT");
	}

	@Test
	void anExtensionIntoThePastOrWithoutANoteForOtherIsRefusedAndTheReasonIsAudited() {
		long id = newPerson("reasoned", LocalDate.of(2015, 1, 1));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst();
		LocalDate yesterday = LocalDate.now(nl.ambtenaaronline.training.shared.TimeConfiguration.ZONE).minusDays(1);
		assertThatThrownBy(() -> SystemAuthentication
			.run(() -> assignments.extend(open.id(), yesterday, OverrideReason.WORKLOAD, "")))
			.hasMessage("assignment.extend-future");
		assertThatThrownBy(() -> SystemAuthentication
			.run(() -> assignments.extend(open.id(), open.dueOn().plusDays(10), OverrideReason.OTHER, " ")))
			.hasMessage("assignment.reason-note");
		assertThatThrownBy(
				() -> SystemAuthentication.run(() -> assignments.defer(open.id(), yesterday, OverrideReason.LEAVE, "")))
			.hasMessage("assignment.defer-future");
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst().overrides()).isEmpty();

		SystemAuthentication
			.run(() -> assignments.extend(open.id(), open.dueOn().plusDays(10), OverrideReason.OTHER, "Project"));
		AssignmentView after = SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst();
		assertThat(after.overrides()).singleElement()
			.satisfies(override -> assertThat(override.reason()).isEqualTo("OTHER: Project"));
		assertThat(SystemAuthentication
			.call(() -> audit.search(new AuditFilter("assignment.extended", null, "assignment:" + open.id()), 0, 5)))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).endsWith("reason=OTHER"));
	}

	@Test
	void theSuggestedExtensionLiesThirtyDaysAfterTodayOrTheDueDate() {
		LocalDate today = LocalDate.now(nl.ambtenaaronline.training.shared.TimeConfiguration.ZONE);
		assertThat(SystemAuthentication.call(() -> assignments.suggestedExtension(today.minusDays(20))))
			.isEqualTo(today.plusDays(30));
		assertThat(SystemAuthentication.call(() -> assignments.suggestedExtension(today.plusDays(5))))
			.isEqualTo(today.plusDays(35));
	}

	@Test
	void aClassroomCompletionCountsAsCompleted() {
		long id = newPerson("classroom", LocalDate.of(2015, 1, 1));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		assertThatThrownBy(() -> SystemAuthentication.run(() -> assignments.recordClassroom(id, COURSE,
				LocalDate.now(TimeConfiguration.ZONE).plusDays(1), "Trainer")))
			.hasMessage("assignment.classroom-future");
		SystemAuthentication.run(() -> assignments.recordClassroom(id, COURSE,
				LocalDate.now(TimeConfiguration.ZONE).minusDays(1), "Trainer"));
		List<AssignmentView> history = SystemAuthentication.call(() -> assignments.historyOf(id));
		assertThat(history.getFirst().reason()).isEqualTo(AssignmentReason.REFRESHER);
		assertThat(history.getFirst().status()).isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(history.get(1).closedReason()).isEqualTo("COMPLETED");
	}

	@Test
	void hrCannotExtendDeferExemptGrantAnAttemptOrRecordAClassroomCompletionForThemselvesButAColleagueCan() {
		long me = newPerson("own-record", LocalDate.of(2015, 1, 1));
		String username = "own-record-" + UUID.randomUUID().toString().substring(0, 6);
		SystemAuthentication.run(() -> {
			accounts.createAccount(me, username, "een-lang-wachtwoord-2026", Set.of(Role.HR));
			assignments.reconcile(List.of(me));
		});
		AssignmentView open = SystemAuthentication.call(() -> assignments.currentOf(me)).getFirst();
		asSignedIn(username, () -> {
			assertThatThrownBy(() -> assignments.exempt(open.id(), "Ik werk niet met sociale media"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(AssignmentService.OWN_RECORD);
			assertThatThrownBy(
					() -> assignments.extend(open.id(), open.dueOn().plusDays(30), OverrideReason.WORKLOAD, ""))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(AssignmentService.OWN_RECORD);
			assertThatThrownBy(() -> assignments.defer(open.id(), LocalDate.now(TimeConfiguration.ZONE).plusMonths(2),
					OverrideReason.LEAVE, ""))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(AssignmentService.OWN_RECORD);
			assertThatThrownBy(() -> assessment.grantExtraAttempt(me, COURSE))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(AssessmentService.OWN_RECORD);
			assertThatThrownBy(() -> assignments.recordClassroom(me, COURSE,
					LocalDate.now(TimeConfiguration.ZONE).minusDays(1), "Trainer"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(AssignmentService.OWN_RECORD);
			assertThat(assignments.currentOf(me).getFirst()).isEqualTo(open);
		});
		// another person of HR may
		SystemAuthentication.run(() -> assignments.exempt(open.id(), "Werkt niet met sociale media"));
		assertThat(SystemAuthentication.call(() -> assignments.currentOf(me)).getFirst().status())
			.isEqualTo(AssignmentStatus.EXEMPT);
	}

	/** Runs as a user who has finished signing in (roles not held back). */
	private void asSignedIn(String username, Runnable work) {
		UserDetails user = userDetails.loadUserByUsername(username);
		SecurityContext previous = SecurityContexts.strategy().getContext();
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContexts.strategy().setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContexts.strategy().setContext(previous);
		}
	}

	@Test
	void aLeaversOpenAssignmentClosesAsLeft() {
		long id = newPerson("leaver", LocalDate.of(2015, 1, 1));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		var person = SystemAuthentication.call(() -> employees.findById(id)).orElseThrow();
		SystemAuthentication.run(() -> employees.update(id,
				new NewEmployee(person.employeeNumber(), person.firstName(), null, person.lastName(), null,
						person.departmentCode(), null, person.startDate(),
						LocalDate.now(TimeConfiguration.ZONE).minusDays(1), WorkerType.EMPLOYEE, null)));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		assertThat(SystemAuthentication.call(() -> assignments.historyOf(id)).getFirst().closedReason())
			.isEqualTo("LEFT");
	}

	@Test
	void theRulesAreSettingsPerCourse() {
		String key = "assignment.social-media.new-hire-days";
		assertThat(SystemAuthentication.call(() -> settings.list())).extracting(value -> value.definition().key())
			.contains(key, "assignment.social-media.go-live", "assignment.social-media.refresher-months");
		SystemAuthentication.run(() -> settings.update(key, "10"));
		try {
			long id = newPerson("per-course", LocalDate.now(TimeConfiguration.ZONE).minusDays(1));
			SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
			assertThat(SystemAuthentication.call(() -> assignments.currentOf(id)).getFirst().dueOn())
				.isEqualTo(LocalDate.now(TimeConfiguration.ZONE).minusDays(1).plusDays(10));
		}
		finally {
			SystemAuthentication.run(() -> settings.update(key, "30"));
		}
	}

	@Test
	void aLearnerSeesOnlyTheirOwnAssignments() {
		assertThatThrownBy(() -> as("medewerker", () -> assignments.currentOf(1)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private long newPerson(String key, LocalDate start) {
		return SystemAuthentication.call(
				() -> employees.create(new NewEmployee("A-" + key + "-" + UUID.randomUUID().toString().substring(0, 6),
						"Test", null, key, null, "WON", null, start, null, WorkerType.EMPLOYEE, null)));
	}

	private void passCourse() {
		Learners.passCourse(learning, assessment, contents.current(COURSE).orElseThrow());
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		return learners.as(username, work);
	}

	private void as(String username, Runnable work) {
		learners.run(username, work);
	}

}

package nl.ambtenaaronline.training.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.analytics.AnalyticsService;
import nl.ambtenaaronline.training.analytics.TeamConversationService;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.certificate.CertificateNotFoundException;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.PendingCertificates;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.RosterImportService;
import nl.ambtenaaronline.training.governance.AccessReviewService;
import nl.ambtenaaronline.training.governance.PrivacyPackService;
import nl.ambtenaaronline.training.integration.HrFeedService;
import nl.ambtenaaronline.training.integration.XapiService;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningException;
import nl.ambtenaaronline.training.learning.LearningRecords;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.operations.EventPublicationService;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.reminder.ManualReminderService;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.setup.FirstRunService;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method of every feature service × seven callers: only the intended
 * combinations get through. Each call is made with the ids of one learner (the "target":
 * their employee, account, open attempt and certificate), so the columns "other employee"
 * and "manager of another team" prove that other people's ids are refused or scoped.
 * Calls run in a transaction that is rolled back.
 * <p>
 * A public method that is not in {@link #MATRIX} fails
 * {@link #everyServiceMethodIsInTheMatrix()} with the exact row to add.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceAccessMatrixTest {

	/** The callers, in the order of the columns of {@link #MATRIX}. */
	static final List<String> PERSONAS = List.of("anonymous", "employee", "other-employee", "manager-other-team", "hr",
			"admin", "auditor");

	/**
	 * Per service, method signature → whether each caller gets through (1) or is refused
	 * (0), in the order of {@link #PERSONAS}. "employee" is the target learner working on
	 * their own data; "other-employee" (the demo medewerker) and "manager-other-team"
	 * (the demo manager, not the target's manager) pass the target's ids. A method
	 * without an id of a person answers for the caller themselves (scoped), so "1" there
	 * is intended.
	 */
	static final Map<Class<?>, Map<String, String>> MATRIX = Map.ofEntries(
	// @formatter:off
		Map.entry(AssignmentService.class, Map.ofEntries(
			Map.entry("mine()",                                           "0111111"),
			Map.entry("currentOf(long)",                                  "0000111"),
			Map.entry("historyOf(long)",                                  "0000111"),
			Map.entry("reconcile(Collection)",                            "0000110"),
			Map.entry("reconcileAll()",                                   "0000110"),
			Map.entry("extend(long,LocalDate,OverrideReason,String)",     "0000110"),
			Map.entry("defer(long,LocalDate,OverrideReason,String)",      "0000110"),
			Map.entry("suggestedExtension(LocalDate)",                    "0000110"),
			Map.entry("suggestedDeferral()",                              "0000110"),
			Map.entry("exempt(long,String)",                              "0000110"),
			Map.entry("recordClassroom(long,String,LocalDate,String)",    "0000110"),
			Map.entry("dueSoonDays(String)",                               "0111111"),
			Map.entry("factsOf(Collection)",                               "0000111"),
			Map.entry("openAsOf(LocalDate,long,int)",                      "0000110"),
			Map.entry("openOfAsOf(Collection,LocalDate)",                  "0000110"),
			Map.entry("statusesAsOf(String,LocalDate,Instant,Collection)", "0000111"))),
		Map.entry(AuditService.class, Map.ofEntries(
			// every action, also an anonymous one (a failed login), is recorded
			Map.entry("record(String,String)",                            "1111111"),
			Map.entry("record(String,String,AuditResult,String)",         "1111111"),
			// writes what the caller's own transaction recorded; nothing to read or see
			Map.entry("flush()",                                          "1111111"),
			Map.entry("search(AuditFilter,int,int)",                      "0000011"),
			Map.entry("count(AuditFilter)",                               "0000011"),
			Map.entry("actions()",                                        "0000011"),
			Map.entry("verifyChain()",                                    "0000011"),
			Map.entry("about(Collection)",                                 "0111111"),
			Map.entry("checkChain(String)",                                "0000011"),
			Map.entry("export(AuditFilter,AuditExportFormat,OutputStream)","0000011"),
			Map.entry("lastChainCheck()",                                  "0000011"),
			Map.entry("trailOf(Collection,int)",                           "0000111"))),
		Map.entry(CertificateService.class, Map.ofEntries(
			Map.entry("recordWithoutCompletion(long,String,Instant)",     "0000010"),
			Map.entry("myCertificates()",                                 "0111111"),
			// one's own, or anyone's for HR and administrators
			Map.entry("pdf(long)",                                        "0100110"),
			Map.entry("search(String,int,int)",                           "0000111"),
			Map.entry("count(String)",                                    "0000111"),
			Map.entry("count(CertificateFilter)",                         "0000111"),
			Map.entry("countByStatus(CertificateFilter)",                 "0000111"),
			Map.entry("certifiedCourses()",                               "0000111"),
			Map.entry("search(CertificateFilter,int,int)",                "0000111"),
			Map.entry("certificatesOf(long)",                             "0000111"),
			Map.entry("revoke(long,String)",                              "0000110"),
			// the public verification page
			Map.entry("verify(String)",                                   "1111111"),
			Map.entry("isWellFormedCode(String)",                         "1111111"),
			Map.entry("normalizeCode(String)",                            "1111111"),
			Map.entry("verifyUrl(String)",                                "1111111"),
			Map.entry("verifyFormUrl()",                                  "1111111"),
			Map.entry("currentEndingBetween(LocalDate,LocalDate)",         "0000110"))),
		Map.entry(PendingCertificates.class, Map.ofEntries(
			Map.entry("mine()",                                           "0111111"))),
		Map.entry(ContentService.class, Map.ofEntries(
			// the published course is public text
			Map.entry("current(String)",                                  "1111111"),
			Map.entry("version(String,SemanticVersion)",                  "1111111"),
			Map.entry("courses()",                                        "1111111"),
			Map.entry("loadedVersions()",                                 "1111111"),
			Map.entry("source()",                                         "0000010"),
			Map.entry("resolvePlaceholders(String,Locale)",               "1111111"),
			Map.entry("resolvePlaceholders(LocalizedText)",               "1111111"),
			Map.entry("resolvePlaceholdersInHtml(String,Locale)",         "1111111"),
			Map.entry("reload()",                                         "0000010"),
			Map.entry("follow()",                                          "0000010"))),
		Map.entry(EmployeeService.class, Map.ofEntries(
			Map.entry("findById(long)",                                   "0000111"),
			Map.entry("findAllById(Collection)",                          "0000111"),
			// the department and start date only, for answer facts (the system)
			Map.entry("departmentAndStartOf(long)",                       "0000110"),
			// the caller's own roster data, from the principal (empty for anonymous)
			Map.entry("signedIn()",                                       "1111111"),
			// used by the security module while signing in, before there is a user; no
			// screen passes an id from outside; only whether the person is in service
			Map.entry("standingOf(long)",                                 "1111111"),
			Map.entry("hasReports(long)",                                 "1111111"),
			Map.entry("findForSignIn(SignInKey,String)",                  "1111111"),
			Map.entry("findByNumber(String)",                             "0000110"),
			Map.entry("search(String,int,int)",                           "0000110"),
			Map.entry("countSearch(String)",                              "0000110"),
			// finding a person's events in the audit log by name
			Map.entry("findForAudit(String,int)",                         "0000011"),
			Map.entry("find(RosterFilter,int,int)",                       "0000110"),
			Map.entry("count(RosterFilter)",                              "0000110"),
			Map.entry("count()",                                          "0000111"),
			Map.entry("departments()",                                    "0000111"),
			// a department's name for the audit log
			Map.entry("departmentName(String)",                           "0000111"),
			Map.entry("createDepartment(String,String)",                  "0000110"),
			Map.entry("create(NewEmployee)",                              "0000110"),
			Map.entry("update(long,NewEmployee)",                         "0000110"),
			Map.entry("setManager(long,long)",                            "0000110"),
			Map.entry("everyone(long,int)",                                "0000111"))),
		Map.entry(RosterImportService.class, Map.ofEntries(
			Map.entry("preview(RosterUpload)",                            "0000110"),
			Map.entry("confirm(RosterUpload)",                            "0000110"),
			Map.entry("confirmWithLeavers(RosterUpload,int)",             "0000110"),
			Map.entry("limits()",                                         "0000110"))),
		Map.entry(LearningService.class, Map.ofEntries(
			Map.entry("course(String)",                                   "0111111"),
			Map.entry("progress(String)",                                 "0111111"),
			Map.entry("startRefresher(String)",                           "0111111"),
			Map.entry("deltaAvailable(String)",                           "0111111"),
			// a setting's value, as every screen reads settings
			Map.entry("guidelineUrl(String)",                             "0111111"),
			Map.entry("openScenario(String,String)",                      "0111111"),
			Map.entry("markLessonRead(String,String)",                    "0111111"),
			Map.entry("scenario(String,String)",                          "0111111"),
			Map.entry("choose(String,String,String,int,UUID)",            "0111111"),
			Map.entry("replay(String,String)",                            "0111111"))),
		Map.entry(AssessmentService.class, Map.ofEntries(
			Map.entry("openAttempt(String)",                              "0111111"),
			// the attempt id of someone else is not found
			Map.entry("attempt(long)",                                    "0100000"),
			Map.entry("answer(long,String,Set,UUID)",                     "0100000"),
			Map.entry("moveTo(long,int)",                                 "0100000"),
			Map.entry("submit(long)",                                     "0100000"),
			Map.entry("lastResult(String)",                               "0111111"),
			Map.entry("acknowledge(String)",                              "0111111"),
			Map.entry("grantExtraAttempt(long,String)",                   "0000110"))),
		Map.entry(LearningRecords.class, Map.ofEntries(
			Map.entry("myCompletions()",                                  "0111111"),
			Map.entry("completionsOf(long)",                              "0000111"),
			// a learner only for themselves
			Map.entry("learnerStates(String,Collection)",                 "0100111"),
			Map.entry("historyOf(long)",                                   "0000111"),
			Map.entry("learnerStatesAsOf(String,Instant,Instant)",         "0000111"),
			Map.entry("attemptsUsedUp(String,Collection)",                 "0000111"))),
		Map.entry(AccountService.class, Map.ofEntries(
			Map.entry("current()",                                        "1111111"),
			Map.entry("changeOwnPassword(String,String)",                 "0111111"),
			Map.entry("setOwnLanguage(Locale)",                           "0111111"),
			Map.entry("displayNameOf(long)",                              "0000011"),
			Map.entry("accountsNamed(String,int)",                        "0000011"),
			Map.entry("passwordChangeRequired()",                         "1111111"),
			Map.entry("requiredStep()",                                   "1111111"),
			Map.entry("breakGlassUses(int)",                              "0000010"),
			Map.entry("securityAlerts(int)",                              "0000010"),
			Map.entry("list(int,int)",                                    "0000010"),
			Map.entry("count()",                                          "0000010"),
			Map.entry("administratorExists()",                            "0000010"),
			Map.entry("createAdministrator(long,String)",                 "0000010"),
			Map.entry("createAccount(long,String)",                       "0000010"),
			Map.entry("createAccount(long,String,String,Set)",            "0000010"),
			Map.entry("resetPassword(long)",                              "0000010"),
			Map.entry("grantRole(long,Role)",                             "0000010"),
			Map.entry("revokeRole(long,Role)",                            "0000010"),
			Map.entry("languagesOf(Collection)",                           "0000110"))),
		Map.entry(SecondFactorService.class, Map.ofEntries(
			Map.entry("status()",                                         "1111111"),
			// only for a password sign-in that awaits its second factor (SecondFactorTest);
			// refused for everyone who has none waiting
			Map.entry("startEnrolment()",                                 "0000000"),
			Map.entry("confirmEnrolment(String)",                         "0000000"),
			Map.entry("verify(String)",                                   "0000000"),
			Map.entry("useRecoveryCode(String)",                          "0000000"),
			Map.entry("enrolled(long)",                                   "0000010"),
			Map.entry("reset(long)",                                      "0000010"),
			Map.entry("enrolIfMissing(String,String)",                    "0000010"))),
		Map.entry(SignInService.class, Map.ofEntries(
			// what the login page shows
			Map.entry("oidcEnabled()",                                    "1111111"),
			Map.entry("oidcLoginPath()",                                  "1111111"),
			Map.entry("localLoginRestricted()",                           "1111111"),
			Map.entry("rosterContact()",                                  "1111111"))),
		Map.entry(SettingsService.class, Map.ofEntries(
			// settings the screens show (contact addresses, rules); the list and changes
			// for HR and administrators
			Map.entry("text(String)",                                     "1111111"),
			Map.entry("integer(String)",                                  "1111111"),
			// the first stored value of a setting (the go-live date on first use)
			Map.entry("initialise(String,String)",                        "0000110"),
			Map.entry("bool(String)",                                     "1111111"),
			Map.entry("date(String)",                                     "1111111"),
			Map.entry("list()",                                           "0000110"),
			Map.entry("update(String,String)",                            "0000110"),
			Map.entry("updateAll(Map)",                                   "0000110"),
			Map.entry("keys(String)",                                      "1111111"))),
		Map.entry(AnalyticsService.class, Map.ofEntries(
			Map.entry("minGroupSize()",                                    "0000110"),
			Map.entry("lastClosedMonth()",                                 "0000110"),
			Map.entry("misconceptions(AnalyticsFilter)",                   "0000110"))),
		Map.entry(TeamConversationService.class, Map.ofEntries(
			// a manager: the departments of their own team (scoped)
			Map.entry("departments(String)",                               "0001110"),
			// a manager only for a department of their own team (TeamConversationServiceTest);
			// the matrix passes "x", which is none, so the manager is refused
			Map.entry("conversation(String,String)",                       "0000110"),
			Map.entry("pdf(String,String,Locale)",                         "0000110"))),
		Map.entry(PrivacyPackService.class, Map.ofEntries(
			Map.entry("pack()",                                            "0000111"),
			Map.entry("pdf(Locale)",                                       "0000111"))),
		Map.entry(PrivacyService.class, Map.ofEntries(
			Map.entry("applyRetention()",                                  "0000010"),
			Map.entry("contact()",                                         "1111111"),
			Map.entry("countDestructionRecords()",                         "0000011"),
			Map.entry("destructionRecords(int,int)",                       "0000011"),
			Map.entry("destructionRecordsCsv()",                           "0000011"),
			Map.entry("myData()",                                          "0111111"),
			Map.entry("retentionMonths()",                                 "1111111"),
			Map.entry("previewRetention()",                                "0000010"),
			Map.entry("previewRetention(Map)",                             "0000010"),
			Map.entry("runRetentionNow()",                                 "0000010"))),
		Map.entry(HrFeedService.class, Map.ofEntries(
			// the feed's listeners run as the system
			Map.entry("append(String,FeedEventKind,long,String,String,String,Instant)", "0000110"),
			// only a feed client's token (HrFeedTest)
			Map.entry("page(long,int)",                                    "0000000"),
			Map.entry("status()",                                          "0000111"),
			Map.entry("csvOf(LocalDate)",                                  "0000110"),
			Map.entry("writeFile(LocalDate)",                              "0000110"),
			Map.entry("clients()",                                         "0000010"),
			Map.entry("createClient(String)",                              "0000010"),
			// the demo's client with its known token
			Map.entry("createClientIfMissing(String,String)",              "0000010"),
			Map.entry("revokeClient(long)",                                "0000010"))),
		Map.entry(XapiService.class, Map.ofEntries(
			// the listener and the send job run as the system
			Map.entry("record(CoursePassed)",                              "0000110"),
			Map.entry("record(LessonRead)",                                "0000110"),
			Map.entry("record(ScenarioChoiceRecorded)",                    "0000110"),
			Map.entry("record(AnswerRecorded)",                            "0000110"),
			Map.entry("record(AttemptSubmitted)",                          "0000110"),
			Map.entry("sendDue()",                                         "0000110"),
			Map.entry("status()",                                          "0000010"),
			Map.entry("exportJsonLines(LocalDate,LocalDate,OutputStream)", "0000010"))),
		Map.entry(ReminderService.class, Map.ofEntries(
			Map.entry("count(ReminderStatus)",                             "0000111"),
			Map.entry("html(long)",                                        "0000010"),
			Map.entry("list(ReminderStatus,int,int)",                      "0000111"),
			Map.entry("mine()",                                            "0111111"),
			Map.entry("of(long)",                                          "0000111"),
			Map.entry("planFor(Collection)",                               "0000110"),
			Map.entry("planToday()",                                       "0000110"),
			Map.entry("sendDue()",                                         "0000110"),
			Map.entry("smtpConfigured()",                                  "0001111"))),
		Map.entry(ManualReminderService.class, Map.ofEntries(
			Map.entry("remind(Collection,String)",                         "0000110"),
			// the target is in nobody's team of the callers: refused for everyone
			Map.entry("remindTeam(Collection,String)",                     "0000000"))),
		Map.entry(ReportingService.class, Map.ofEntries(
			Map.entry("completionTrend(ReportFilter)",                     "0000111"),
			Map.entry("count(ReportFilter)",                               "0000111"),
			Map.entry("nextDeadlines(ReportFilter)",                       "0000111"),
			Map.entry("today()",                                           "0001111"),
			Map.entry("dueSoonDays(String)",                               "0001111"),
			Map.entry("courses()",                                         "0001111"),
			Map.entry("dashboard(ReportFilter)",                           "0000111"),
			Map.entry("completedOnline(ReportFilter)",                     "0000111"),
			Map.entry("startedDueSoon(ReportFilter)",                      "0000111"),
			Map.entry("departments()",                                     "0000111"),
			Map.entry("exportCsv(ReportFilter,List,boolean,Locale,OutputStream)","0000111"),
			Map.entry("exportXlsx(ReportFilter,List,Locale,OutputStream)", "0000111"),
			Map.entry("exportContacts(ReportFilter,Locale,OutputStream)",  "0000110"),
			Map.entry("page(ReportFilter,List,int,int)",                   "0000111"),
			Map.entry("person(long)",                                      "0000111"),
			Map.entry("rebuild()",                                         "0000010"),
			Map.entry("refresh(Collection)",                               "0000110"),
			Map.entry("scoresShown()",                                     "0000111"),
			Map.entry("statusesInDatabase(String)",                        "0000110"),
			Map.entry("team(String,List,int,int)",                         "0001000"),
			Map.entry("teamCount(String)",                                 "0001000"),
			Map.entry("teamDashboard(String)",                             "0001000"))),
		Map.entry(AccessReviewService.class, Map.ofEntries(
			Map.entry("grantNotices(boolean,int)",                         "0000011"),
			Map.entry("holdings()",                                        "0000011"),
			Map.entry("markGrantsSeen()",                                  "0000010"),
			Map.entry("signOff(String)",                                   "0000010"),
			Map.entry("status()",                                          "0000011"),
			Map.entry("unseenGrantCount()",                                "0000011"))),
		Map.entry(RoleGrantService.class, Map.ofEntries(
			Map.entry("accountName(String)",                               "0000011"),
			Map.entry("grantNotices(boolean,int)",                         "0000011"),
			Map.entry("markGrantsSeen()",                                  "0000010"),
			Map.entry("privilegedRoles()",                                 "0000011"),
			Map.entry("unseenGrantCount()",                                "0000011"))),
		Map.entry(EventPublicationService.class, Map.ofEntries(
			Map.entry("stalled()",                                         "0000010"),
			Map.entry("resubmit(UUID)",                                    "0000010"))),
		Map.entry(FirstRunService.class, Map.ofEntries(
			// anyone may try: the one-time token from the log is the key (FirstRunPostgresTest)
			Map.entry("open()",                                            "1111111"),
			Map.entry("createFirstAdministrator(String,FirstAdministrator)", "1111111"))),
		Map.entry(SnapshotService.class, Map.ofEntries(
			Map.entry("preview(String,LocalDate)",                         "0000110"),
			Map.entry("create(String,LocalDate)",                          "0000110"),
			Map.entry("list()",                                            "0000111"),
			Map.entry("pdf(long)",                                         "0000111"),
			Map.entry("people(long)",                                      "0000111"),
			Map.entry("summary(long)",                                     "0000111"),
			Map.entry("totals(long)",                                      "0000111"),
			Map.entry("verify(long)",                                      "0000111"),
			Map.entry("xlsx(long)",                                        "0000111")))
	// @formatter:on
	);

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	UserDetailsService users;

	@Autowired
	LearningService learning;

	@Autowired
	AssessmentService assessment;

	@Autowired
	ContentService contents;

	@Autowired
	CertificateService certificates;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AccountService accounts;

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	Learners learners;

	private final Map<String, Authentication> authentications = new HashMap<>();

	private String target;

	private long targetEmployee;

	private long targetAccount;

	private long targetAttempt;

	private long targetCertificate;

	private long targetAssignment;

	@BeforeAll
	void target() {
		target = learners.create("matrix-target");
		Course course = contents.current("social-media").orElseThrow();
		learners.run(target, () -> {
			Learners.prepareAssessment(learning, course);
			targetAttempt = assessment.openAttempt(course.id()).attemptId();
			targetEmployee = accounts.current().orElseThrow().employeeId();
			targetAccount = accounts.current().orElseThrow().accountId();
		});
		SystemAuthentication.run(() -> {
			targetCertificate = certificates.recordWithoutCompletion(targetEmployee, course.id(), Instant.now()).id();
			targetAssignment = assignments.currentOf(targetEmployee)
				.stream()
				.findFirst()
				.map(assignment -> assignment.id())
				.orElse(0L);
		});
	}

	/** The feature services: every {@code @Service} bean of the application. */
	private Map<Class<?>, Object> services() {
		Map<Class<?>, Object> services = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
		for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			if (type.getPackageName().startsWith("nl.ambtenaaronline.training.")) {
				services.put(type, bean);
			}
		}
		return services;
	}

	private static List<Method> publicMethods(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& !method.isSynthetic() && !method.isBridge())
			.sorted((a, b) -> signature(a).compareTo(signature(b)))
			.toList();
	}

	static String signature(Method method) {
		return method.getName() + "("
				+ Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
				+ ")";
	}

	@Test
	void everyServiceMethodIsInTheMatrix() {
		List<String> missing = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		services().forEach((type, bean) -> {
			Map<String, String> rows = MATRIX.getOrDefault(type, Map.of());
			Set<String> present = new TreeSet<>();
			for (Method method : publicMethods(type)) {
				present.add(signature(method));
				if (!rows.containsKey(signature(method))) {
					missing.add("in MATRIX, " + (MATRIX.containsKey(type) ? "" : "a new entry ") + type.getSimpleName()
							+ ".class: Map.entry(\"" + signature(method) + "\", \"" + observed(bean, method)
							+ "\") (what it does now; columns " + PERSONAS + ": check it is intended)");
				}
			}
			rows.keySet()
				.stream()
				.filter(row -> !present.contains(row))
				.forEach(row -> stale.add(type.getSimpleName() + " " + row));
		});
		MATRIX.keySet()
			.stream()
			.filter(type -> !services().containsKey(type))
			.forEach(type -> stale.add(type.getSimpleName() + " (no longer a service)"));
		assertThat(missing).as("ServiceAccessMatrixTest: rows to add").isEmpty();
		assertThat(stale).as("ServiceAccessMatrixTest: rows without a method").isEmpty();
	}

	@Test
	void everyCallerGetsThroughExactlyWhereTheMatrixAllows() {
		List<String> wrong = new ArrayList<>();
		services().forEach((type, bean) -> {
			Map<String, String> rows = MATRIX.getOrDefault(type, Map.of());
			for (Method method : publicMethods(type)) {
				String expected = rows.get(signature(method));
				if (expected == null) {
					continue;
				}
				String actual = observed(bean, method);
				for (int column = 0; column < PERSONAS.size(); column++) {
					if (expected.charAt(column) != actual.charAt(column)) {
						wrong.add(type.getSimpleName() + "." + signature(method) + " as " + PERSONAS.get(column)
								+ ": expected " + (expected.charAt(column) == '1' ? "allowed" : "refused") + ", was "
								+ (actual.charAt(column) == '1' ? "allowed" : "refused"));
					}
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	/** The row as the service behaves now: per persona 1 (got through) or 0 (refused). */
	private String observed(Object bean, Method method) {
		StringBuilder row = new StringBuilder();
		for (String persona : PERSONAS) {
			row.append(call(persona, bean, method) ? '1' : '0');
		}
		return row.toString();
	}

	/**
	 * Calls the method as the persona with the target's ids, in a transaction rolled back
	 * afterwards: true when it got through the security checks (its outcome otherwise,
	 * even an exception about the arguments, does not matter here).
	 */
	private boolean call(String persona, Object bean, Method method) {
		Object[] arguments = arguments(method);
		Supplier<Boolean> work = () -> new TransactionTemplate(transactions).execute(status -> {
			status.setRollbackOnly();
			try {
				method.invoke(bean, arguments);
				return true;
			}
			catch (InvocationTargetException ex) {
				return !refusal(ex.getCause());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return as(authentications.computeIfAbsent(persona, this::authentication), work);
	}

	/** Signed in once per persona (the password check is slow on purpose). */
	private Authentication authentication(String persona) {
		return switch (persona) {
			case "employee" -> signIn(target, Learners.PASSWORD);
			case "other-employee" -> signIn("medewerker", "demo-wachtwoord-2026");
			case "manager-other-team" -> signIn("manager", "demo-wachtwoord-2026");
			case "anonymous" -> new AnonymousAuthenticationToken("matrix", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
			default -> {
				// as @WithUserDetails: a user who has finished signing in, second factor
				// included
				UserDetails user = users
					.loadUserByUsername(Map.of("hr", "hr", "admin", "beheerder", "auditor", "auditor").get(persona));
				yield UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			}
		};
	}

	private Authentication signIn(String username, String password) {
		return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	/**
	 * Refused: by method security, or "not found" for someone else's attempt or
	 * certificate.
	 */
	private static boolean refusal(Throwable thrown) {
		return thrown instanceof AccessDeniedException || thrown instanceof AuthenticationCredentialsNotFoundException
				|| thrown instanceof CertificateNotFoundException
				|| thrown instanceof LearningException && "assessment.not-found".equals(thrown.getMessage());
	}

	private static <T> T as(Authentication authentication, Supplier<T> work) {
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

	/** Arguments by parameter name and type, pointing at the target's data. */
	private Object[] arguments(Method method) {
		Parameter[] parameters = method.getParameters();
		Object[] values = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			values[i] = argument(parameters[i]);
		}
		return values;
	}

	private Object argument(Parameter parameter) {
		String name = parameter.getName().toLowerCase(Locale.ROOT);
		Class<?> type = parameter.getType();
		if (type == long.class || type == Long.class) {
			if (name.contains("attempt")) {
				return targetAttempt;
			}
			if (name.contains("certificate")) {
				return targetCertificate;
			}
			if (name.contains("assignment")) {
				return targetAssignment;
			}
			if (name.contains("account")) {
				return targetAccount;
			}
			return targetEmployee;
		}
		if (type == int.class || type == Integer.class) {
			return name.contains("limit") ? 10 : 0;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == String.class) {
			return name.contains("course") ? "social-media" : "x";
		}
		if (Collection.class.isAssignableFrom(type)) {
			Collection<?> values = name.contains("selected") ? Set.of(0)
					: name.contains("ids") ? List.of(targetEmployee) : Set.of();
			return type.isInstance(values) ? values
					: List.class.isAssignableFrom(type) ? List.copyOf(values) : Set.copyOf(values);
		}
		if (type == java.io.OutputStream.class) {
			return java.io.OutputStream.nullOutputStream();
		}
		if (type == java.util.Optional.class) {
			return java.util.Optional.empty();
		}
		if (type == double.class) {
			return 0d;
		}
		if (type == UUID.class) {
			return UUID.randomUUID();
		}
		if (type == LocalDate.class) {
			return LocalDate.now(TimeConfiguration.ZONE).plusDays(30);
		}
		if (type == Instant.class) {
			return Instant.now();
		}
		if (type == Locale.class) {
			return Locale.ENGLISH;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[type.getEnumConstants().length - 1];
		}
		return null;
	}

}

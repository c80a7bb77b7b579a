package nl.ambtenaaronline.training.setup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentView;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.ImportMode;
import nl.ambtenaaronline.training.employee.RosterImportResult;
import nl.ambtenaaronline.training.employee.RosterImportService;
import nl.ambtenaaronline.training.employee.RosterUpload;
import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.AccountSummary;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.security.secondfactor.TotpCodes;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The first run as README "First run" describes it, on PostgreSQL without the identity
 * provider: no administrator, a set-up token in the log, the first administrator made on
 * {@code /setup} (once), their sign-in with a new password and the second factor, the
 * go-live date, the roster import, HR granted, and learners with their assignments. The
 * steps build on each other, so they run in order.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunPostgresTest extends SpringBrowserlessTest {

	static final String NEW_PASSWORD = "zomer-kanaal-fietsbrug-77";

	/** The one-time password the set-up page showed, for the sign-in step. */
	static String oneTimePassword = "";

	@Autowired
	FirstRunService firstRun;

	@Autowired
	AccountService accounts;

	@Autowired
	EmployeeService employees;

	@Autowired
	AuditService audit;

	@Autowired
	SetupProperties properties;

	@Autowired
	AppProperties app;

	@Autowired
	LockProvider locks;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	SecondFactorService secondFactor;

	@Autowired
	SettingsService settings;

	@Autowired
	RosterImportService rosterImport;

	@Autowired
	AssignmentService assignments;

	@Autowired
	Clock clock;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Test
	@Order(1)
	void aSetUpTokenPastItsValidityIsRefusedAndAudited() {
		MutableClock moved = new MutableClock(Instant.now());
		FirstRunService service = new FirstRunService(accounts, employees, audit, moved, properties, app, locks,
				transactions);
		String token;
		try (SetupLog log = new SetupLog()) {
			service.announce();
			token = log.token();
			assertThat(log.messages().get(0)).contains("/setup", "valid until");
		}
		assertThat(service.open()).isTrue();
		moved.advance(properties.tokenValidity());
		assertThat(service.open()).isFalse();
		assertThatThrownBy(() -> service.createFirstAdministrator(token, administrator()))
			.isInstanceOf(SetupRefusedException.class)
			.hasMessage("setup.token-expired");
		assertThat(lastAudit("setup.refused").details()).isEqualTo("token-expired");
		assertThat(lastAudit("setup.token-issued").actor()).isEqualTo("setup");
		assertThat(SystemAuthentication.call(accounts::administratorExists)).isFalse();
	}

	@Test
	@Order(2)
	@WithAnonymousUser
	void theFirstAdministratorIsMadeOnceOnTheSetUpPageWithTheTokenFromTheLog() {
		String token;
		try (SetupLog log = new SetupLog()) {
			firstRun.announce();
			token = log.token();
		}
		assertThat(firstRun.open()).isTrue();
		UI.getCurrent().navigate("setup");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SetupView");

		test($(PasswordField.class).id("setup-token")).setValue("abcde-abcde-abcde-abcde-abcde");
		fill();
		test($(Button.class).id("setup-create")).click();
		PasswordField tokenField = $(PasswordField.class).id("setup-token");
		assertThat(tokenField.isInvalid()).isTrue();
		assertThat(tokenField.getErrorMessage()).isEqualTo("Dit token klopt niet.");
		assertThat(lastAudit("setup.refused").details()).isEqualTo("wrong-token");

		test(tokenField).setValue(token);
		test($(Button.class).id("setup-create")).click();
		assertThat($(Div.class).id("setup-done").isVisible()).isTrue();
		assertThat($(Span.class).id("setup-created-username").getText()).isEqualTo("eerste-beheerder");
		oneTimePassword = $(Span.class).id("setup-one-time-password").getText();
		assertThat(oneTimePassword).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
		assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("authenticator-app"));

		// once: the same token, the page and a new start-up all refuse now
		assertThat(firstRun.open()).isFalse();
		assertThatThrownBy(() -> firstRun.createFirstAdministrator(token, administrator()))
			.isInstanceOf(SetupRefusedException.class)
			.hasMessage("setup.closed");
		UI.getCurrent().navigate("setup");
		assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("SetupView");
		try (SetupLog log = new SetupLog()) {
			firstRun.announce();
			assertThat(log.messages()).isEmpty();
		}
		assertThat(firstRun.open()).isFalse();

		AuditEntry created = lastAudit("setup.administrator-created");
		assertThat(created.actor()).isEqualTo("setup");
		assertThat(created.details()).isEqualTo("new-roster-entry");
		assertThat(lastAudit("role.granted").details()).isEqualTo("ADMIN");
		assertThat(lastAudit("role.granted").actor()).isEqualTo("setup");
		AccountSummary admin = SystemAuthentication.call(() -> accounts.list(0, 1000))
			.stream()
			.filter(account -> account.username().equals("eerste-beheerder"))
			.findFirst()
			.orElseThrow();
		assertThat(admin.grants()).containsOnlyKeys(Role.ADMIN);
		assertThat(admin.grants().get(Role.ADMIN).grantedBy()).isEqualTo("setup");
		assertThat(admin.passwordChangeRequired()).isTrue();
		assertThat(admin.employeeNumber()).isEqualTo("FR-0001");
	}

	@Test
	@Order(3)
	void fromTheFirstAdministratorToLearnersWithTheirAssignments() {
		// 1. the first sign-in: the second factor first, then a new password
		Authentication first = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("eerste-beheerder", oneTimePassword));
		Authentication admin = as(first, () -> {
			assertThat(accounts.requiredStep()).contains(AccountService.SECOND_FACTOR_ROUTE);
			assertThatThrownBy(() -> accounts.list(0, 10))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
			byte[] secret = TotpCodes.decode(secondFactor.startEnrolment().secret());
			secondFactor.confirmEnrolment(TotpCodes.code(secret, clock.instant(), 0));
			assertThat(accounts.requiredStep()).contains(AccountService.CHANGE_PASSWORD_ROUTE);
			accounts.changeOwnPassword(oneTimePassword, NEW_PASSWORD);
			assertThat(accounts.requiredStep()).isEmpty();
			return SecurityContexts.authentication();
		});

		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		LocalDate goLive = today.plusDays(14);
		as(admin, () -> {
			// 2. the go-live date, before the roster arrives
			settings.update("assignment.social-media.go-live", goLive.toString());
			// 3. the roster (the administrator's own entry is in it and gets updated)
			String csv = """
					personeelsnummer;voornaam;achternaam;e-mail;afdelingscode;afdeling;leidinggevende;datum in dienst
					FR-0001;Eerste;Beheerder;beheer@example.org;FR-ICT;Informatievoorziening;;2018-02-01
					FR-0002;Hanna;Personeel;hr@example.org;FR-HR;Personeelszaken;FR-0001;2019-05-01
					FR-0003;Lev;Leerling;lev@example.org;FR-HR;Personeelszaken;FR-0002;2021-09-01
					FR-0004;Mo;Medewerker;mo@example.org;FR-ICT;Informatievoorziening;FR-0001;2022-03-15
					""";
			RosterImportResult result = rosterImport.confirm(
					new RosterUpload("personeel.csv", csv.getBytes(StandardCharsets.UTF_8), ImportMode.DEPARTMENTS));
			assertThat(result.newPeople()).isEqualTo(3);
			assertThat(result.changed()).isEqualTo(1);
			// 4. HR for the HR adviser: an account with a one-time password, then the
			// role
			long hrPerson = employees.findByNumber("FR-0002").orElseThrow().id();
			accounts.createAccount(hrPerson, "hanna");
			long hrAccount = accounts.list(0, 1000)
				.stream()
				.filter(account -> account.username().equals("hanna"))
				.findFirst()
				.orElseThrow()
				.id();
			accounts.grantRole(hrAccount, Role.HR);
			return null;
		});
		assertThat(lastAudit("role.granted").details()).isEqualTo("HR");

		// 5. everyone imported is assigned the course, due go-live + rollout days
		Map<String, Long> people = as(admin,
				() -> Map.of("FR-0002", id("FR-0002"), "FR-0003", id("FR-0003"), "FR-0004", id("FR-0004")));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> people.values().forEach(person -> {
			List<AssignmentView> open = as(admin, () -> assignments.currentOf(person));
			assertThat(open).singleElement().satisfies(assignment -> {
				assertThat(assignment.courseId()).isEqualTo("social-media");
				assertThat(assignment.reason()).isEqualTo(AssignmentReason.ROLLOUT);
				assertThat(assignment.dueOn()).isEqualTo(goLive.plusDays(90));
			});
		}));

		// 6. a learner with a local account sees it under "Mijn training"
		String learnerPassword = as(admin, () -> accounts.createAccount(people.get("FR-0003"), "lev"));
		Authentication learner = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lev", learnerPassword));
		assertThat(as(learner, assignments::mine)).singleElement()
			.satisfies(assignment -> assertThat(assignment.dueOn()).isEqualTo(goLive.plusDays(90)));
	}

	private long id(String employeeNumber) {
		return employees.findByNumber(employeeNumber).map(EmployeeSummary::id).orElseThrow();
	}

	private void fill() {
		test($(TextField.class).id("setup-employee-number")).setValue("FR-0001");
		test($(TextField.class).id("setup-first-name")).setValue("Eerste");
		test($(TextField.class).id("setup-last-name")).setValue("Beheerder");
		test($(TextField.class).id("setup-department-code")).setValue("FR-ICT");
		test($(TextField.class).id("setup-username")).setValue("eerste-beheerder");
	}

	private static FirstAdministrator administrator() {
		return new FirstAdministrator("FR-0001", "Eerste", "Beheerder", "FR-ICT", "eerste-beheerder");
	}

	private AuditEntry lastAudit(String action) {
		return SystemAuthentication.call(() -> audit.search(new AuditFilter(action, null, null), 0, 1)).get(0);
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

}

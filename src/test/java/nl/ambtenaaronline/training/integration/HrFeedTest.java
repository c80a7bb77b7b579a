package nl.ambtenaaronline.training.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The completion feed in the demo city: fed by the certificate and assignment events, the
 * HTTP endpoint's token checks, the clients, the daily file's rows and "Mijn gegevens";
 * with {@link HrFeedContract} (cursor, once per key, skips, retention) on H2.
 */
@IntegrationTest
class HrFeedTest extends HrFeedContract {

	@Autowired
	CertificateService certificates;

	@Autowired
	AssignmentService assignments;

	@Autowired
	EmployeeService employees;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void certificatesIssuedSupersededRevokedAndAnExemptionReachTheFeedOnceWithTheEmployeeNumber() throws Exception {
		long employeeId = employeeWithoutCertificates();
		String number = SystemAuthentication.call(() -> employees.findById(employeeId).orElseThrow().employeeNumber());
		long before = last();
		CertificateSummary first = SystemAuthentication
			.call(() -> certificates.recordWithoutCompletion(employeeId, "social-media", Instant.now()));
		// the first certificate's own listener has recorded it before the second one
		// supersedes it: across acts the order is the listeners'
		ListenersQuiet.await(jdbc);
		CertificateSummary second = SystemAuthentication
			.call(() -> certificates.recordWithoutCompletion(employeeId, "social-media", Instant.now()));
		SystemAuthentication.run(() -> certificates.revoke(second.id(), "Onjuist uitgereikt"));
		long assignment = SystemAuthentication.call(() -> assignments.currentOf(employeeId))
			.stream()
			.filter(candidate -> candidate.open())
			.findFirst()
			.orElseThrow()
			.id();
		SystemAuthentication.run(() -> assignments.exempt(assignment, "Werkt niet met sociale media"));
		ListenersQuiet.await(jdbc);

		List<FeedEvent> mine = asClient(() -> feed.page(before, 500)).events()
			.stream()
			.filter(event -> event.employeeNumber().equals(number))
			.toList();
		// each event is recorded by its own listener after its own commit: the order
		// across acts follows the listeners, within one act it is fixed (the superseded
		// certificate before its successor)
		assertThat(mine).extracting(FeedEvent::kind, FeedEvent::reference)
			.containsExactlyInAnyOrder(tuple(FeedEventKind.CERTIFICATE_ISSUED, first.number()),
					tuple(FeedEventKind.CERTIFICATE_SUPERSEDED, first.number()),
					tuple(FeedEventKind.CERTIFICATE_ISSUED, second.number()),
					tuple(FeedEventKind.CERTIFICATE_REVOKED, second.number()),
					tuple(FeedEventKind.EXEMPTED, Long.toString(assignment)));
		assertThat(mine).extracting(FeedEvent::sequence).isSorted().doesNotHaveDuplicates();
		assertThat(sequenceOf(mine, FeedEventKind.CERTIFICATE_SUPERSEDED, first.number()))
			.isLessThan(sequenceOf(mine, FeedEventKind.CERTIFICATE_ISSUED, second.number()));
		assertThat(sequenceOf(mine, FeedEventKind.CERTIFICATE_ISSUED, first.number()))
			.isLessThan(sequenceOf(mine, FeedEventKind.CERTIFICATE_SUPERSEDED, first.number()));
		assertThat(jdbc.queryForObject(
				"select count(*) from hr_feed_event where employee_id = ? and (event_key like 'certificate-%' or event_key like 'exempted:%')",
				Integer.class, employeeId))
			.isEqualTo(5);
	}

	@Test
	void theDemoCityFeedHoldsTheDemoCertificatesIssueAndRevocation() {
		assertThat(jdbc.queryForList("""
				select e.kind from hr_feed_event e join account a on a.employee_id = e.employee_id
				where a.username = 'auditor' order by e.sequence_number""", String.class))
			.containsSubsequence("CERTIFICATE_ISSUED", "CERTIFICATE_REVOKED");
	}

	@Test
	void onlyAFeedClientReadsThePages() {
		assertThatThrownBy(() -> SystemAuthentication.call(() -> feed.page(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theEndpointAnswers401WithoutOrWithAnUnknownToken403WhenRevokedOrWritingAndPagesForAClient() throws Exception {
		mvc.perform(get("/api/hr-feed/events"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"hr-feed\""));
		mvc.perform(get("/api/hr-feed/events").header("Authorization", "Bearer aof_unknown"))
			.andExpect(status().isUnauthorized());
		NewFeedClient client = SystemAuthentication.call(() -> feed.createClient("HR-systeem " + System.nanoTime()));
		assertThat(jdbc.queryForObject("select token_hash from hr_feed_client where id = ?", String.class,
				client.client().id()))
			.isEqualTo(HrFeedService.hash(client.token()))
			.isNotEqualTo(client.token());
		long employeeId = anyEmployee();
		long before = last();
		SystemAuthentication.run(() -> feed.append("endpoint:" + before, FeedEventKind.COMPLETED, employeeId,
				"social-media", "1.0.0", "endpoint", Instant.now()));
		mvc.perform(get("/api/hr-feed/events").param("after", Long.toString(before))
			.param("limit", "1")
			.header("Authorization", "Bearer " + client.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[0].sequence").value(before + 1))
			.andExpect(jsonPath("$.events[0].event").value("COMPLETED"))
			.andExpect(jsonPath("$.events[0].reference").value("endpoint"))
			.andExpect(jsonPath("$.cursor").value(before + 1))
			.andExpect(jsonPath("$.more").value(false))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		FeedClient fetched = SystemAuthentication.call(() -> feed.clients())
			.stream()
			.filter(candidate -> candidate.id() == client.client().id())
			.findFirst()
			.orElseThrow();
		assertThat(fetched.lastCursor()).isEqualTo(before);
		assertThat(fetched.lastUsedAt()).isNotNull();
		mvc.perform(post("/api/hr-feed/events").header("Authorization", "Bearer " + client.token()))
			.andExpect(status().isForbidden());
		SystemAuthentication.run(() -> feed.revokeClient(client.client().id()));
		mvc.perform(get("/api/hr-feed/events").header("Authorization", "Bearer " + client.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aClientWithAGivenTokenIsMadeOnceAndItsTokenOpensTheFeed() throws Exception {
		String name = "Demo-koppeling " + System.nanoTime();
		String token = "aof_test-" + System.nanoTime() + "-0123456789abcdefghijklmnopqrstuvwxyz";
		assertThat(SystemAuthentication.call(() -> feed.createClientIfMissing(name, token))).isTrue();
		assertThat(SystemAuthentication.call(() -> feed.createClientIfMissing(name, token + "x"))).isFalse();
		mvc.perform(get("/api/hr-feed/events").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/hr-feed/events").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());
		assertThatThrownBy(() -> SystemAuthentication.call(() -> feed.createClientIfMissing(name + "2", "aof_short")))
			.hasMessage("integration.client.error.token");
		assertThatThrownBy(() -> SystemAuthentication
			.call(() -> feed.createClientIfMissing(name + "3", "geheim-0123456789abcdefghijklmnopqrstuvwxyz")))
			.hasMessage("integration.client.error.token");
	}

	@Test
	void theDemoHasAnActiveClientWithItsKnownTokenAndARevokedOne() throws Exception {
		List<FeedClient> clients = SystemAuthentication.call(() -> feed.clients());
		assertThat(clients).anySatisfy(client -> {
			assertThat(client.name()).isEqualTo("HR-systeem (demo)");
			assertThat(client.active()).isTrue();
		});
		assertThat(clients).anySatisfy(client -> {
			assertThat(client.name()).isEqualTo("Salarisadministratie (vervangen)");
			assertThat(client.active()).isFalse();
		});
		mvc.perform(get("/api/hr-feed/events").param("limit", "5")
			.header("Authorization", "Bearer aof_demo-hr-systeem-ambtenaar-online-2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events.length()").value(5));
	}

	@Test
	void aClientNeedsANameNotInUse() {
		String name = "Koppeling " + System.nanoTime();
		SystemAuthentication.run(() -> feed.createClient(name));
		assertThatThrownBy(() -> SystemAuthentication.run(() -> feed.createClient("  " + name + " ")))
			.hasMessage("integration.client.error.name-taken");
		assertThatThrownBy(() -> SystemAuthentication.run(() -> feed.createClient("   ")))
			.hasMessage("integration.client.error.name");
	}

	@Test
	void theDailyFileHoldsTheEventsRecordedThatDayInAmsterdam() {
		long employeeId = anyEmployee();
		String reference = "csv-" + System.nanoTime();
		SystemAuthentication.run(() -> feed.append(reference, FeedEventKind.COMPLETED, employeeId, "social-media",
				"1.0.0", reference, Instant.now()));
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		assertThat(SystemAuthentication.call(() -> feed.csvOf(today)))
			.startsWith("sequence,event,employee_number,course_id,course_version,reference,occurred_at,recorded_at\r\n")
			.contains(",COMPLETED,")
			.contains("," + reference + ",");
		assertThat(SystemAuthentication.call(() -> feed.csvOf(today.minusDays(1)))).doesNotContain(reference);
	}

	@Test
	void aPersonsFeedEventsAreInTheirOwnData() {
		long employeeId = anyEmployee();
		String reference = "mine-" + System.nanoTime();
		SystemAuthentication.run(() -> feed.append(reference, FeedEventKind.COMPLETED, employeeId, "social-media",
				"1.0.0", reference, Instant.now()));
		assertThat(personalData.exportFor(employeeId)).singleElement().satisfies(section -> {
			assertThat(section.key()).isEqualTo("hr-feed");
			assertThat(section.rows()).anySatisfy(row -> assertThat(row).containsEntry("reference", reference)
				.containsEntry("kind", "COMPLETED")
				.containsKey("employeeNumber"));
		});
	}

	private static long sequenceOf(List<FeedEvent> events, FeedEventKind kind, String reference) {
		return events.stream()
			.filter(event -> event.kind() == kind && event.reference().equals(reference))
			.findFirst()
			.orElseThrow()
			.sequence();
	}

	@Override
	long anyEmployee() {
		// the newest person (the demo's last); the certificate test takes one without
		// certificates
		Long id = jdbc.queryForObject("select max(id) from employee", Long.class);
		return id == null ? 0 : id;
	}

	private long employeeWithoutCertificates() {
		Long id = jdbc.queryForObject("""
				select min(e.id) from employee e where e.end_date is null
				and not exists (select 1 from certificate c where c.employee_id = e.id)
				and exists (select 1 from assignment a where a.employee_id = e.id and a.closed_on is null)""",
				Long.class);
		assertThat(id).as("a demo employee with an open assignment and no certificate").isNotNull();
		return id == null ? 0 : id;
	}

}

package nl.ambtenaaronline.training.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.AttemptSubmitted;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LessonRead;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The xAPI outbox against a stub LRS that answers as the xAPI specification's statement
 * resource does: a batch taken (200), the LRS unavailable (503), a statement id it holds
 * already (409, then each statement alone: 204, or 409 for good), no answer at all. Run
 * on H2 by {@link XapiOutboxTest} and on PostgreSQL by {@link PostgresXapiOutboxTest}.
 */
abstract class XapiOutboxContract {

	@Autowired
	XapiService xapi;

	@Autowired
	XapiSender sender;

	@Autowired
	XapiPersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	XapiTokens tokens;

	/** The token endpoint's answer: status and {@code expires_in}. */
	volatile int tokenStatus = 200;

	volatile long tokenLifeSeconds = 3600;

	final List<Request> tokenRequests = new CopyOnWriteArrayList<>();

	HttpServer lrs;

	final Deque<Integer> answers = new ArrayDeque<>();

	final List<Request> requests = new CopyOnWriteArrayList<>();

	record Request(String method, String path, String query, String version, String authorization, String body) {
	}

	@BeforeEach
	void stubLrs() throws IOException {
		jdbc.update("delete from xapi_statement");
		jdbc.update("delete from xapi_registration");
		tokenRequests.clear();
		lrs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		lrs.createContext("/xapi/statements", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						exchange.getRequestURI().getQuery(),
						exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
						exchange.getRequestHeaders().getFirst("Authorization"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			Integer status = answers.poll();
			int code = status == null ? 200 : status;
			byte[] body = code == 200 ? "[]".getBytes(StandardCharsets.UTF_8) : code == 204 ? new byte[0]
					: ("{\"error\":\"stub " + code + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(code, code == 204 ? -1 : body.length);
			if (code != 204) {
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		lrs.createContext("/oauth/token", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				tokenRequests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), null,
						exchange.getRequestHeaders().getFirst("Content-Type"),
						exchange.getRequestHeaders().getFirst("Authorization"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			byte[] body = (tokenStatus == 200
					? "{\"access_token\":\"token-" + tokenRequests.size()
							+ "\",\"token_type\":\"Bearer\",\"expires_in\":" + tokenLifeSeconds + "}"
					: "{\"error\":\"invalid_client\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(tokenStatus, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		lrs.start();
		tokens.forget();
	}

	@AfterEach
	void stop() {
		lrs.stop(0);
	}

	IntegrationProperties.Xapi settings(int batchSize, int maxAttempts) {
		return settings("http://127.0.0.1:" + lrs.getAddress().getPort() + "/xapi", batchSize, maxAttempts);
	}

	static IntegrationProperties.Xapi settings(String endpoint, int batchSize, int maxAttempts) {
		return new IntegrationProperties.Xapi(true, endpoint, "lrs-user", "lrs-secret", null, batchSize, maxAttempts,
				Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofSeconds(5), null, null, null, null);
	}

	IntegrationProperties.Xapi oauthSettings() {
		String base = "http://127.0.0.1:" + lrs.getAddress().getPort();
		return new IntegrationProperties.Xapi(true, base + "/xapi", null, null, null, 50, 3, Duration.ofMinutes(1),
				Duration.ofMinutes(4), Duration.ofSeconds(5), base + "/oauth/token", "ambtenaar-online", "s3cret+/=",
				"statements/write");
	}

	/** A person on the roster. */
	abstract long anEmployee();

	String recordPassed(int score) {
		long employee = anEmployee();
		long completion = 700_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);
		CoursePassed passed = new CoursePassed(employee, "social-media", "1.0.0", completion, score, Instant.now(),
				false, completion, false);
		List<String> ids = SystemAuthentication.call(() -> xapi.record(passed));
		assertThat(ids).as("passed and completed").hasSize(2);
		assertThat(SystemAuthentication.call(() -> xapi.record(passed))).as("the same completion again").isEmpty();
		// only the "passed" statement takes part in the sending tests
		jdbc.update("delete from xapi_statement where statement_id = ?", ids.get(1));
		return ids.getFirst();
	}

	String status(String id) {
		return jdbc.queryForObject("select status from xapi_statement where statement_id = ?", String.class, id);
	}

	@Test
	void aCompletedCourseBecomesOneStatementThatTheLrsTakesInABatchWithVersionAndBasicAuth() throws Exception {
		String id = recordPassed(85);
		assertThat(jdbc.queryForObject("select count(*) from xapi_statement", Integer.class)).isOne();

		assertThat(sender.sendDue(settings(50, 3))).isOne();

		assertThat(requests).singleElement().satisfies(request -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/xapi/statements");
			assertThat(request.version()).isEqualTo("1.0.3");
			assertThat(request.authorization()).isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString("lrs-user:lrs-secret".getBytes(StandardCharsets.UTF_8)));
		});
		JsonNode batch = JsonMapper.builder().build().readTree(requests.getFirst().body());
		assertThat(batch.isArray()).isTrue();
		assertThat(batch.size()).isOne();
		assertThat(batch.get(0).get("id").asString()).isEqualTo(id);
		assertThat(XapiStatementsTest.statementSchema().validate(batch.get(0))).isEmpty();
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(sender.sendDue(settings(50, 3))).as("nothing due any more").isZero();
		XapiStatus status = SystemAuthentication.call(() -> xapi.status());
		assertThat(status.sent()).isOne();
		assertThat(status.pending()).isZero();
	}

	@Test
	void anUnavailableLrsIsTriedAgainAfterADoublingPauseAndGivenUpAfterTheLastAttempt() {
		String id = recordPassed(90);
		answers.addAll(List.of(503, 503, 503));

		assertThat(sender.sendDue(settings(50, 3))).isOne();
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(
				jdbc.queryForObject("select last_error from xapi_statement where statement_id = ?", String.class, id))
			.startsWith("503");
		assertThat(sender.sendDue(settings(50, 3))).as("not due before its pause has passed").isZero();
		Instant next = jdbc
			.queryForObject("select next_attempt_at from xapi_statement where statement_id = ?",
					java.time.OffsetDateTime.class, id)
			.toInstant();
		assertThat(next).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));

		dueNow(id);
		sender.sendDue(settings(50, 3));
		dueNow(id);
		sender.sendDue(settings(50, 3));

		assertThat(requests).hasSize(3);
		assertThat(status(id)).isEqualTo("FAILED");
		XapiStatus status = SystemAuthentication.call(() -> xapi.status());
		assertThat(status.failed()).isOne();
		assertThat(status.recentFailures()).singleElement().satisfies(failure -> {
			assertThat(failure.statementId()).isEqualTo(id);
			assertThat(failure.attempts()).isEqualTo(3);
			assertThat(failure.error()).startsWith("503");
		});
		assertThat(XapiSender.pause(settings(50, 3), 1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(XapiSender.pause(settings(50, 3), 2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(XapiSender.pause(settings(50, 3), 3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(XapiSender.pause(settings(50, 3), 9)).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void aConflictOnTheBatchSendsEachStatementAloneAndAHeldIdIsFailedForGood() {
		String first = recordPassed(80);
		String second = recordPassed(95);
		answers.addAll(List.of(409, 204, 409));

		assertThat(sender.sendDue(settings(50, 5))).isEqualTo(2);

		assertThat(requests).extracting(Request::method).containsExactly("POST", "PUT", "PUT");
		assertThat(requests.subList(1, 3)).extracting(Request::query)
			.containsExactlyInAnyOrder("statementId=" + first, "statementId=" + second);
		String acceptedId = requests.get(1).query().substring("statementId=".length());
		String refusedId = requests.get(2).query().substring("statementId=".length());
		assertThat(status(acceptedId)).isEqualTo("SENT");
		assertThat(status(refusedId)).isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("select last_error from xapi_statement where statement_id = ?", String.class,
				refusedId))
			.startsWith("409");
	}

	@Test
	void anLrsThatDoesNotAnswerIsTriedAgain() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String id = recordPassed(75);
		assertThat(sender.sendDue(settings("http://127.0.0.1:" + closed + "/xapi", 50, 3))).isOne();
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(
				jdbc.queryForObject("select last_error from xapi_statement where statement_id = ?", String.class, id))
			.startsWith("no answer");
	}

	@Test
	void aPersonsStatementsAreInTheirOwnDataAndRetentionDeletesOldOnes() {
		String id = recordPassed(88);
		long employee = jdbc.queryForObject("select employee_id from xapi_statement where statement_id = ?", Long.class,
				id);
		assertThat(personalData.exportFor(employee)).filteredOn(section -> section.key().equals("xapi"))
			.singleElement()
			.satisfies(section -> {
				assertThat(section.rows()).anySatisfy(row -> assertThat(row).containsEntry("statementId", id)
					.containsEntry("verb", "passed")
					.containsKey("statement"));
			});
		assertThat(personalData.apply(Period.ofYears(7), Instant.now()).records()).isZero();
		var erased = personalData.apply(Period.ofYears(7), Instant.now().plus(Duration.ofDays(365 * 8)));
		assertThat(erased.records()).as("the statement and the run's registration").isEqualTo(2);
		assertThat(erased.employeeIds()).containsExactly(employee);
		assertThat(jdbc.queryForObject("select count(*) from xapi_statement", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from xapi_registration", Integer.class)).isZero();
	}

	@Test
	void offByDefaultNothingIsSent() {
		recordPassed(70);
		assertThat(SystemAuthentication.call(() -> xapi.sendDue())).isZero();
		assertThat(SystemAuthentication.call(() -> xapi.status()).enabled()).isFalse();
		assertThat(requests).isEmpty();
	}

	@Test
	void withOauthTheSenderGetsAClientCredentialsTokenOnceAndSendsItAsBearerUntilItExpires() {
		recordPassed(85);
		assertThat(sender.sendDue(oauthSettings())).isOne();
		recordPassed(90);
		assertThat(sender.sendDue(oauthSettings())).isOne();

		assertThat(tokenRequests).as("the token is kept until it expires").singleElement().satisfies(request -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.version()).as("content type").isEqualTo("application/x-www-form-urlencoded");
			assertThat(request.body()).isEqualTo("grant_type=client_credentials&scope=statements%2Fwrite");
			assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
				.encodeToString("ambtenaar-online:s3cret%2B%2F%3D".getBytes(StandardCharsets.UTF_8)));
		});
		assertThat(requests).hasSize(2).allSatisfy(request -> {
			assertThat(request.authorization()).isEqualTo("Bearer token-1");
			assertThat(request.version()).isEqualTo("1.0.3");
		});

		// a token that lives shorter than the safety margin is asked for again each time
		tokens.forget();
		tokenLifeSeconds = 10;
		recordPassed(70);
		sender.sendDue(oauthSettings());
		recordPassed(75);
		sender.sendDue(oauthSettings());
		assertThat(tokenRequests).hasSize(3);
		assertThat(requests.subList(2, 4)).extracting(Request::authorization)
			.containsExactly("Bearer token-2", "Bearer token-3");
	}

	@Test
	void anLrsThatRefusesTheTokenMakesTheNextSendAskForANewOne() {
		String id = recordPassed(85);
		answers.add(401);
		assertThat(sender.sendDue(oauthSettings())).isOne();
		assertThat(status(id)).isEqualTo("PENDING");
		dueNow(id);
		assertThat(sender.sendDue(oauthSettings())).isOne();
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(tokenRequests).hasSize(2);
		assertThat(requests).extracting(Request::authorization).containsExactly("Bearer token-1", "Bearer token-2");
	}

	@Test
	void aTokenEndpointThatRefusesTheClientIsAFailedAttemptWithItsAnswer() {
		String id = recordPassed(85);
		tokenStatus = 401;
		assertThat(sender.sendDue(oauthSettings())).isOne();
		assertThat(requests).as("nothing reaches the LRS without a token").isEmpty();
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(
				jdbc.queryForObject("select last_error from xapi_statement where statement_id = ?", String.class, id))
			.startsWith("no token: token endpoint answered 401");
	}

	@Test
	void everyDecisionOfARunBecomesAValidStatementWithTheRunsOrTheAttemptsStoredRegistration() throws Exception {
		long employee = anEmployee();
		long run = 800_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);
		long attempt = run + 1;
		Instant now = Instant.now();
		List<String> ids = new java.util.ArrayList<>();
		ids.addAll(SystemAuthentication.call(() -> xapi
			.record(new LessonRead(employee, "social-media", "1.0.0", run, "les-1", now.minusSeconds(600)))));
		ids.addAll(SystemAuthentication.call(() -> xapi.record(new ScenarioChoiceRecorded(UUID.randomUUID(), employee,
				"social-media", "1.0.0", "sc-1", "start", 1, now.minusSeconds(500), run))));
		ids.addAll(SystemAuthentication.call(() -> xapi.record(new AnswerRecorded(UUID.randomUUID(), employee,
				"social-media", "1.0.0", "q-1", true, now.minusSeconds(400), run, attempt))));
		ids.addAll(SystemAuthentication.call(() -> xapi.record(new AnswerRecorded(UUID.randomUUID(), employee,
				"social-media", "1.0.0", "q-2", false, now.minusSeconds(300), run, attempt))));
		AttemptSubmitted submitted = new AttemptSubmitted(employee, "social-media", "1.0.0", run, attempt, 1, 50, true,
				now.minusSeconds(200));
		ids.addAll(SystemAuthentication.call(() -> xapi.record(submitted)));
		assertThat(SystemAuthentication.call(() -> xapi.record(submitted))).as("the same attempt again").isEmpty();
		ids.addAll(SystemAuthentication.call(() -> xapi.record(new CoursePassed(employee, "social-media", "1.0.0",
				run + 2, 50, now.minusSeconds(200), false, run, false))));
		assertThat(ids).hasSize(7);

		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> stored = new java.util.ArrayList<>();
		for (String id : ids) {
			stored.add(json.readTree(jdbc.queryForObject("select statement from xapi_statement where statement_id = ?",
					String.class, id)));
		}
		for (JsonNode statement : stored) {
			assertThat(XapiStatementsTest.statementSchema().validate(statement)).as("%s", statement).isEmpty();
		}
		List<String> registrations = stored.stream()
			.map(statement -> statement.get("context").get("registration").asString())
			.toList();
		String runRegistration = jdbc.queryForObject(
				"select registration from xapi_registration where scope = 'RUN' and ref_id = ?", String.class, run);
		String attemptRegistration = jdbc.queryForObject(
				"select registration from xapi_registration where scope = 'ATTEMPT' and ref_id = ?", String.class,
				attempt);
		assertThat(registrations).containsExactly(runRegistration, runRegistration, attemptRegistration,
				attemptRegistration, attemptRegistration, runRegistration, runRegistration);
		assertThat(runRegistration).isNotEqualTo(attemptRegistration);
		assertThat(
				jdbc.queryForObject("select verb from xapi_statement where statement_id = ?", String.class, ids.get(0)))
			.isEqualTo("experienced");

		// a later lesson of the same run gets the same registration; the person sees them
		List<String> later = SystemAuthentication
			.call(() -> xapi.record(new LessonRead(employee, "social-media", "1.0.0", run, "les-2", Instant.now())));
		assertThat(json.readTree(jdbc.queryForObject("select statement from xapi_statement where statement_id = ?",
				String.class, later.getFirst()))
			.get("context")
			.get("registration")
			.asString()).isEqualTo(runRegistration);
		assertThat(personalData.exportFor(employee)).anySatisfy(section -> assertThat(section.rows()).anySatisfy(
				row -> assertThat(row).containsEntry("registration", runRegistration).containsEntry("scope", "RUN")));
	}

	@Test
	void theListenersThatRunWhenXapiIsOnPutEachEventsStatementInTheOutboxOnce() {
		// the shared test context keeps xAPI off, so the listener bean is not there: made
		// here as the application makes it when the setting is on
		XapiListeners listeners = new XapiListeners(xapi);
		long employee = anEmployee();
		long run = 900_000_000L + ThreadLocalRandom.current().nextInt(99_000_000);
		LessonRead read = new LessonRead(employee, "social-media", "1.0.0", run, "les-1", Instant.now());
		listeners.on(read);
		listeners.on(read);
		listeners.on(new ScenarioChoiceRecorded(UUID.randomUUID(), employee, "social-media", "1.0.0", "sc-1", "start",
				0, Instant.now(), run));
		listeners.on(new AnswerRecorded(UUID.randomUUID(), employee, "social-media", "1.0.0", "q-1", false,
				Instant.now(), run, run + 1));
		listeners
			.on(new AttemptSubmitted(employee, "social-media", "1.0.0", run, run + 1, 1, 40, false, Instant.now()));
		listeners
			.on(new CoursePassed(employee, "social-media", "1.0.0", run + 2, 90, Instant.now(), false, run, false));
		assertThat(jdbc.queryForList("select verb from xapi_statement where employee_id = ? order by created_at",
				String.class, employee))
			.as("a redelivered event adds nothing")
			.containsExactlyInAnyOrder("experienced", "answered", "answered", "failed", "passed", "completed");
	}

	@Test
	void anAdministratorExportsThePeriodsStatementsAsJsonLinesOneStatementPerLine() throws Exception {
		String first = recordPassed(80);
		String second = recordPassed(90);
		java.time.LocalDate today = java.time.LocalDate.now(nl.ambtenaaronline.training.shared.TimeConfiguration.ZONE);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

		assertThat(SystemAuthentication.call(() -> {
			try {
				return xapi.exportJsonLines(today.minusDays(1), today, out);
			}
			catch (IOException failed) {
				throw new java.io.UncheckedIOException(failed);
			}
		})).isEqualTo(2);

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).endsWith("\n");
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		assertThat(lines.stream().map(line -> json.readTree(line).get("id").asString()))
			.containsExactlyInAnyOrder(first, second);
		for (String line : lines) {
			assertThat(XapiStatementsTest.statementSchema().validate(json.readTree(line))).isEmpty();
		}
		java.io.ByteArrayOutputStream before = new java.io.ByteArrayOutputStream();
		assertThat(SystemAuthentication.call(() -> {
			try {
				return xapi.exportJsonLines(today.minusDays(9), today.minusDays(2), before);
			}
			catch (IOException failed) {
				throw new java.io.UncheckedIOException(failed);
			}
		})).as("a period without statements").isZero();
		assertThat(before.size()).isZero();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemAuthentication.call(() -> {
			try {
				return xapi.exportJsonLines(today, today.minusDays(1), before);
			}
			catch (IOException failed) {
				throw new java.io.UncheckedIOException(failed);
			}
		})).isInstanceOf(IntegrationException.class).hasMessage("integration.xapi.export.error.period");
	}

	private void dueNow(String id) {
		jdbc.update("update xapi_statement set next_attempt_at = ? where statement_id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)), id);
	}

}

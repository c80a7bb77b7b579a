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

import nl.ambtenaaronline.training.learning.CoursePassed;
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

	HttpServer lrs;

	final Deque<Integer> answers = new ArrayDeque<>();

	final List<Request> requests = new CopyOnWriteArrayList<>();

	record Request(String method, String path, String query, String version, String authorization, String body) {
	}

	@BeforeEach
	void stubLrs() throws IOException {
		jdbc.update("delete from xapi_statement");
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
		lrs.start();
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
				Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofSeconds(5));
	}

	/** A person on the roster. */
	abstract long anEmployee();

	String recordPassed(int score) {
		long employee = anEmployee();
		CoursePassed passed = new CoursePassed(employee, "social-media", "1.0.0",
				700_000_000L + ThreadLocalRandom.current().nextInt(100_000_000), score, Instant.now(), false);
		String id = SystemAuthentication.call(() -> xapi.record(passed)).orElseThrow();
		assertThat(SystemAuthentication.call(() -> xapi.record(passed))).as("the same completion again").isEmpty();
		return id;
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
		assertThat(personalData.exportFor(employee)).singleElement().satisfies(section -> {
			assertThat(section.key()).isEqualTo("xapi");
			assertThat(section.rows()).anySatisfy(row -> assertThat(row).containsEntry("statementId", id)
				.containsEntry("verb", "passed")
				.containsKey("statement"));
		});
		assertThat(personalData.apply(Period.ofYears(7), Instant.now()).records()).isZero();
		var erased = personalData.apply(Period.ofYears(7), Instant.now().plus(Duration.ofDays(365 * 8)));
		assertThat(erased.records()).isOne();
		assertThat(erased.employeeIds()).containsExactly(employee);
		assertThat(jdbc.queryForObject("select count(*) from xapi_statement", Integer.class)).isZero();
	}

	@Test
	void offByDefaultNothingIsSent() {
		recordPassed(70);
		assertThat(SystemAuthentication.call(() -> xapi.sendDue())).isZero();
		assertThat(SystemAuthentication.call(() -> xapi.status()).enabled()).isFalse();
		assertThat(requests).isEmpty();
	}

	private void dueNow(String id) {
		jdbc.update("update xapi_statement set next_attempt_at = ? where statement_id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)), id);
	}

}

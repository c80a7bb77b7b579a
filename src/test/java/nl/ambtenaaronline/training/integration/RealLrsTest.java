package nl.ambtenaaronline.training.integration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender against a real LRS (off by default): Learning Locker's statement service,
 * npm package {@code xapi-statements}, started by
 * {@code src/test/resources/xapi/start-real-lrs.sh}. Run with
 * {@code -Dtest=RealLrsTest -Dxapi.real-lrs=http://127.0.0.1:18081/xAPI}. Every kind of
 * statement goes in one batch and is read back; sending the same batch again changes
 * nothing; another statement under a held id is refused (409) and FAILED for good.
 */
@Tag("real-lrs")
@EnabledIfSystemProperty(named = "xapi.real-lrs", matches = "https?://.+")
class RealLrsTest {

	final String endpoint = System.getProperty("xapi.real-lrs");

	final MemoryOutbox outbox = new MemoryOutbox();

	final XapiSender sender = new XapiSender(outbox, Clock.systemUTC(), new XapiTokens(Clock.systemUTC()));

	final IntegrationProperties.Xapi settings = new IntegrationProperties.Xapi(true, endpoint, "ao", "ao", null, 50, 3,
			Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofSeconds(20), null, null, null, null);

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyKindOfStatementIsTakenByARealLrsAndReadBackUnchanged() throws Exception {
		Map<String, ObjectNode> kinds = new XapiStatementsTest().everyKind();
		kinds.values().forEach(statement -> outbox.put(statement.get("id").asString(), statement.toString()));

		assertThat(sender.sendDue(settings)).isEqualTo(kinds.size());
		assertThat(outbox.status.values()).as("%s", outbox.errors).containsOnly("SENT");

		HttpClient http = HttpClient.newHttpClient();
		for (Map.Entry<String, ObjectNode> kind : kinds.entrySet()) {
			ObjectNode sent = kind.getValue();
			HttpResponse<String> answer = http.send(HttpRequest
				.newBuilder(URI.create(endpoint + "/statements?statementId="
						+ URLEncoder.encode(sent.get("id").asString(), StandardCharsets.UTF_8)))
				.header("X-Experience-API-Version", "1.0.3")
				.header("Authorization", "Basic YW86YW8=")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(kind.getKey()).isEqualTo(200);
			JsonNode stored = json.readTree(answer.body());
			JsonNode expected = json.readTree(sent.toString());
			for (String part : List.of("actor", "verb", "object", "result", "context")) {
				assertThat(stored.get(part)).as("%s: %s", kind.getKey(), part).isEqualTo(expected.get(part));
			}
		}

		// the same batch again: the LRS holds the same statements, nothing fails
		outbox.status.replaceAll((id, status) -> "PENDING");
		assertThat(sender.sendDue(settings)).isEqualTo(kinds.size());
		assertThat(outbox.status.values()).containsOnly("SENT");

		// another statement under a held id: 409, FAILED at once
		ObjectNode changed = kinds.get("course passed").deepCopy();
		((ObjectNode) changed.get("result").get("score")).put("raw", 86).put("scaled", 0.86);
		String id = changed.get("id").asString();
		outbox.status.clear();
		outbox.put(id, changed.toString());
		assertThat(sender.sendDue(settings)).isOne();
		assertThat(outbox.status).containsEntry(id, "FAILED");
		assertThat(outbox.errors.get(id)).startsWith("409");
	}

	/** The outbox in memory: this test needs no database. */
	static class MemoryOutbox extends XapiOutbox {

		final Map<String, String> statements = new LinkedHashMap<>();

		final Map<String, String> status = new LinkedHashMap<>();

		final Map<String, String> errors = new LinkedHashMap<>();

		MemoryOutbox() {
			super(null);
		}

		void put(String id, String statement) {
			statements.put(id, statement);
			status.put(id, PENDING);
		}

		@Override
		List<Due> due(Instant now, int limit) {
			return status.entrySet()
				.stream()
				.filter(entry -> entry.getValue().equals(PENDING))
				.limit(limit)
				.map(entry -> new Due(entry.getKey(), statements.get(entry.getKey()), 0))
				.toList();
		}

		@Override
		void sent(String id, Instant now) {
			status.put(id, SENT);
		}

		@Override
		void failed(String id, String error, Instant next, boolean last) {
			status.put(id, last ? FAILED : PENDING);
			errors.put(id, error);
		}

	}

}

package nl.ambtenaaronline.training.integration;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import nl.ambtenaaronline.training.learning.CoursePassed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The xAPI statements the product builds, checked against the xAPI 1.0.3 statement schema
 * ({@code src/test/resources/xapi/statement-1.0.3.schema.json}, written from the
 * specification; its source is named in it) and against the rules of the issue: actor as
 * an account with the employee number, ADL verbs, activity ids under the public base URL,
 * result with score and success, context with course version and registration.
 */
class XapiStatementsTest {

	static final String BASE = "https://leren.example.amsterdam.nl";

	static final String HOME = "https://www.amsterdam.nl";

	private static Schema schema;

	final XapiStatements statements = new XapiStatements(BASE + "/", HOME);

	final CoursePassed passed = new CoursePassed(42, "social-media", "1.2.0", 7001, 85,
			Instant.parse("2026-03-02T09:15:00.123456Z"), false);

	/** The xAPI 1.0.3 statement schema, loaded once. */
	static synchronized Schema statementSchema() throws IOException {
		if (schema == null) {
			try (InputStream in = XapiStatementsTest.class.getResourceAsStream("/xapi/statement-1.0.3.schema.json")) {
				assertThat(in).as("the statement schema on the test class path").isNotNull();
				schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
			}
		}
		return schema;
	}

	@BeforeAll
	static void schema() throws IOException {
		statementSchema();
	}

	ObjectNode statement() {
		return statements.passed(passed, "100234", Map.of("nl-NL", "Sociale media", "en-US", "Social media"));
	}

	static List<String> errors(JsonNode statement) {
		return schema.validate(statement).stream().map(Error::toString).toList();
	}

	@Test
	void aPassedCourseIsAValidXapiStatement() {
		ObjectNode statement = statement();
		assertThat(errors(statement)).isEmpty();
		// rules of the specification that the schema cannot state
		JsonNode score = statement.get("result").get("score");
		assertThat(score.get("raw").asDouble()).isBetween(score.get("min").asDouble(), score.get("max").asDouble());
		assertThat(statement.get("object").get("objectType").asString()).isEqualTo("Activity");
	}

	@Test
	void theActorIsTheEmployeeNumberOnTheCitysHomePageWithoutAnEmailAddressOrName() {
		JsonNode actor = statement().get("actor");
		assertThat(actor.get("account").get("homePage").asString()).isEqualTo(HOME);
		assertThat(actor.get("account").get("name").asString()).isEqualTo("100234");
		assertThat(actor.has("mbox")).isFalse();
		assertThat(actor.has("mbox_sha1sum")).isFalse();
		assertThat(actor.has("name")).isFalse();
	}

	@Test
	void theVerbIsAdlsPassedAndTheCourseAnActivityUnderThePublicBaseUrl() {
		ObjectNode statement = statement();
		assertThat(statement.get("verb").get("id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
		assertThat(statement.get("verb").get("display").get("nl-NL").asString()).isEqualTo("geslaagd voor");
		assertThat(statement.get("object").get("id").asString())
			.isEqualTo(BASE + "/xapi/activities/courses/social-media");
		assertThat(statement.get("object").get("definition").get("type").asString())
			.isEqualTo("http://adlnet.gov/expapi/activities/course");
		assertThat(statement.get("object").get("definition").get("name").get("nl-NL").asString())
			.isEqualTo("Sociale media");
	}

	@Test
	void theResultCarriesScoreSuccessAndCompletionAndTheContextCourseVersionAndRegistration() {
		ObjectNode statement = statement();
		JsonNode result = statement.get("result");
		assertThat(result.get("score").get("scaled").decimalValue()).isEqualByComparingTo("0.85");
		assertThat(result.get("score").get("raw").asInt()).isEqualTo(85);
		assertThat(result.get("success").asBoolean()).isTrue();
		assertThat(result.get("completion").asBoolean()).isTrue();
		JsonNode context = statement.get("context");
		assertThat(context.get("revision").asString()).isEqualTo("1.2.0");
		assertThat(context.get("registration").asString())
			.isEqualTo(XapiStatements.registrationOfCompletion(7001).toString());
		assertThat(context.get("platform").asString()).isEqualTo("Ambtenaar Online");
		assertThat(context.get("extensions").get(BASE + "/xapi/extensions/refresher").asBoolean()).isFalse();
		assertThat(statement.get("timestamp").asString()).isEqualTo("2026-03-02T09:15:00.123Z");
	}

	@Test
	void aRedeliveredEventGivesTheSameStatementIdAndAnotherRunAnotherRegistration() {
		ObjectNode first = statement();
		ObjectNode again = statement();
		ObjectNode other = statements.passed(
				new CoursePassed(42, "social-media", "1.2.0", 7002, 90, Instant.parse("2027-03-02T09:15:00Z"), true),
				"100234", Map.of());
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(UUID.fromString(first.get("id").asString()).version()).isEqualTo(3);
		assertThat(other.get("id").asString()).isNotEqualTo(first.get("id").asString());
		assertThat(other.get("context").get("registration").asString())
			.isNotEqualTo(first.get("context").get("registration").asString());
		assertThat(other.get("object").get("definition").has("name")).isFalse();
		assertThat(errors(other)).isEmpty();
	}

	@Test
	void theSchemaRefusesStatementsTheSpecificationForbids() {
		assertRefused(statement -> ((ObjectNode) statement.get("actor")).put("mbox", "mailto:a@example.org"));
		assertRefused(statement -> ((ObjectNode) statement.get("result").get("score")).put("scaled", 1.5));
		assertRefused(statement -> ((ObjectNode) statement.get("verb")).remove("id"));
		assertRefused(statement -> ((ObjectNode) statement.get("context")).put("registration", "run-7001"));
		assertRefused(statement -> statement.put("timestamp", "2026-03-02T09:15:00"));
		assertRefused(statement -> statement.put("learner", "100234"));
		assertRefused(statement -> ((ObjectNode) statement.get("object")).put("id", "social-media"));
		assertRefused(statement -> ((ObjectNode) statement.get("verb").get("display")).put("nederlands", "x"));
		assertRefused(statement -> statement.remove("verb"));
	}

	@Test
	void badInputIsRefusedWithAMessageThatSaysWhat() {
		assertThatThrownBy(() -> statements.passed(passed, " ", Map.of())).hasMessageContaining("employee number");
		assertThatThrownBy(() -> statements.passed(
				new CoursePassed(42, "social-media", "1.2.0", 1, 101, Instant.parse("2026-03-02T09:15:00Z"), false),
				"100234", Map.of()))
			.hasMessageContaining("0 to 100");
		assertThatThrownBy(() -> new XapiStatements("leren.amsterdam.nl", HOME))
			.hasMessageContaining("public base URL");
		assertThatThrownBy(() -> new XapiStatements(BASE, "amsterdam")).hasMessageContaining("account home page");
	}

	private void assertRefused(Consumer<ObjectNode> spoil) {
		ObjectNode statement = statement();
		spoil.accept(statement);
		assertThat(errors(statement)).as("errors for %s", statement).isNotEmpty();
	}

}

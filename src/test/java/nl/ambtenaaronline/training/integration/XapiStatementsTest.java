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

import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.AttemptSubmitted;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LessonRead;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;

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
			Instant.parse("2026-03-02T09:15:00.123456Z"), false, 5001, false);

	final UUID run = UUID.fromString("6f1c1f6e-2b9e-4c55-9a43-0d1e6c2f7a01");

	final UUID attempt = UUID.fromString("0b7d3a52-8a0e-4f3c-b1f2-5e9a7c3d2b10");

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
		return statements.passed(passed, "100234", Map.of("nl-NL", "Sociale media", "en-US", "Social media"), run);
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
		assertThat(context.get("registration").asString()).isEqualTo(run.toString());
		assertThat(context.get("platform").asString()).isEqualTo("Ambtenaar Online");
		assertThat(context.get("extensions").get(BASE + "/xapi/extensions/refresher").asBoolean()).isFalse();
		assertThat(statement.get("timestamp").asString()).isEqualTo("2026-03-02T09:15:00.123Z");
	}

	@Test
	void aRedeliveredEventGivesTheSameStatementIdAndAnotherCompletionAnother() {
		ObjectNode first = statement();
		ObjectNode again = statement();
		ObjectNode other = statements.passed(new CoursePassed(42, "social-media", "1.2.0", 7002, 90,
				Instant.parse("2027-03-02T09:15:00Z"), true, 5002, false), "100234", Map.of(), attempt);
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(UUID.fromString(first.get("id").asString()).version()).isEqualTo(3);
		assertThat(other.get("id").asString()).isNotEqualTo(first.get("id").asString());
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
		assertThatThrownBy(() -> statements.passed(passed, " ", Map.of(), run)).hasMessageContaining("employee number");
		assertThatThrownBy(() -> statements.passed(new CoursePassed(42, "social-media", "1.2.0", 1, 101,
				Instant.parse("2026-03-02T09:15:00Z"), false, 1, false), "100234", Map.of(), run))
			.hasMessageContaining("0 to 100");
		assertThatThrownBy(() -> statements.attemptSubmitted(new AttemptSubmitted(42, "social-media", "1.2.0", 1, 2, 1,
				-1, false, Instant.parse("2026-03-02T09:15:00Z")), "100234", attempt, run))
			.hasMessageContaining("0 to 100");
		assertThatThrownBy(() -> statements.lessonRead(lessonRead(), "", run)).hasMessageContaining("employee number");
		assertThatThrownBy(() -> new XapiStatements("leren.amsterdam.nl", HOME))
			.hasMessageContaining("public base URL");
		assertThatThrownBy(() -> new XapiStatements(BASE, "amsterdam")).hasMessageContaining("account home page");
	}

	LessonRead lessonRead() {
		return new LessonRead(42, "social-media", "1.2.0", 5001, "les-2", Instant.parse("2026-03-01T08:00:00Z"));
	}

	/** One statement of every kind the product makes, by the name of its kind. */
	Map<String, ObjectNode> everyKind() {
		AnswerRecorded answer = new AnswerRecorded(UUID.fromString("1e0f4a7b-4d0c-4a8a-9d5e-2c6b7e8f9a01"), 42,
				"social-media", "1.2.0", "q-07", true, Instant.parse("2026-03-02T09:10:00Z"), 5001, 6001);
		ScenarioChoiceRecorded choice = new ScenarioChoiceRecorded(
				UUID.fromString("2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), 42, "social-media", "1.2.0", "privé-post",
				"stap 1", 2, Instant.parse("2026-03-01T08:30:00Z"), 5001);
		AttemptSubmitted failed = new AttemptSubmitted(42, "social-media", "1.2.0", 5001, 6000, 1, 60, false,
				Instant.parse("2026-03-02T09:00:00Z"));
		AttemptSubmitted succeeded = new AttemptSubmitted(42, "social-media", "1.2.0", 5001, 6001, 2, 85, true,
				Instant.parse("2026-03-02T09:15:00Z"));
		Map<String, ObjectNode> kinds = new java.util.LinkedHashMap<>();
		kinds.put("lesson read", statements.lessonRead(lessonRead(), "100234", run));
		kinds.put("scenario choice", statements.scenarioChoice(choice, "100234", run));
		kinds.put("question answered", statements.questionAnswered(answer, "100234", attempt, run));
		kinds.put("attempt failed", statements.attemptSubmitted(failed, "100234", attempt, run));
		kinds.put("attempt passed", statements.attemptSubmitted(succeeded, "100234", attempt, run));
		kinds.put("course passed", statement());
		kinds.put("acknowledgement", statements.acknowledged(passed, "100234", run));
		return kinds;
	}

	@Test
	void everyKindOfStatementIsValidAgainstTheSchemaWithTheAccountAsActorAndAnAdlVerb() {
		everyKind().forEach((kind, statement) -> {
			assertThat(errors(statement)).as(kind).isEmpty();
			assertThat(statement.get("actor").get("account").get("name").asString()).as(kind).isEqualTo("100234");
			assertThat(statement.get("verb").get("id").asString()).as(kind)
				.startsWith("http://adlnet.gov/expapi/verbs/");
			assertThat(statement.get("object").get("id").asString()).as(kind)
				.startsWith(BASE + "/xapi/activities/courses/social-media");
			assertThat(statement.get("object").get("definition").get("type").asString()).as(kind)
				.startsWith("http://adlnet.gov/expapi/activities/");
			assertThat(statement.get("context").get("revision").asString()).as(kind).isEqualTo("1.2.0");
		});
		assertThat(everyKind().values().stream().map(statement -> statement.get("id").asString()).distinct())
			.as("one id per decision")
			.hasSize(everyKind().size());
	}

	@Test
	void eachDecisionHasItsAdlVerbAndTheAttemptsStatementsTheAttemptsRegistration() {
		Map<String, ObjectNode> kinds = everyKind();
		Map<String, String> verbs = Map.of("lesson read", "experienced", "scenario choice", "answered",
				"question answered", "answered", "attempt failed", "failed", "attempt passed", "passed",
				"course passed", "passed", "acknowledgement", "completed");
		verbs.forEach((kind, verb) -> assertThat(kinds.get(kind).get("verb").get("id").asString()).as(kind)
			.isEqualTo("http://adlnet.gov/expapi/verbs/" + verb));
		for (String kind : List.of("question answered", "attempt failed", "attempt passed")) {
			JsonNode context = kinds.get(kind).get("context");
			assertThat(context.get("registration").asString()).as(kind).isEqualTo(attempt.toString());
			assertThat(context.get("extensions").get(BASE + "/xapi/extensions/run-registration").asString()).as(kind)
				.isEqualTo(run.toString());
		}
		for (String kind : List.of("lesson read", "scenario choice", "course passed", "acknowledgement")) {
			assertThat(kinds.get(kind).get("context").get("registration").asString()).as(kind)
				.isEqualTo(run.toString());
		}
		JsonNode failed = kinds.get("attempt failed").get("result");
		assertThat(failed.get("success").asBoolean()).isFalse();
		assertThat(failed.get("score").get("scaled").decimalValue()).isEqualByComparingTo("0.60");
		assertThat(kinds.get("attempt passed").get("object").get("id").asString())
			.isEqualTo(BASE + "/xapi/activities/courses/social-media/assessment");
		assertThat(kinds.get("question answered").get("result").get("success").asBoolean()).isTrue();
		assertThat(kinds.get("question answered").get("object").get("id").asString())
			.isEqualTo(BASE + "/xapi/activities/courses/social-media/questions/q-07");
		assertThat(kinds.get("scenario choice").get("result").get("response").asString()).isEqualTo("2");
		assertThat(kinds.get("scenario choice").get("object").get("id").asString())
			.as("ids with spaces and accents are encoded into a valid IRI")
			.isEqualTo(BASE + "/xapi/activities/courses/social-media/scenarios/priv%C3%A9-post/steps/stap+1");
		assertThat(kinds.get("lesson read").get("object").get("definition").get("type").asString())
			.isEqualTo("http://adlnet.gov/expapi/activities/lesson");
		assertThat(kinds.get("acknowledgement").get("result").get("completion").asBoolean()).isTrue();
		assertThat(kinds.get("acknowledgement").get("timestamp").asString()).isEqualTo("2026-03-02T09:15:00.123Z");
	}

	private void assertRefused(Consumer<ObjectNode> spoil) {
		ObjectNode statement = statement();
		spoil.accept(statement);
		assertThat(errors(statement)).as("errors for %s", statement).isNotEmpty();
	}

}

package nl.ambtenaaronline.training.integration;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.AttemptSubmitted;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LessonRead;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;

/**
 * Builds xAPI 1.0.3 statements from the learning decisions the product publishes as
 * events (see docs/integrations.md, "xAPI"): a lesson read ({@code experienced}), a
 * scenario choice and an assessment question answered ({@code answered}), an attempt
 * submitted ({@code passed} or {@code failed} of the assessment), a course passed
 * ({@code passed} of the course, with the score) and the acknowledgement of the guideline
 * that completes it ({@code completed} of the course).
 * <ul>
 * <li>actor: an account on the city's home page with the employee number as its name; no
 * e-mail address and no name;</li>
 * <li>verb: from the ADL vocabulary ({@code http://adlnet.gov/expapi/verbs/…});</li>
 * <li>object: an activity under the public base URL,
 * {@code <base>/xapi/activities/courses/<course id>[/…]};</li>
 * <li>result: score (scaled 0..1, raw 0..100), success and completion where
 * relevant;</li>
 * <li>context: the course version as {@code revision} and the registration: the stored
 * UUID of the run (lessons, scenarios, the course) or of the assessment attempt (its
 * answers and its submission), given by the caller;</li>
 * <li>id: a UUID derived from the event, so a redelivered event gives the same statement
 * (an LRS answers 409 or 204 to a repeated id, never a second statement).</li>
 * </ul>
 */
final class XapiStatements {

	static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";

	static final String ADL_ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

	static final String PLATFORM = "Ambtenaar Online";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final String base;

	private final String homePage;

	/**
	 * @param publicBaseUrl the application's public address; activity ids live under it
	 * @param accountHomePage the city's home page, whose accounts the employee numbers
	 * are
	 */
	XapiStatements(String publicBaseUrl, String accountHomePage) {
		this.base = stripSlash(requireHttp(publicBaseUrl, "public base URL"));
		this.homePage = requireHttp(accountHomePage, "account home page");
	}

	/**
	 * The statement "passed" of a completed course.
	 * @param employeeNumber the learner's employee number (the actor's account name)
	 * @param courseTitle the course's title by language tag ({@code nl-NL},
	 * {@code en-US}); may be empty
	 * @param registration the run's registration
	 */
	ObjectNode passed(CoursePassed event, String employeeNumber, Map<String, String> courseTitle, UUID registration) {
		requireScore(event.scorePercent());
		ObjectNode statement = start("statement:passed:completion:" + event.completionId(), employeeNumber, Verb.PASSED,
				course(event.courseId(), courseTitle));
		ObjectNode result = statement.putObject("result");
		score(result, event.scorePercent());
		result.put("success", true);
		result.put("completion", true);
		ObjectNode context = context(statement, registration, event.courseVersion());
		context.putObject("extensions").put(base + "/xapi/extensions/refresher", event.refresher());
		return timestamp(statement, event.passedAt());
	}

	/**
	 * The statement "completed" of a course: the learner acknowledged the guideline,
	 * which completes the course (published with {@link CoursePassed}).
	 */
	ObjectNode acknowledged(CoursePassed event, String employeeNumber, UUID registration) {
		ObjectNode statement = start("statement:completed:completion:" + event.completionId(), employeeNumber,
				Verb.COMPLETED, course(event.courseId(), Map.of()));
		statement.putObject("result").put("completion", true);
		ObjectNode context = context(statement, registration, event.courseVersion());
		context.putObject("extensions").put(base + "/xapi/extensions/refresher", event.refresher());
		return timestamp(statement, event.passedAt());
	}

	/** The statement "experienced" of a lesson, read for the first time in a run. */
	ObjectNode lessonRead(LessonRead event, String employeeNumber, UUID registration) {
		ObjectNode statement = start("statement:experienced:run:" + event.runId() + ":lesson:" + event.lessonId(),
				employeeNumber, Verb.EXPERIENCED,
				activity(courseId(event.courseId()) + "/lessons/" + encode(event.lessonId()), "lesson"));
		ObjectNode context = context(statement, registration, event.courseVersion());
		parent(context, activity(courseId(event.courseId()), "course"));
		return timestamp(statement, event.readAt());
	}

	/**
	 * The statement "answered" of a scenario step: the response is the choice's id (its
	 * index in the step of the course version).
	 */
	ObjectNode scenarioChoice(ScenarioChoiceRecorded event, String employeeNumber, UUID registration) {
		String scenario = courseId(event.courseId()) + "/scenarios/" + encode(event.scenarioId());
		ObjectNode step = activity(scenario + "/steps/" + encode(event.stepId()), "cmi.interaction");
		((ObjectNode) step.get("definition")).put("interactionType", "choice");
		ObjectNode statement = start("statement:answered:choice:" + event.answerId(), employeeNumber, Verb.ANSWERED,
				step);
		statement.putObject("result").put("response", Integer.toString(event.choiceIndex()));
		ObjectNode context = context(statement, registration, event.courseVersion());
		parent(context, activity(scenario, "simulation"));
		grouping(context, activity(courseId(event.courseId()), "course"));
		return timestamp(statement, event.chosenAt());
	}

	/**
	 * The statement "answered" of an assessment question, with whether the answer was
	 * correct (the chosen options stay in the application).
	 * @param registration the attempt's registration
	 * @param runRegistration the run's registration (an extension)
	 */
	ObjectNode questionAnswered(AnswerRecorded event, String employeeNumber, UUID registration, UUID runRegistration) {
		ObjectNode question = activity(courseId(event.courseId()) + "/questions/" + encode(event.questionId()),
				"cmi.interaction");
		((ObjectNode) question.get("definition")).put("interactionType", "choice");
		ObjectNode statement = start("statement:answered:answer:" + event.answerId(), employeeNumber, Verb.ANSWERED,
				question);
		statement.putObject("result").put("success", event.correct());
		ObjectNode context = context(statement, registration, event.courseVersion());
		parent(context, activity(assessmentId(event.courseId()), "assessment"));
		grouping(context, activity(courseId(event.courseId()), "course"));
		context.putObject("extensions").put(base + "/xapi/extensions/run-registration", runRegistration.toString());
		return timestamp(statement, event.answeredAt());
	}

	/**
	 * The statement "passed" or "failed" of the assessment, with the attempt's score.
	 * @param registration the attempt's registration
	 * @param runRegistration the run's registration (an extension)
	 */
	ObjectNode attemptSubmitted(AttemptSubmitted event, String employeeNumber, UUID registration,
			UUID runRegistration) {
		requireScore(event.scorePercent());
		ObjectNode statement = start("statement:submitted:attempt:" + event.attemptId(), employeeNumber,
				event.passed() ? Verb.PASSED : Verb.FAILED, activity(assessmentId(event.courseId()), "assessment"));
		ObjectNode result = statement.putObject("result");
		score(result, event.scorePercent());
		result.put("success", event.passed());
		result.put("completion", true);
		ObjectNode context = context(statement, registration, event.courseVersion());
		parent(context, activity(courseId(event.courseId()), "course"));
		ObjectNode extensions = context.putObject("extensions");
		extensions.put(base + "/xapi/extensions/attempt", event.attemptNo());
		extensions.put(base + "/xapi/extensions/run-registration", runRegistration.toString());
		return timestamp(statement, event.submittedAt());
	}

	/** The activity id of a course. */
	String courseId(String courseId) {
		return base + "/xapi/activities/courses/" + encode(courseId);
	}

	/** The activity id of a course's final assessment. */
	String assessmentId(String courseId) {
		return courseId(courseId) + "/assessment";
	}

	private ObjectNode start(String key, String employeeNumber, Verb verb, ObjectNode object) {
		if (employeeNumber.isBlank()) {
			throw new IllegalArgumentException("an xAPI actor needs the employee number");
		}
		ObjectNode statement = JSON.objectNode();
		statement.put("id", uuid(key).toString());
		statement.set("actor", actor(employeeNumber));
		statement.set("verb", verb(verb));
		statement.set("object", object);
		return statement;
	}

	private static ObjectNode context(ObjectNode statement, UUID registration, String courseVersion) {
		ObjectNode context = statement.putObject("context");
		context.put("registration", registration.toString());
		context.put("revision", courseVersion);
		context.put("platform", PLATFORM);
		return context;
	}

	private static void parent(ObjectNode context, ObjectNode activity) {
		contextActivities(context).putArray("parent").add(activity);
	}

	private static void grouping(ObjectNode context, ObjectNode activity) {
		contextActivities(context).putArray("grouping").add(activity);
	}

	private static ObjectNode contextActivities(ObjectNode context) {
		return context.has("contextActivities") ? (ObjectNode) context.get("contextActivities")
				: context.putObject("contextActivities");
	}

	private static void score(ObjectNode result, int scorePercent) {
		ObjectNode score = result.putObject("score");
		score.put("scaled", BigDecimal.valueOf(scorePercent).movePointLeft(2));
		score.put("raw", scorePercent);
		score.put("min", 0);
		score.put("max", 100);
	}

	private static void requireScore(int scorePercent) {
		if (scorePercent < 0 || scorePercent > 100) {
			throw new IllegalArgumentException("a score is 0 to 100 percent, was " + scorePercent);
		}
	}

	private static ObjectNode timestamp(ObjectNode statement, Instant at) {
		statement.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
		return statement;
	}

	private static ObjectNode activity(String id, String type) {
		ObjectNode activity = JSON.objectNode();
		activity.put("objectType", "Activity");
		activity.put("id", id);
		activity.putObject("definition").put("type", ADL_ACTIVITY_TYPES + type);
		return activity;
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8);
	}

	private ObjectNode actor(String employeeNumber) {
		ObjectNode actor = JSON.objectNode();
		actor.put("objectType", "Agent");
		ObjectNode account = actor.putObject("account");
		account.put("homePage", homePage);
		account.put("name", employeeNumber);
		return actor;
	}

	private static ObjectNode verb(Verb verb) {
		ObjectNode node = JSON.objectNode();
		node.put("id", ADL_VERBS + verb.id);
		ObjectNode display = node.putObject("display");
		display.put("nl-NL", verb.nl);
		display.put("en-US", verb.en);
		return node;
	}

	private ObjectNode course(String courseId, Map<String, String> title) {
		ObjectNode activity = JSON.objectNode();
		activity.put("objectType", "Activity");
		activity.put("id", courseId(courseId));
		ObjectNode definition = activity.putObject("definition");
		definition.put("type", ADL_ACTIVITY_TYPES + "course");
		if (!title.isEmpty()) {
			ObjectNode name = definition.putObject("name");
			title.forEach(name::put);
		}
		return activity;
	}

	/** A name-based UUID (version 3), the same for the same text. */
	private static UUID uuid(String text) {
		return UUID.nameUUIDFromBytes(("ambtenaar-online:xapi:" + text).getBytes(StandardCharsets.UTF_8));
	}

	private static String requireHttp(String url, String what) {
		if (!url.startsWith("https://") && !url.startsWith("http://")) {
			throw new IllegalArgumentException("the " + what + " for xAPI must be an http(s) address, was " + url);
		}
		return url;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** Verbs of the ADL vocabulary, with their display in Dutch and English. */
	enum Verb {

		PASSED("passed", "geslaagd voor", "passed"),

		FAILED("failed", "gezakt voor", "failed"),

		COMPLETED("completed", "afgerond", "completed"),

		EXPERIENCED("experienced", "bekeken", "experienced"),

		ANSWERED("answered", "beantwoord", "answered");

		final String id;

		final String nl;

		final String en;

		Verb(String id, String nl, String en) {
			this.id = id;
			this.nl = nl;
			this.en = en;
		}

	}

}

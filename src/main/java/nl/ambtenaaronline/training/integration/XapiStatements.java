package nl.ambtenaaronline.training.integration;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.ambtenaaronline.training.learning.CoursePassed;

/**
 * Builds xAPI 1.0.3 statements from what the product's events carry (see
 * docs/integrations.md, "xAPI"). Today that is one kind: {@link CoursePassed}, published
 * when a learner who passed the final assessment acknowledged the guideline, so the
 * course is completed. The other decisions (a lesson section read, a scenario choice, a
 * question answered, an attempt submitted) are stored by learning but not published as
 * events, and so have no statement yet.
 * <ul>
 * <li>actor: an account on the city's home page with the employee number as its name; no
 * e-mail address and no name;</li>
 * <li>verb: from the ADL vocabulary ({@code http://adlnet.gov/expapi/verbs/…});</li>
 * <li>object: an activity under the public base URL,
 * {@code <base>/xapi/activities/courses/<course id>};</li>
 * <li>result: the score (scaled 0..1, raw 0..100), success and completion;</li>
 * <li>context: the course version as {@code revision} and the registration: a UUID
 * derived from the completion, which is one per run through the course (the passing
 * attempt's id is not in the event);</li>
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
	 */
	ObjectNode passed(CoursePassed event, String employeeNumber, Map<String, String> courseTitle) {
		if (employeeNumber.isBlank()) {
			throw new IllegalArgumentException("an xAPI actor needs the employee number");
		}
		if (event.scorePercent() < 0 || event.scorePercent() > 100) {
			throw new IllegalArgumentException("a score is 0 to 100 percent, was " + event.scorePercent());
		}
		ObjectNode statement = JSON.objectNode();
		statement.put("id", uuid("statement:passed:completion:" + event.completionId()).toString());
		statement.set("actor", actor(employeeNumber));
		statement.set("verb", verb(Verb.PASSED));
		statement.set("object", course(event.courseId(), courseTitle));
		ObjectNode result = statement.putObject("result");
		ObjectNode score = result.putObject("score");
		score.put("scaled", BigDecimal.valueOf(event.scorePercent()).movePointLeft(2));
		score.put("raw", event.scorePercent());
		score.put("min", 0);
		score.put("max", 100);
		result.put("success", true);
		result.put("completion", true);
		ObjectNode context = statement.putObject("context");
		context.put("registration", registrationOfCompletion(event.completionId()).toString());
		context.put("revision", event.courseVersion());
		context.put("platform", PLATFORM);
		context.putObject("extensions").put(base + "/xapi/extensions/refresher", event.refresher());
		statement.put("timestamp", event.passedAt().truncatedTo(ChronoUnit.MILLIS).toString());
		return statement;
	}

	/** The registration of one run through a course, by its completion. */
	static UUID registrationOfCompletion(long completionId) {
		return uuid("registration:completion:" + completionId);
	}

	/** The activity id of a course. */
	String courseId(String courseId) {
		return base + "/xapi/activities/courses/" + URLEncoder.encode(courseId, StandardCharsets.UTF_8);
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

		PASSED("passed", "geslaagd voor", "passed");

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

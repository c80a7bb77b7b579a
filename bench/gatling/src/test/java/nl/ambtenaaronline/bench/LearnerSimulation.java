package nl.ambtenaaronline.bench;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Learners of the social-media course, speaking Vaadin's protocol like a browser does
 * (see {@link VaadinClient}). Each virtual user is one load-test account
 * ({@code load-NNNNN}, created by the application's {@code loadtest} profile) and:
 * <ol>
 * <li>opens the login page (a Vaadin UI) and signs in with the form post (Spring
 * Security, CSRF token from the page);</li>
 * <li>opens Mijn training;</li>
 * <li>opens the first lesson through a link and marks it read (the server navigates to
 * the next lesson);</li>
 * <li>opens a scenario through a link, replays it and chooses at every step until its
 * ending;</li>
 * <li>opens the assessment, starts it, answers every question (moving on with "next")
 * and submits it through the confirm dialog;</li>
 * </ol>
 * with think times between the steps. Every UIDL response is checked for HTTP 200 and
 * for the absence of {@code appError}, {@code sessionExpired} and {@code uiExpired}, and
 * for the element the step must show.
 *
 * <p>
 * System properties: {@code baseUrl} (http://127.0.0.1:18080), {@code mode}
 * ({@code journey}: the whole journey, {@code logins}: sign in and open Mijn training
 * only, {@code hold}: sign in, open the assessment, answer one question and stay),
 * {@code users} (500), {@code rampSeconds} (60), {@code firstUser} (1),
 * {@code password}, {@code think} (factor on the think times, 1.0), {@code scenario}
 * (boze-bewoner), {@code p95} (the p95 target in ms, 300), {@code auth} ({@code password}:
 * the login form; {@code oidc}: through the city's identity provider, played by
 * mock-oauth2-server in its interactive mode, see {@link #oidcLogin}), {@code idpClaim}
 * (the claim that carries the employee number, employee_number).
 */
public class LearnerSimulation extends Simulation {

	private static final String COURSE = "social-media";

	private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:18080");

	private static final String MODE = System.getProperty("mode", "journey");

	private static final int USERS = Integer.getInteger("users", 500);

	private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 60);

	private static final int FIRST_USER = Integer.getInteger("firstUser", 1);

	private static final String PASSWORD = System.getProperty("password", "laadtest-wachtwoord-2026");

	private static final double THINK = Double.parseDouble(System.getProperty("think", "1.0"));

	private static final String SCENARIO = System.getProperty("scenario", "boze-bewoner");

	private static final int P95 = Integer.getInteger("p95", 300);

	/** the questions of one attempt: the draw of the course (1 + 4 + 3 + 2 + 1) */
	private static final int QUESTIONS = Integer.getInteger("questions", 11);

	/** fail-over mode: answers given before the node is killed, and the wait for it */
	private static final int ANSWERS_BEFORE_FAILOVER = Integer.getInteger("answersBefore", 5);

	private static final int FAILOVER_WAIT_SECONDS = Integer.getInteger("failoverWait", 90);

	private static final String AUTH = System.getProperty("auth", "password");

	private static final String IDP_CLAIM = System.getProperty("idpClaim", "employee_number");

	private static final String CLIENT = "vaadin";

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("*/*")
		.acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.8")
		.userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AmbtenaarOnlineLoadTest")
		.disableCaching()
		.shareConnections();

	private static VaadinClient client(Session session) {
		return (VaadinClient) session.get(CLIENT);
	}

	private static ChainBuilder think(int minSeconds, int maxSeconds) {
		return pause(Duration.ofMillis((long) (minSeconds * 1000 * THINK)),
				Duration.ofMillis((long) (maxSeconds * 1000 * THINK)));
	}

	/** The Vaadin UI of the route whose HTML page was just loaded: init, then navigate. */
	private static ChainBuilder ui(String name, String route, String... expectIds) {
		return exec(http(name + " init").get("/?v-r=init&location=" + route + "&query=")
			.check(status().is(200), bodyString().saveAs("init"))).exitHereIfFailed().exec(session -> {
				client(session).init(session.getString("init"));
				return session.remove("init").set("uiId", client(session).uiId);
			}).exec(uidl(name + " navigate", session -> List.of(VaadinClient.navigate(route, "")), expectIds));
	}

	/**
	 * One UIDL request: the RPC invocations from the client state, the response checked
	 * and taken in.
	 */
	private static ChainBuilder uidl(String name, Function<VaadinClient, List<ObjectNode>> rpc, String... expectIds) {
		return uidl(name, rpc, status().is(200), expectIds);
	}

	private static ChainBuilder uidl(String name, Function<VaadinClient, List<ObjectNode>> rpc, CheckBuilder check,
			String... expectIds) {
		var request = http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
			.header("Content-Type", "application/json; charset=UTF-8")
			.body(StringBody(session -> client(session).message(rpc.apply(client(session)))))
			.check(check, substring("appError").notExists(), substring("sessionExpired").notExists(),
					substring("uiExpired").notExists(), bodyString().saveAs("uidl"));
		for (String id : expectIds) {
			request = request.check(substring("\"value\":\"" + id + "\"").exists());
		}
		// a learner whose request failed stops there (a browser would show an error), so
		// that one failure is counted once and not again by every following step
		return exec(request).exitHereIfFailed().exec(session -> {
			client(session).response(session.getString("uidl"));
			return session.remove("uidl");
		});
	}

	private static ChainBuilder click(String name, String id, String... expectIds) {
		return uidl(name, vaadin -> List.of(VaadinClient.click(vaadin.node(id))), expectIds);
	}

	private static ChainBuilder navigate(String name, String route, String... expectIds) {
		return uidl(name, vaadin -> List.of(VaadinClient.navigate(route, "client")), expectIds);
	}

	private static ChainBuilder choose(String name, String id) {
		return uidl(name, vaadin -> {
			int node = vaadin.node(id);
			boolean multiple = "vaadin-checkbox-group".equals(vaadin.tags.get(node));
			return VaadinClient.setValue(node, multiple ? VaadinClient.JSON.createArrayNode().add("1")
					: TextNode.valueOf("1"));
		});
	}

	/**
	 * The login page (HTML with the CSRF token, then its UI), the form post and, after the
	 * redirect, Mijn training.
	 */
	private static ChainBuilder login(String prefix) {
		return exec(session -> session.set(CLIENT, new VaadinClient()))
			.exec(http(prefix + "login page").get("/login")
				.check(status().is(200), css("meta[name='_csrf']", "content").saveAs("csrf")))
			.exitHereIfFailed()
			.exec(ui(prefix + "login", "login", "language-switch"))
			.exec(think(2, 5))
			.exec(http(prefix + "login post").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), currentLocationRegex("/login").notExists()))
			.exitHereIfFailed()
			// the browser left the login page: its beacon closes the login page's UI
			.exec(http(prefix + "login page left").post("/?v-r=uidl&v-uiId=#{uiId}")
				.header("Content-Type", "text/plain;charset=UTF-8")
				.body(StringBody(session -> client(session).unloadBeacon()))
				.check(status().is(200)))
			.exec(ui(prefix + "my training", "", "go-" + COURSE));
	}

	/**
	 * Sign-in through the identity provider, as an employee of the city does: the
	 * application's OIDC start (which redirects to the provider's sign-in page), the
	 * provider's form posted with the learner's employee number as a claim (the provider
	 * redirects back with a code, the application exchanges it and redirects to Mijn
	 * training), then Mijn training's UI. The redirects are followed and timed as
	 * "… Redirect n" requests; the provider's own time is in them.
	 */
	private static ChainBuilder oidcLogin(String prefix) {
		return exec(session -> session.set(CLIENT, new VaadinClient()))
			.exec(http(prefix + "oidc start").get("/oauth2/authorization/gemeente")
				.check(status().is(200), currentLocation().saveAs("authorize")))
			.exitHereIfFailed()
			.exec(think(2, 5))
			.exec(http(prefix + "oidc sign-in").post("#{authorize}")
				.formParam("username", "#{username}")
				.formParam("claims", "#{claims}")
				.check(status().is(200), currentLocationRegex("/login").notExists()))
			.exitHereIfFailed()
			.exec(ui(prefix + "my training", "", "go-" + COURSE));
	}

	/** Sign-in the way {@code auth} says. */
	private static ChainBuilder signIn(String prefix) {
		return "oidc".equals(AUTH) ? oidcLogin(prefix) : login(prefix);
	}

	private static final ChainBuilder LOGIN = signIn("");

	private static final ChainBuilder LESSON = exec(
			navigate("open lesson", "course/" + COURSE + "/lesson/waarom-online", "mark-read"))
		.exec(think(5, 15))
		.exec(click("lesson read", "mark-read"));

	private static final ChainBuilder SCENARIO_PLAY = exec(
			navigate("open scenario", "course/" + COURSE + "/scenario/" + SCENARIO))
		.exec(doIf(session -> client(session).lastIds.contains("scenario-replay"))
			.then(click("scenario replay", "scenario-replay", "choices")))
		.exec(asLongAs(session -> client(session).lastIds.contains("choices"), "step")
			.on(think(3, 8), choose("scenario select", "choices"), think(1, 2),
					click("scenario confirm", "confirm-choice", "feedback"), think(3, 6),
					click("scenario next", "next-step")));

	private static final ChainBuilder OPEN_ASSESSMENT = exec(
			navigate("open assessment", "course/" + COURSE + "/assessment"))
		.exec(doIf(session -> client(session).lastIds.contains("start-assessment"))
			.then(exec(think(2, 4), click("assessment start", "start-assessment", "answer"))));

	/** Answers the questions from {@code from} (0-based) to the last one, then submits. */
	private static ChainBuilder answerAndSubmit(int from) {
		return exec(repeat(QUESTIONS - from, "question").on(think(4, 10), choose("assessment answer", "answer"),
				doIf(session -> session.getInt("question") < QUESTIONS - from - 1)
					.then(think(1, 2), click("assessment next", "next-question", "answer"))))
			.exec(think(2, 4))
			.exec(click("assessment submit", "submit-assessment"))
			.exec(think(1, 3))
			.exec(uidl("assessment confirm",
					vaadin -> List.of(VaadinClient.event(vaadin.nodeWithTag("vaadin-confirm-dialog"), "confirm",
							VaadinClient.JSON.createObjectNode())),
					"result"));
	}

	private static final ChainBuilder ASSESSMENT = exec(OPEN_ASSESSMENT, answerAndSubmit(0));

	/**
	 * Fail-over: answers the first questions, waits (the node is killed meanwhile by
	 * bench/scale-out.sh), logs in again (on the node that is left), checks that the
	 * assessment resumes with those answers and finishes it.
	 */
	private static final ChainBuilder FAILOVER = exec(OPEN_ASSESSMENT)
		.exec(repeat(ANSWERS_BEFORE_FAILOVER, "question").on(think(1, 2), choose("assessment answer", "answer"),
				click("assessment next", "next-question", "answer")))
		.exec(pause(Duration.ofSeconds(FAILOVER_WAIT_SECONDS)))
		.exec(signIn("again: "))
		.exec(uidl("again: resume assessment",
				vaadin -> List.of(VaadinClient.navigate("course/" + COURSE + "/assessment", "client")),
				// the question overview marks every stored answer
				substring("ao-answered").count().is(ANSWERS_BEFORE_FAILOVER), "answer"))
		.exec(answerAndSubmit(ANSWERS_BEFORE_FAILOVER));

	private static Iterator<Map<String, Object>> accounts() {
		return Stream.iterate(FIRST_USER, n -> n + 1)
			.map(n -> Map.<String, Object>of("username", String.format(Locale.ROOT, "load-%05d", n), "claims",
					String.format(Locale.ROOT, "{\"%s\": \"LOAD-%05d\"}", IDP_CLAIM, n)))
			.iterator();
	}

	private ScenarioBuilder scenarioFor(String mode) {
		return switch (mode) {
			case "logins" -> scenario("logins").feed(accounts()).exec(LOGIN);
			case "hold" -> scenario("sessions held").feed(accounts())
				.exec(LOGIN, think(1, 3), navigate("open assessment", "course/" + COURSE + "/assessment"))
				.exec(doIf(session -> client(session).lastIds.contains("start-assessment"))
					.then(click("assessment start", "start-assessment", "answer")))
				.exec(choose("assessment answer", "answer"));
			case "failover" -> scenario("fail-over").feed(accounts()).exec(LOGIN, FAILOVER);
			default -> scenario("learner journey").feed(accounts())
				.exec(LOGIN, think(3, 8), LESSON, think(3, 8), SCENARIO_PLAY, think(3, 8),
						ASSESSMENT);
		};
	}

	{
		PopulationBuilder population = scenarioFor(MODE)
			.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS)));
		setUp(population).protocols(protocol)
			.assertions(global().failedRequests().count().is(0L),
					global().responseTime().percentile(95.0).lt(MODE.equals("logins") ? 1000 : P95));
	}

}

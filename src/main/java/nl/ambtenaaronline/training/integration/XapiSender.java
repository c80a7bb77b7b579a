package nl.ambtenaaronline.training.integration;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts the due statements to the LRS, a batch per request, as the xAPI specification's
 * statement resource asks: {@code POST <endpoint>/statements} with a JSON array and
 * {@code X-Experience-API-Version: 1.0.3}. 200 or 204: all sent. 409 (a statement id the
 * LRS holds already): each statement is sent alone with {@code PUT ?statementId=}, where
 * 204 means sent and 409 that the LRS holds another statement under that id, which no
 * retry changes (FAILED at once). Anything else (503, 429, 5xx, 4xx, no answer): every
 * statement of the batch is tried again after a pause that doubles from
 * {@code first-retry} up to {@code max-retry}, until {@code max-attempts}. The LRS is
 * reached with basic auth or with an OAuth 2.0 client-credentials token
 * ({@link XapiTokens}); no token is a failed attempt like no answer.
 */
@Component
class XapiSender {

	static final String VERSION = "1.0.3";

	private static final Logger log = LoggerFactory.getLogger(XapiSender.class);

	private final XapiOutbox outbox;

	private final Clock clock;

	private final XapiTokens tokens;

	XapiSender(XapiOutbox outbox, Clock clock, XapiTokens tokens) {
		this.outbox = outbox;
		this.clock = clock;
		this.tokens = tokens;
	}

	/**
	 * Sends one batch of due statements.
	 * @return how many were due (0: nothing to do)
	 */
	int sendDue(IntegrationProperties.Xapi settings) {
		String endpoint = settings.lrsEndpoint();
		if (endpoint == null || endpoint.isBlank()) {
			return 0;
		}
		List<XapiOutbox.Due> batch = outbox.due(clock.instant(), settings.batchSize());
		if (batch.isEmpty()) {
			return 0;
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
		String authorization;
		try {
			authorization = authorization(http, settings);
		}
		catch (IOException noToken) {
			String error = "no token: " + noToken.getMessage();
			log.warn("xAPI: {}", error);
			batch.forEach(due -> retry(settings, due, error));
			return batch.size();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return 0;
		}
		String body = batch.stream().map(XapiOutbox.Due::statement).collect(Collectors.joining(",", "[", "]"));
		Answer answer = send(http, request(settings, authorization, statements(endpoint))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		if (answer.status() == 200 || answer.status() == 204) {
			batch.forEach(due -> outbox.sent(due.id(), clock.instant()));
		}
		else if (answer.status() == 409) {
			batch.forEach(due -> one(http, settings, authorization, endpoint, due));
		}
		else {
			if (answer.status() == 401 && settings.oauth()) {
				// the token expired early or was withdrawn: the next send asks for a new
				// one
				tokens.forget();
			}
			log.warn("xAPI: the LRS refused a batch of {}: {}", batch.size(), answer.error());
			batch.forEach(due -> retry(settings, due, answer.error()));
		}
		return batch.size();
	}

	private void one(HttpClient http, IntegrationProperties.Xapi settings, @Nullable String authorization,
			String endpoint, XapiOutbox.Due due) {
		Answer answer = send(http,
				request(settings, authorization,
						URI.create(statements(endpoint) + "?statementId="
								+ URLEncoder.encode(due.id(), StandardCharsets.UTF_8)))
					.PUT(HttpRequest.BodyPublishers.ofString(due.statement(), StandardCharsets.UTF_8)));
		if (answer.status() == 204 || answer.status() == 200) {
			outbox.sent(due.id(), clock.instant());
		}
		else if (answer.status() == 409) {
			log.warn("xAPI: the LRS holds another statement with id {}", due.id());
			outbox.failed(due.id(), "409: the LRS holds another statement with this id", clock.instant(), true);
		}
		else {
			retry(settings, due, answer.error());
		}
	}

	private void retry(IntegrationProperties.Xapi settings, XapiOutbox.Due due, String error) {
		int attempt = due.attempts() + 1;
		boolean last = attempt >= settings.maxAttempts();
		outbox.failed(due.id(), error, clock.instant().plus(pause(settings, attempt)), last);
	}

	/** The pause after the given failed attempt (1 = the first): doubling, capped. */
	static Duration pause(IntegrationProperties.Xapi settings, int attempt) {
		Duration pause = settings.firstRetry();
		for (int i = 1; i < attempt && pause.compareTo(settings.maxRetry()) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : pause;
	}

	private static URI statements(String endpoint) {
		return URI.create((endpoint.endsWith("/") ? endpoint : endpoint + "/") + "statements");
	}

	/**
	 * The Authorization header: a bearer token by the client-credentials grant, basic
	 * auth, or none.
	 */
	private @Nullable String authorization(HttpClient http, IntegrationProperties.Xapi settings)
			throws IOException, InterruptedException {
		if (settings.oauth()) {
			return "Bearer " + tokens.token(http, settings);
		}
		String username = settings.username();
		String password = settings.password();
		if (username != null && !username.isBlank() && password != null) {
			return "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		}
		return null;
	}

	private static HttpRequest.Builder request(IntegrationProperties.Xapi settings, @Nullable String authorization,
			URI uri) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(settings.timeout())
			.header("X-Experience-API-Version", VERSION)
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private static Answer send(HttpClient http, HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body() == null ? "" : response.body().strip();
			return new Answer(response.statusCode(), response.statusCode()
					+ (text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) : text)));
		}
		catch (IOException failed) {
			return new Answer(0, "no answer: " + failed.getClass().getSimpleName() + " " + failed.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Answer(0, "interrupted");
		}
	}

	private record Answer(int status, String error) {
	}

}

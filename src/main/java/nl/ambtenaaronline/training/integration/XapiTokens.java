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
import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 access tokens for the LRS, by the client-credentials grant (RFC 6749 section
 * 4.4): {@code POST <token-endpoint>} with {@code grant_type=client_credentials} (and
 * {@code scope} when set), the client authenticated with HTTP basic auth
 * ({@code client_secret_basic}, section 2.3.1). A token is kept until 30 seconds before
 * it expires ({@code expires_in}; without it, 5 minutes), and dropped when the LRS
 * answers 401, so the next send asks for a new one. Only the sender, on one node at a
 * time, uses it.
 */
@Component
class XapiTokens {

	static final Duration MARGIN = Duration.ofSeconds(30);

	static final Duration WITHOUT_EXPIRY = Duration.ofMinutes(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Clock clock;

	private @Nullable Cached cached;

	XapiTokens(Clock clock) {
		this.clock = clock;
	}

	private record Cached(String key, String token, Instant until) {
	}

	/**
	 * A valid access token for these settings: the cached one, or a new one.
	 * @throws IOException when the token endpoint gives none (its answer in the message)
	 */
	synchronized String token(HttpClient http, IntegrationProperties.Xapi settings)
			throws IOException, InterruptedException {
		String key = settings.tokenEndpoint() + " " + settings.clientId() + " " + settings.scope();
		Instant now = clock.instant();
		if (cached != null && cached.key().equals(key) && now.isBefore(cached.until())) {
			return cached.token();
		}
		String form = "grant_type=client_credentials" + (settings.scope() == null || settings.scope().isBlank() ? ""
				: "&scope=" + URLEncoder.encode(settings.scope(), StandardCharsets.UTF_8));
		String client = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
			.timeout(settings.timeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		String body = response.body() == null ? "" : response.body();
		if (response.statusCode() != 200) {
			throw new IOException("token endpoint answered " + response.statusCode() + ": "
					+ (body.length() > 150 ? body.substring(0, 150) : body.strip()));
		}
		JsonNode answer;
		try {
			answer = JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			throw new IOException("token endpoint answered no JSON");
		}
		JsonNode token = answer.get("access_token");
		if (token == null || !token.isString() || token.asString().isBlank()) {
			throw new IOException("token endpoint answered no access_token");
		}
		JsonNode type = answer.get("token_type");
		if (type != null && !"bearer".equalsIgnoreCase(type.asString())) {
			throw new IOException("token endpoint answered token_type " + type.asString() + ", not Bearer");
		}
		JsonNode expiresIn = answer.get("expires_in");
		Duration life = expiresIn != null && expiresIn.canConvertToLong() ? Duration.ofSeconds(expiresIn.asLong())
				: WITHOUT_EXPIRY;
		cached = new Cached(key, token.asString(), now.plus(life).minus(MARGIN));
		return token.asString();
	}

	/** Forgets the token (the LRS refused it). */
	synchronized void forget() {
		cached = null;
	}

}

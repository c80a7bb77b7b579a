package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP status of a page load, without a browser: an address that is no page answers
 * 404 and a page the signed-in person may not open 403 (the page itself is the one in the
 * layout, with the way back: {@link RouteErrorJourneyTest}); a page they may open 200; a
 * signed-out person is sent to the login page; someone who must first enter their second
 * factor gets that step, not a refusal. The same running application as the browser tests
 * (same configuration, so one cached context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ao-browser;DB_CLOSE_DELAY=-1",
				"app.trusted-proxies=127.0.0.1|0:0:0:0:0:0:0:1" })
@ActiveProfiles("demo")
class RouteStatusTest {

	private static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(30))
		.build();

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressAnswers404AndARefusedPage403ForASignedInPerson() throws Exception {
		String session = logIn("medewerker");

		HttpResponse<String> unknown = page("/no-such-page", session);
		assertThat(unknown.statusCode()).as("an address that is no page").isEqualTo(404);
		assertThat(unknown.body()).as("still the application's page, which shows the text in the layout")
			.contains("<html");
		assertThat(page("/no/such/page/either", session).statusCode()).as("a deeper unknown address").isEqualTo(404);
		assertThat(page("/reports", session).statusCode()).as("HR's reports for an employee").isEqualTo(403);
		assertThat(page("/reports/person/1", session).statusCode()).as("a person's record for an employee")
			.isEqualTo(403);
		assertThat(page("/admin/events", session).statusCode()).as("an administrator's page").isEqualTo(403);

		assertThat(page("/", session).statusCode()).as("the start page").isEqualTo(200);
		assertThat(page("/certificates", session).statusCode()).as("own certificates").isEqualTo(200);
		assertThat(page("/course/social-media", session).statusCode()).as("a course").isEqualTo(200);
	}

	@Test
	void aSignedOutPersonIsSentToTheLoginPageAndPublicPagesAnswer200() throws Exception {
		for (String path : new String[] { "/reports", "/certificates", "/no-such-page" }) {
			HttpResponse<String> response = page(path, null);
			assertThat(response.statusCode()).as("%s signed out", path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as("%s signed out", path)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		}
		assertThat(page("/login", null).statusCode()).isEqualTo(200);
		assertThat(page("/accessibility", null).statusCode()).isEqualTo(200);
	}

	@Test
	void someoneWhoMustEnterTheSecondFactorGetsThatStepNotARefusal() throws Exception {
		// HR's role counts only after the second factor: until then every page is that
		// step
		String session = logIn("hr");
		assertThat(page("/reports", session).statusCode()).isEqualTo(200);
		assertThat(page("/", session).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> page(String path, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Sec-Fetch-Dest", "document");
		if (session != null) {
			request.header("Cookie", session);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A password sign-in through the login form; the session cookie after it. */
	private String logIn(String username) throws IOException, InterruptedException {
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode("demo-wachtwoord-2026", StandardCharsets.UTF_8);
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("sign-in of %s", username).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).as("sign-in of %s", username)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

}

package nl.ambtenaaronline.training.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.password.LoginThrottle;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (Tomcat with its remote-address valve): with no trusted proxy configured
 * (the default), {@code X-Forwarded-For} from a client changes nothing — not the address
 * the login throttle counts, not the {@code /verify} limit, not the audit origin.
 */
@OidcTest
class ForwardedHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditService audit;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSpoofedForwardedForDoesNotEscapeTheVerifyLimit() throws Exception {
		int last = 0;
		for (int i = 1; i <= 31; i++) {
			last = send(HttpRequest.newBuilder(uri("/verify/XFFX-XFFX-XFFX-XFF" + (i % 10)))
				.header("X-Forwarded-For", "198.51.100." + i)
				.GET()).statusCode();
		}
		assertThat(last).as("the 31st verification from one client, whatever it claims").isEqualTo(429);
	}

	@Test
	void aSpoofedForwardedForDoesNotChangeTheAddressTheThrottleAndTheAuditSee() throws Exception {
		String body = "username=xff-nobody&password=not-the-password";
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", "203.0.113.99")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
		AuditEntry failure = SystemAuthentication.call(() -> audit.search(new AuditFilter("login", null, null), 0, 5))
			.stream()
			.filter(entry -> entry.action().equals("login"))
			.findFirst()
			.orElseThrow();
		assertThat(failure.origin()).isNotEqualTo("203.0.113.99").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(jdbc.queryForObject("select count(*) from login_throttle where kind = 'ADDRESS' and key_hash = ?",
				Integer.class, LoginThrottle.hash("203.0.113.99")))
			.isZero();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

}

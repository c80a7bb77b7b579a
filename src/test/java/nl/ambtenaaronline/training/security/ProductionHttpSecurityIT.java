package nl.ambtenaaronline.training.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.ProductionJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar over plain HTTP (java.net.http): login lockout, the rate limit of
 * the public verify page, the security headers and session cookie flags of
 * docs/security.md, and error pages without stack traces, exception names or versions.
 * Started once, with the demo city (H2 in a temporary folder) and the profile
 * {@code provoke-errors} that adds {@link ErrorProvokingController}.
 */
public class ProductionHttpSecurityIT {

	static final String DEMO_PASSWORD = "demo-wachtwoord-2026";

	/** What no error page may show: stack frames, exception names, server versions. */
	public static final Pattern LEAK = Pattern.compile(
			"(?i)whitelabel|exception|\\bat [a-z]+\\.[a-z]+\\.|tomcat/|apache tomcat|spring boot|SECRET-DETAIL|\\.java:\\d+|vaadin [0-9]|jetty|undertow");

	@TempDir
	static Path work;

	static Process app;

	static int port;

	static HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void start() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = ProductionJar.command(work, null, List.of(ErrorProvokingController.class),
				List.of("--spring.profiles.active=demo,provoke-errors", "--server.port=" + port,
						// the test client plays the TLS proxy
						"--app.trusted-proxies=127\\.0\\.0\\.1"));
		app = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("app.log").toFile())
			.start();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < end) {
			try {
				if (get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			assertThat(app.isAlive()).as("the application runs (see %s)", work.resolve("app.log")).isTrue();
			Thread.sleep(500);
		}
		throw new AssertionError("the application did not start within 240 s");
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A password sign-in through the login form; the answer's redirect and cookies. */
	static HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = get("/login");
		String cookie = sessionCookie(form).orElse("");
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (!cookie.isEmpty()) {
			post.header("Cookie", cookie);
		}
		return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
	}

	static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst();
	}

	static void assertSecurityHeaders(HttpResponse<?> response, String what) {
		var headers = response.headers();
		assertThat(headers.firstValue("Content-Security-Policy")).as("CSP on %s", what)
			.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'",
					"default-src 'self'", "base-uri 'self'", "form-action 'self'"));
		assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff on %s", what).contains("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).as("Referrer-Policy on %s", what)
			.contains("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("X-Frame-Options")).as("X-Frame-Options on %s", what).contains("DENY");
		assertThat(headers.firstValue("Server")).as("no Server header on %s", what).isEmpty();
		assertThat(headers.firstValue("X-Powered-By")).as("no X-Powered-By on %s", what).isEmpty();
	}

	static void assertNoLeak(int status, String body, String what) {
		assertThat(LEAK.matcher(body).find())
			.as("%s (%d) shows internals: %s", what, status, body.length() > 600 ? body.substring(0, 600) : body)
			.isFalse();
	}

	@Test
	void pagesErrorsAndStaticFilesCarryTheDocumentedSecurityHeaders() throws Exception {
		for (String path : List.of("/login", "/accessibility", "/verify", "/styles/ambtenaar.css",
				"/images/city-mark.svg", "/actuator/health", "/no-such-page", "/verify/AAAA")) {
			assertSecurityHeaders(get(path), path);
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() throws Exception {
		String plain = get("/login").headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(plain).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String proxied = get("/login", "X-Forwarded-Proto", "https").headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(proxied).containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("Secure");
	}

	@Test
	void errorPagesShowNoStackTraceExceptionNameOrVersion() throws Exception {
		String session = sessionCookie(logIn("medewerker", DEMO_PASSWORD)).orElseThrow();
		// no route, no file: Vaadin's page, which shows the application's "not found"
		// view inside the layout, answered with 404
		check(get("/no-such-page", "Cookie", session), "unknown path", 404);
		// a missing static file is a plain 404, through the error page that shows nothing
		check(get("/VAADIN/no-such-file.js", "Cookie", session), "unknown static file", 404);
		check(get("/course-images/social-media/1.0.0/missing.svg", "Cookie", session), "missing image", 404);
		// an exception in a controller
		HttpResponse<String> failure = get("/verify/provoke/500");
		System.out
			.println("500 provoked: " + failure.statusCode() + " " + failure.headers().map() + " " + failure.body());
		assertNoLeak(failure.statusCode(), failure.body(), "an exception");
		assertThat(failure.statusCode()).as("an exception").isEqualTo(500);
		// a method the image endpoint does not answer
		HttpResponse<String> put = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/course-images/social-media/1.0.0/x.svg"))
			.header("Cookie", session)
			.PUT(HttpRequest.BodyPublishers.ofString("x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertNoLeak(put.statusCode(), put.body(), "PUT on an image");
		// 400: a malformed request, answered by the servlet container itself
		String malformed = raw("GET /verify?code=%ZZ%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
		assertThat(malformed).startsWith("HTTP/1.1 400");
		assertNoLeak(400, malformed, "malformed request");
		assertThat(malformed).doesNotContainIgnoringCase("\nServer:");
		String badHeader = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n");
		assertThat(badHeader).startsWith("HTTP/1.1 400");
		assertNoLeak(400, badHeader, "malformed header");
	}

	private static void check(HttpResponse<String> response, String what, int status) {
		assertThat(response.statusCode()).as(what).isEqualTo(status);
		assertNoLeak(response.statusCode(), response.body(), what);
		assertSecurityHeaders(response, what);
	}

	private static String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndEveryFailureLooksTheSame() throws Exception {
		String failure = logIn("nobody-" + System.nanoTime(), "wrong-password-1").headers()
			.firstValue("Location")
			.orElseThrow();
		for (int i = 0; i < 5; i++) {
			assertThat(logIn("manager", "wrong-password-" + i).headers().firstValue("Location")).as("failure %d", i)
				.contains(failure);
		}
		// locked: the right password now gets the same answer as every failure
		HttpResponse<String> locked = logIn("manager", DEMO_PASSWORD);
		assertThat(locked.headers().firstValue("Location")).as("locked account, right password").contains(failure);
		assertThat(failure).contains("/login?error");
		// another account is not locked
		assertThat(logIn("medewerker", DEMO_PASSWORD).headers().firstValue("Location")).isPresent()
			.get()
			.asString()
			.doesNotContain("error");
	}

	@Test
	void theVerifyPageAnswers429WithRetryAfterOverTheLimitPerAddress() throws Exception {
		int ok = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 40; i++) {
			// one client behind the proxy (forward headers are honoured from 127.0.0.1)
			last = get("/verify/AAAA-BBBB-CCCC-DDDD", "X-Forwarded-For", "203.0.113.7");
			if (last.statusCode() == 429) {
				break;
			}
			ok++;
		}
		assertThat(ok).as("verifications before the limit").isEqualTo(30);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertNoLeak(429, last.body(), "rate limited verify page");
		assertThat(get("/verify/AAAA-BBBB-CCCC-DDDD", "X-Forwarded-For", "203.0.113.8").statusCode())
			.as("another client")
			.isEqualTo(200);
	}

}

package nl.ambtenaaronline.training.certificate;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public verify page over HTTP, anonymously: what it shows and what not, languages,
 * neutral answers, escaping, caching, no session, the rate limit and CSRF.
 */
@IntegrationTest
class VerifyControllerTest {

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	WebApplicationContext context;

	@Autowired
	CertificateService certificates;

	MockMvc mvc;

	/** A client address of its own per test, so rate limits do not meet. */
	String address;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		address = "198.51.100." + addresses.incrementAndGet();
	}

	RequestPostProcessor client() {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void theVerifyPageCarriesEverySecurityHeaderTheApplicationsChainWrites() throws Exception {
		RequestPostProcessor secure = request -> {
			request.setSecure(true);
			request.setRemoteAddr(address);
			return request;
		};
		MockHttpServletResponse elsewhere = mvc.perform(get("/actuator/health").with(secure)).andReturn().getResponse();
		List<String> written = elsewhere.getHeaderNames()
			.stream()
			// Pragma and Expires go with the chain's Cache-Control, which the verify page
			// replaces with its own
			.filter(name -> !List.of("Content-Type", "Content-Length", "Vary", "Pragma", "Expires").contains(name))
			.toList();
		assertThat(written).contains("X-XSS-Protection", "Strict-Transport-Security", "Cache-Control");
		for (String path : List.of("/verify", "/verify/AAAA-BBBB-CCCC-DDDD")) {
			MockHttpServletResponse verify = mvc.perform(get(path).with(secure)).andReturn().getResponse();
			assertThat(verify.getHeaderNames()).as(path).containsAll(written);
		}
		// the verify page's own caching rules stay
		assertThat(mvc.perform(get("/verify").with(secure)).andReturn().getResponse().getHeader("Cache-Control"))
			.contains("public");
	}

	@Test
	void anonymousVisitorsGetTheFormInDutchWithALabelledFieldAndNoSession() throws Exception {
		MvcResult result = mvc.perform(get("/verify").with(client())).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		assertThat(html).contains("<html lang=\"nl\">", "<h1>Certificaat controleren</h1>",
				"<label for=\"code\">Verificatiecode</label>", "aria-describedby=\"code-help\"",
				"href=\"/styles/ambtenaar.css\"", "src=\"/images/city-mark.svg\"", "Gemeente Amsterdam",
				"method=\"get\" action=\"/verify\"", "lang=\"en\" hreflang=\"en\"",
				// the demo says it is one here too
				"<span class=\"ao-environment\" id=\"environment-label\">Demo-omgeving · verzonnen gegevens</span>");
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void theQrAddressOfAValidCertificateShowsGeldigTotAndNothingBeyondThePublicFields() throws Exception {
		CertificateSummary valid = demo(CertificateStatus.VALID);
		Verification.Found found = (Verification.Found) certificates.verify(valid.verificationCode());
		MockHttpServletResponse response = mvc.perform(get("/verify/" + valid.verificationCode()).with(client()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String html = response.getContentAsString();
		assertThat(html).contains("Geldig tot " + CertificatePdfRenderer.date(valid.validUntil(), Locale.of("nl")),
				// a certificate carried over from before the application (as the demo's)
				// says
				// so instead of naming a version
				valid.courseTitle().nl() + (valid.carriedOver() ? " (klassikaal of eerder vastgelegd)"
						: " (versie " + valid.courseVersion() + ")"),
				CertificatePdfRenderer.date(valid.completedOn(), Locale.of("nl")), found.holder(), "role=\"status\"");
		String firstName = valid.holderName().split(" ")[0];
		assertThat(html).doesNotContain(valid.holderName(), firstName + " ", valid.number(), "employee",
				Long.toString(valid.employeeId()) + "<");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=30", "private");
	}

	@Test
	void englishComesWithLangOrAnEnglishBrowser() throws Exception {
		CertificateSummary valid = demo(CertificateStatus.VALID);
		String byParameter = mvc.perform(get("/verify/" + valid.verificationCode()).param("lang", "en").with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String byBrowser = mvc
			.perform(get("/verify/" + valid.verificationCode()).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8")
				.with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String html : List.of(byParameter, byBrowser)) {
			assertThat(html).contains("<html lang=\"en\">",
					"Valid until " + CertificatePdfRenderer.date(valid.validUntil(), Locale.ENGLISH),
					valid.courseTitle().en());
		}
	}

	@Test
	void expiredSupersededAndRevokedAllReadNotValidWithoutAReason() throws Exception {
		for (CertificateStatus status : List.of(CertificateStatus.EXPIRED, CertificateStatus.SUPERSEDED,
				CertificateStatus.REVOKED)) {
			CertificateSummary certificate = demo(status);
			String html = mvc.perform(get("/verify/" + certificate.verificationCode()).with(client()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(status.name()).contains("Niet geldig", "ao-verify-invalid");
			assertThat(html).as(status.name())
				.doesNotContain("Verlopen", "Vervangen", "Ingetrokken", "verkeerde persoon", "Geldig tot");
		}
	}

	@Test
	void anUnknownCodeGetsOneNeutralAnswerAndAMalformedOneAClearMessage() throws Exception {
		String unknown = mvc.perform(get("/verify/7KQ2-M9XD-4TRA-0BWE").with(client()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("Niet geldig of onbekend", "ao-verify-unknown").doesNotContain("Geldig tot");

		String malformed = mvc.perform(get("/verify").param("code", "<script>alert(1)</script>").with(client()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(malformed).contains("Dit is geen verificatiecode", "aria-invalid=\"true\"",
				"&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(malformed).doesNotContain("<script>");
	}

	@Test
	void theFormsCodeParameterVerifiesLikeTheQrAddress() throws Exception {
		CertificateSummary valid = demo(CertificateStatus.VALID);
		String html = mvc
			.perform(get("/verify").param("code", valid.verificationCode().toLowerCase(Locale.ROOT)).with(client()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Geldig tot");
	}

	@Test
	void thirtyVerificationsAMinutePerAddressThenTooManyRequestsWhileOtherAddressesGoOn() throws Exception {
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/verify/7KQ2-M9XD-4TRA-0BWE").with(client())).andExpect(status().isOk());
		}
		MockHttpServletResponse limited = mvc.perform(get("/verify/7KQ2-M9XD-4TRA-0BWE").with(client()))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse();
		assertThat(limited.getContentAsString()).contains("Te veel controles");
		assertThat(limited.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(limited.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		address = address + "1";
		mvc.perform(get("/verify/7KQ2-M9XD-4TRA-0BWE").with(client())).andExpect(status().isOk());
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/verify").param("code", "7KQ2-M9XD-4TRA-0BWE").with(client()))
			.andExpect(status().isForbidden());
	}

	private CertificateSummary demo(CertificateStatus status) {
		return SystemAuthentication.call(() -> certificates.search("", 0, 1000))
			.stream()
			.filter(certificate -> certificate.status() == status && certificate.courseId().equals("social-media"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo certificate " + status));
	}

}

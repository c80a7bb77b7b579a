package nl.ambtenaaronline.training.operations;

import jakarta.servlet.Filter;
import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /actuator/prometheus}: refused without the metrics user (also to an
 * administrator of the application), and with it the figures the city watches.
 */
@IntegrationTest
class MetricsEndpointTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		Filter observation = context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.map(FilterRegistrationBean::getFilter)
			.filter(ServerHttpObservationFilter.class::isInstance)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no request observation filter (request latency)"));
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(observation).apply(springSecurity()).build();
	}

	@Test
	void theMetricsAreNotPublicNorOpenToApplicationAccounts() throws Exception {
		assertThat(status(get("/actuator/prometheus"))).isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").with(user(users.loadUserByUsername("beheerder"))))).isIn(401,
				403);
		assertThat(status(get("/actuator/prometheus").with(httpBasic("prometheus", "wrong-password-of-16"))))
			.isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").with(httpBasic("beheerder", "demo-wachtwoord-2026"))))
			.isEqualTo(401);
	}

	@Test
	void theMetricsUserReadsTheFiguresTheCityWatches() throws Exception {
		// one request first, so that its latency is measured
		mvc.perform(get("/actuator/health")).andReturn();
		var response = mvc
			.perform(get("/actuator/prometheus").with(httpBasic("prometheus", IntegrationTest.METRICS_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("ao_sessions_active", "ao_answers_stored_total",
				"ao_logins_total{", "result=\"success\"", "result=\"failure\"", "ao_mail_queue", "ao_events_incomplete",
				"ao_events_exhausted", "ao_audit_chain_intact", "ao_audit_chain_check_age_seconds",
				"http_server_requests_seconds_bucket", "uri=\"/actuator/health\"");
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}

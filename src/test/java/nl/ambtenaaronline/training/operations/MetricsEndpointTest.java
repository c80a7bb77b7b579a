package nl.ambtenaaronline.training.operations;

import jakarta.servlet.Filter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.learning.ScenarioState;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
	Learners learners;

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	MeterRegistry registry;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

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

	@Test
	void theHealthChecksAreOpenAndSignInsAreCounted() throws Exception {
		assertThat(status(get("/actuator/health/readiness"))).isEqualTo(200);
		assertThat(status(get("/actuator/health/liveness"))).isEqualTo(200);
		double success = registry.get("ao.logins").tag("result", "success").counter().count();
		double failure = registry.get("ao.logins").tag("result", "failure").counter().count();

		String learner = learners.create("logins");
		mvc.perform(formLogin("/login").user(learner).password(Learners.PASSWORD)).andReturn();
		mvc.perform(formLogin("/login").user(learner).password("not-the-password")).andReturn();

		assertThat(registry.get("ao.logins").tag("result", "success").counter().count()).isEqualTo(success + 1);
		assertThat(registry.get("ao.logins").tag("result", "failure").counter().count()).isEqualTo(failure + 1);
	}

	@Test
	void everyScenarioChoiceALearnerMakesCountsAsAnAnswerStored() {
		String learner = learners.create("metrics");
		Course course = contents.current("social-media").orElseThrow();
		Scenario scenario = course.scenarios().get(0);
		double before = registry.get("ao.answers.stored").counter().count();

		ScenarioState state = learners.as(learner, () -> Learners.play(learning, course, scenario, true));

		assertThat(registry.get("ao.answers.stored").counter().count() - before).isEqualTo(state.choices().size());
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}

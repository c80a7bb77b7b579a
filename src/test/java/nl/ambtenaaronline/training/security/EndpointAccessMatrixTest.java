package nl.ambtenaaronline.training.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every MVC endpoint (the {@code @Controller} and {@code @RestController} mappings, read
 * from Spring's handler mapping) × every persona, through the whole security filter
 * chain: only the intended combinations reach the controller. A mapping missing from
 * {@link #MATRIX} fails {@link #everyEndpointIsInTheMatrix()} with the row to add.
 */
@IntegrationTest
class EndpointAccessMatrixTest {

	static final List<String> PERSONAS = AccessMatrixTest.PERSONAS;

	/** A request to make and who gets through (1) or is refused (0), per PERSONAS. */
	record Endpoint(String sampleUrl, String access) {
	}

	/** Mapping as Spring prints it ("{GET [/verify]}") → the request and who may. */
	static final Map<String, Endpoint> MATRIX = Map.ofEntries(
	// @formatter:off
			// the public certificate check (QR code on the PDF)
			Map.entry("{GET [/verify]}",                    new Endpoint("/verify",                          "111111")),
			Map.entry("{GET [/verify/{code}]}",             new Endpoint("/verify/ABCD-EFGH-JKLM-NPQR",      "111111")),
			// lesson images: every signed-in user
			Map.entry("{GET [/course-images/{courseId}/{version}/{*path}]}",
					new Endpoint("/course-images/social-media/1.0.0/logo.svg", "011111")),
			// the HR system's completion feed: only a feed client's bearer token, never a person
			Map.entry("{GET [/api/hr-feed/events], produces [application/json]}",
					new Endpoint("/api/hr-feed/events", "000000")),
			// Spring Boot's error endpoint: reached only by the container's error dispatch,
			// a request of its own is refused
			Map.entry("{ [/error]}",                        new Endpoint("/error",                           "000000")),
			Map.entry("{ [/error], produces [text/html]}",  new Endpoint("/error",                           "000000"))
	// @formatter:on
	);

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> endpoints.add(info.toString()));
		return endpoints;
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		List<String> missing = endpoints().stream()
			.filter(endpoint -> !MATRIX.containsKey(endpoint))
			.map(endpoint -> "in EndpointAccessMatrixTest.MATRIX: Map.entry(\"" + endpoint
					+ "\", new Endpoint(\"<a URL it answers>\", \"<" + PERSONAS + " as 0/1>\"))")
			.toList();
		assertThat(missing).as("endpoints to add").isEmpty();
		assertThat(MATRIX.keySet()).as("rows without an endpoint").isSubsetOf(endpoints());
	}

	@Test
	void everyPersonaReachesExactlyTheEndpointsTheMatrixAllows() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var row : MATRIX.entrySet()) {
			for (int column = 0; column < PERSONAS.size(); column++) {
				String persona = PERSONAS.get(column);
				MockHttpServletRequestBuilder request = get(row.getValue().sampleUrl());
				if (!persona.equals("anonymous")) {
					request = request.with(user(users.loadUserByUsername(persona)));
				}
				MvcResult result = mvc.perform(request).andReturn();
				int status = result.getResponse().getStatus();
				boolean refused = status == 401 || status == 403
						|| status == 302 && String.valueOf(result.getResponse().getRedirectedUrl()).contains("login");
				boolean expected = row.getValue().access().charAt(column) == '1';
				if (refused == expected) {
					wrong.add(persona + " " + row.getValue().sampleUrl() + ": expected "
							+ (expected ? "through" : "refused") + ", got " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

}

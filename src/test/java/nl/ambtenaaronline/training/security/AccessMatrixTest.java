package nl.ambtenaaronline.training.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × every persona: only the intended combinations open the view. A route that
 * is missing from {@link #MATRIX} fails the test, so each new screen must be added here.
 */
class AccessMatrixTest {

	/** Personas in the order of the columns below. */
	static final List<String> PERSONAS = List.of("anonymous", "medewerker", "manager", "hr", "beheerder", "auditor");

	/**
	 * Route template → which personas may open it (1) or not (0), in the order of
	 * PERSONAS.
	 */
	static final Map<String, String> MATRIX = Map.ofEntries(
	// @formatter:off
			Map.entry("login",                                  "111111"),
			Map.entry("",                                       "011111"),
			Map.entry("change-password",                        "011111"),
			Map.entry("second-factor",                          "011111"),
			Map.entry("sign-in-refused",                        "111111"),
			Map.entry("course/:courseId",                       "011111"),
			Map.entry("course/:courseId/lesson/:lessonId",      "011111"),
			Map.entry("course/:courseId/scenario/:scenarioId",  "011111"),
			Map.entry("course/:courseId/assessment",            "011111"),
			Map.entry("assignments",                            "000110"),
			Map.entry("roster",                                 "000110"),
			Map.entry("roster/import",                          "000110"),
			Map.entry("admin/accounts",                         "000010"),
			Map.entry("admin/content",                          "000010"),
			Map.entry("audit",                                  "000011"),
			Map.entry("admin/access-review",                    "000011"),
			Map.entry("governance/privacy-pack",                "000111"),
			Map.entry("settings",                               "000110"),
			Map.entry("certificates",                           "011111"),
			Map.entry("certificates/all",                       "000111"),
			Map.entry("privacy",                                "111111"),
			Map.entry("my-data",                                "011111"),
			Map.entry("admin/destruction-records",              "000011"),
			Map.entry("reminders",                              "000111"),
			Map.entry("admin/sent-mail",                        "000010"),
			Map.entry("admin/events",                           "000010"),
			Map.entry("admin/integrations",                     "000010"),
			Map.entry("snapshots",                              "000111"),
			Map.entry("analytics",                              "000110"),
			Map.entry("analytics/team-conversation",            "001110"),
			Map.entry("reports",                                "000111"),
			Map.entry("reports/person/:employeeId",             "000111"),
			Map.entry("team",                                   "001000"),
			Map.entry("accessibility",                          "111111"),
			// the first-run set-up: gone once an administrator exists (FirstRunPostgresTest)
			Map.entry("setup",                                  "000000")
	// @formatter:on
	);

	/** Route parameters used to open routes with a template. */
	static final Map<String, String> PARAMETERS = Map.of(":courseId", "social-media", ":lessonId", "waarom-online",
			":scenarioId", "prive-post-eigen-beleid", ":employeeId", "1");

	static String path(String template) {
		String path = template;
		for (var parameter : PARAMETERS.entrySet()) {
			path = path.replace(parameter.getKey(), parameter.getValue());
		}
		return path;
	}

	abstract static class Persona extends SpringBrowserlessTest {

		abstract String persona();

		@Test
		void everyRouteIsInTheMatrix() {
			Set<String> routes = RouteConfiguration.forApplicationScope()
				.getAvailableRoutes()
				.stream()
				.map(RouteData::getTemplate)
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(MATRIX.keySet()).as("routes in the access matrix").containsExactlyInAnyOrderElementsOf(routes);
		}

		@Test
		void opensExactlyTheRoutesTheMatrixAllows() {
			int column = PERSONAS.indexOf(persona());
			for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
				boolean expected = MATRIX.get(route.getTemplate()).charAt(column) == '1';
				UI.getCurrent().navigate(path(route.getTemplate()));
				boolean opened = route.getNavigationTarget().isInstance(getCurrentView());
				assertThat(opened).as("%s opens /%s", persona(), route.getTemplate()).isEqualTo(expected);
			}
		}

	}

	@Nested
	@IntegrationTest
	@WithAnonymousUser
	class Anonymous extends Persona {

		@Override
		String persona() {
			return "anonymous";
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("medewerker")
	class Employee extends Persona {

		@Override
		String persona() {
			return "medewerker";
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("manager")
	class Manager extends Persona {

		@Override
		String persona() {
			return "manager";
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("hr")
	class Hr extends Persona {

		@Override
		String persona() {
			return "hr";
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("beheerder")
	class Admin extends Persona {

		@Override
		String persona() {
			return "beheerder";
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class Auditor extends Persona {

		@Override
		String persona() {
			return "auditor";
		}

	}

}

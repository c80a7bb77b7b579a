package nl.ambtenaaronline.training.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.MockIdentityProvider;
import nl.ambtenaaronline.training.security.OidcTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in with the city's account in a real browser, through the test identity
 * provider and back, and the logout that also ends the provider's session. This class
 * runs in the OIDC application ({@link OidcTest}), not the shared browser application,
 * because OIDC needs its settings at start-up.
 */
@OidcTest
class OidcJourneyTest extends BrowserTest {

	@Autowired
	EmployeeService employees;

	@Test
	void anEmployeeSignsInWithTheCityAccountAsHrAndSignsOutAtTheProviderToo() throws Exception {
		SystemAuthentication.run(() -> employees.create(new NewEmployee("T-browser-oidc", "Iris", null, "Browser",
				"iris.browser@test.example", "PO", null, LocalDate.of(2021, 3, 1), null, WorkerType.EMPLOYEE, null)));

		page.navigate(url("login"));
		Locator button = page.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Inloggen met je gemeente-account"));
		assertThat(button).isVisible();
		assertThat(page.getByText("Noodtoegang: lokaal account")).isVisible();
		assertAccessible("the login page with the city account");

		MockIdentityProvider.nextSignIn("sub-browser", Map.of("email", "iris.browser@test.example", "email_verified",
				true, "groups", List.of("gg-training-hr")));
		button.click();
		page.locator("#logout").waitFor();
		// HR lands on "Actie nodig" and the reports (once per session)
		assertThat(page.locator("h1")).hasText("Actie nodig en rapportages");
		assertThat(page.locator(".ao-user-name")).hasText("Iris Browser");
		assertThat(page.locator("vaadin-side-nav-item[path='roster']")).hasCount(1);
		assertAccessible("the start page after the city sign-in");

		providerRequests(); // forget the requests of the sign-in
		page.locator("#logout").click();
		page.waitForURL("**/login?logout");
		assertThat(page.getByText("Je bent uitgelogd.")).isVisible();
		assertThat(providerRequests()).as("requests to the provider on logout")
			.anyMatch(path -> path.endsWith("/endsession"));
	}

	/** The paths the provider was asked for since the last call. */
	private static List<String> providerRequests() {
		List<String> paths = new ArrayList<>();
		while (true) {
			try {
				paths.add(MockIdentityProvider.server()
					.takeRequest(200, TimeUnit.MILLISECONDS)
					.getRequestUrl()
					.encodedPath());
			}
			catch (RuntimeException noMore) {
				return paths;
			}
		}
	}

	@Test
	void someoneWhoIsNotInTheRosterSeesWhomToContact() {
		MockIdentityProvider.nextSignIn("sub-stranger", Map.of("email", "stranger@elsewhere.example"));
		page.navigate(url("login"));
		page.locator("#oidc-login").click();
		page.waitForURL("**/sign-in-refused?reason=not-in-roster");
		assertThat(page.locator("h1")).hasText("Inloggen is niet gelukt");
		assertThat(page.locator("#refused-contact")).containsText("Servicedesk P&O, telefoon 020 555 0100");
		assertAccessible("the refusal page");
	}

}

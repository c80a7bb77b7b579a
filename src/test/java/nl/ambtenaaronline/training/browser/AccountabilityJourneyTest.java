package nl.ambtenaaronline.training.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The accountability screens in a real browser, each checked with axe: the access review
 * with its notices, the audit log with exports and date filters, the privacy pack.
 */
class AccountabilityJourneyTest extends BrowserTest {

	@Test
	void anAdministratorSeesTheNoticesAndReadsTheAccountabilityScreens() {
		logIn("beheerder");
		page.navigate(url("admin/access-review"));
		page.locator("#holdings").waitFor();
		assertThat(page.locator("#user-notices")).isVisible();
		assertAccessible("the access review with the notices");

		page.navigate(url("audit"));
		page.locator("#export-jsonl").waitFor();
		assertAccessible("the audit log with exports and filters");

		page.navigate(url("governance/privacy-pack"));
		page.locator("#table-inventory").waitFor();
		assertThat(page.locator("#table-routes")).containsText("/admin/access-review");
		assertAccessible("the privacy pack");
	}

	@Test
	void anAuditorReadsTheAccessReviewWithoutSigningOff() {
		logIn("auditor");
		page.navigate(url("admin/access-review"));
		page.locator("#holdings").waitFor();
		assertThat(page.locator("#review-sign-off")).hasCount(0);
		assertAccessible("the access review for an auditor");
	}

}

package nl.ambtenaaronline.training.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR in a real browser on the compliance snapshots and the misconception analytics: the
 * demo snapshot is there with its totals, a new one is taken (confirmed if the screen
 * asks) and verified; analytics shows the demo learners' figures. axe on every screen.
 */
class ReportingSnapshotsJourneyTest extends BrowserTest {

	@Test
	void hrTakesAndVerifiesASnapshotAndReadsTheMisconceptions() {
		logIn("hr");
		page.navigate(url("snapshots"));
		page.locator("#snapshot-totals").waitFor();
		assertAccessible("the snapshots page with the demo snapshot");
		page.locator("#snapshot-create").click();
		// the browser tests share one database with every other test, which adds people
		// who
		// do not count: when the snapshot would be nearly empty the screen asks first
		page.locator("#snapshot-confirm-empty-yes, #snapshot-status:has-text('gemaakt')").first().waitFor();
		if (page.locator("#snapshot-confirm-empty-yes").isVisible()) {
			assertAccessible("the confirmation of a nearly empty snapshot");
			page.locator("#snapshot-confirm-empty-yes").click();
		}
		assertThat(page.locator("#snapshot-status")).containsText("gemaakt");
		page.locator("[id^=snapshot-verify-]").first().click();
		assertThat(page.locator("#snapshot-status")).containsText("klopt");
		assertAccessible("a verified snapshot");

		page.navigate(url("analytics"));
		page.locator("#analytics-rules").waitFor();
		assertThat(page.locator("#analytics-status")).containsText("10 personen");
		assertAccessible("the misconception analytics");
	}

}

package nl.ambtenaaronline.training.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The axe check of the browser tests catches what it is meant to catch. */
class AxeRulesTest extends BrowserTest {

	@Test
	void aLinkWhoseNameIsNotItsVisibleTextAndContentOutsideLandmarksFail() {
		page.setContent("""
				<!doctype html><html lang="nl"><head><title>t</title></head><body>
				<div><a href="/" aria-label="Startpagina">Ambtenaar Online</a></div>
				<main><h1>Kop</h1><p>Tekst</p></main>
				</body></html>
				""");

		assertThat(accessibilityViolations(page)).anyMatch(rule -> rule.startsWith("label-content-name-mismatch"))
			.anyMatch(rule -> rule.startsWith("region (moderate)"));
	}

	@Test
	void thatPageMadeRightPasses() {
		page.setContent("""
				<!doctype html><html lang="nl"><head><title>t</title></head><body>
				<header><a href="/">Gemeente Ambtenaar</a></header>
				<main><h1>Kop</h1><p>Tekst</p></main>
				</body></html>
				""");

		assertThat(accessibilityViolations(page)).isEmpty();
	}

}

package nl.ambtenaaronline.training.shell;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet the application serves parses as CSS without a single error and
 * without a rule nested inside another; the failures name file and line.
 */
class StylesheetsTest {

	private static final Path SERVED = Path.of("src/main/resources/META-INF/resources");

	@Test
	void everyServedStylesheetParsesWithoutErrorsOrNesting() {
		assertThat(StylesheetCheck.stylesheetsUnder(SERVED)).as("stylesheets under " + SERVED).isNotEmpty();
		assertThat(StylesheetCheck.problemsUnder(SERVED)).as("CSS problems (file:line:column)").isEmpty();
	}

	@Test
	void aBlockLeftOpenIsReportedAtTheRuleSwallowedByIt() {
		String css = """
				.a {
				  color: red;
				}

				.downloads {
				  display: flex;
				/* --- next part --- */
				.bar {
				  width: 1rem;
				}
				""";

		assertThat(StylesheetCheck.problems("broken.css", css)).isNotEmpty()
			.first()
			.asString()
			.startsWith("broken.css:8:");
	}

	@Test
	void aBlockLeftOpenAtTheEndIsReported() {
		String css = """
				.a {
				  color: red;
				""";

		assertThat(StylesheetCheck.problems("open.css", css)).isNotEmpty().first().asString().startsWith("open.css:");
	}

	@Test
	void anIntendedNestedRuleIsReportedToo() {
		String css = """
				.card {
				  padding: 1rem;
				  & .title { font-weight: bold; }
				}
				""";

		assertThat(StylesheetCheck.problems("nested.css", css)).isNotEmpty()
			.first()
			.asString()
			.startsWith("nested.css:3:");
	}

	@Test
	void aSyntaxErrorInADeclarationIsReportedWithItsLine() {
		String css = """
				.a {
				  color: red;
				}
				.b {
				  color red;
				}
				""";

		assertThat(StylesheetCheck.problems("syntax.css", css)).isNotEmpty()
			.first()
			.asString()
			.startsWith("syntax.css:5:");
	}

	@Test
	void rulesInsideAMediaQueryAreFine() {
		String css = """
				@media (max-width: 600px) {
				  .a { color: red; }
				  .b { margin: 0; }
				}
				.c:hover { color: blue; }
				""";

		assertThat(StylesheetCheck.problems("fine.css", css)).isEmpty();
	}

}

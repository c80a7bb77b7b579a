package nl.ambtenaaronline.training.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement publishes what the browser tests walk
 * ({@code src/main/resources/accessibility/checks.properties}): the axe-core version, its
 * tags and extra rules, and per walk the screens checked. A test class that walked some
 * of them compares its lists here; when they differ the check fails and writes the list
 * as it should be to {@code target/accessibility-checks.properties}.
 */
final class AccessibilityStatement {

	private AccessibilityStatement() {
	}

	static void assertListed(Map<String, String> walked) throws IOException {
		if (walked.isEmpty()) {
			return;
		}
		Map<String, String> published = published();
		Map<String, String> expected = new LinkedHashMap<>(published);
		expected.putAll(walked);
		StringBuilder lines = new StringBuilder();
		expected.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
		Path written = Path.of("target", "accessibility-checks.properties");
		Files.writeString(written, lines.toString(), StandardCharsets.UTF_8);
		String pom = Files.readString(Path.of("pom.xml"));
		assertThat(pom).as("axe-core in checks.properties and pom.xml")
			.contains("<axe-core.version>" + published.get("axe-core") + "</axe-core.version>");
		assertThat(published.get("wcag-tags")).as("wcag-tags in checks.properties")
			.isEqualTo(String.join(",", BrowserTest.AXE_TAGS));
		assertThat(published.get("extra-rules")).as("extra-rules in checks.properties")
			.isEqualTo(String.join(",", BrowserTest.AXE_EXTRA_RULES));
		walked.forEach((key, value) -> assertThat(published.get(key))
			.as("%s in src/main/resources/accessibility/checks.properties (the walked list is in %s)", key, written)
			.isEqualTo(value));
	}

	private static Map<String, String> published() throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		try (InputStream in = AccessibilityStatement.class.getResourceAsStream("/accessibility/checks.properties")) {
			assertThat(in).as("src/main/resources/accessibility/checks.properties").isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
					values.put(line.substring(0, line.indexOf('=')).trim(),
							line.substring(line.indexOf('=') + 1).trim());
				}
			}
		}
		return values;
	}

}

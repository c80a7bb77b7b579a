package nl.ambtenaaronline.training.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every retention rule's name has a label in Dutch and in English, so the destruction
 * record never shows an auditor a bare code. The names are read from the sources: what
 * {@code name()} returns in each class that implements {@code RetentionRule}.
 */
class RetentionRuleLabelsTest {

	private static final Pattern NAME = Pattern
		.compile("public\\s+String\\s+name\\(\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"\\s*;");

	@Test
	void everyRetentionRuleHasADutchAndAnEnglishLabel() throws IOException {
		Set<String> rules = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (source.contains("RetentionRule")) {
					Matcher name = NAME.matcher(source);
					while (name.find()) {
						rules.add(name.group(1));
					}
				}
			}
		}
		assertThat(rules).as("the scan finds the rules")
			.contains("learning-answers-after-passing", "learning-attempts", "certificate-holder-after-leaving",
					"audit-event-personal-fields", "roster-after-leaving")
			.hasSizeGreaterThanOrEqualTo(11);
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			Properties labels = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(rules.stream().filter(rule -> !labels.containsKey("privacy.destruction.rule." + rule)).toList())
				.as("rules without privacy.destruction.rule.<name> in " + bundle)
				.isEmpty();
		}
	}

}

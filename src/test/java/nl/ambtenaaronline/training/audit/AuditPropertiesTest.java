package nl.ambtenaaronline.training.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditPropertiesTest {

	private static AuditProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("app.audit", AuditProperties.class);
	}

	@Test
	void withoutAKeyNothingIsAnchored() {
		assertThat(bind(Map.of()).anchorKey()).isEmpty();
	}

	@Test
	void theAnchorKeyIsReadFromAppAuditAnchorKey() {
		String key = "a-key-of-at-least-thirty-two-characters";
		assertThat(bind(Map.of("app.audit.anchor-key", key)).anchorKey()).isEqualTo(key);
	}

	@Test
	void aShortAnchorKeyStopsStartUpWithTheRuleItBreaks() {
		assertThatThrownBy(() -> bind(Map.of("app.audit.anchor-key", "too-short"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessage("app.audit.anchor-key must be at least 32 characters");
	}

	@Test
	void theKeyNeverAppearsInTheTextOfTheSettings() {
		String key = "a-key-of-at-least-thirty-two-characters";
		assertThat(bind(Map.of("app.audit.anchor-key", key)).toString()).doesNotContain(key).contains("(set)");
	}

}

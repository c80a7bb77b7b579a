package nl.ambtenaaronline.training.security.password;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPropertiesTest {

	private static LoginProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("app.login", LoginProperties.class);
	}

	@Test
	void withoutSettingsSignInUsesTheDocumentedDefaults() {
		assertThat(bind(Map.of())).isEqualTo(new LoginProperties(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(30),
				Duration.ofHours(1), Duration.ofHours(72)));
	}

	@Test
	void eachSettingIsReadFromAppLogin() {
		LoginProperties properties = bind(Map.of("app.login.max-failures", "3", "app.login.max-failures-per-address",
				"50", "app.login.lock-duration", "2m", "app.login.max-lock-duration", "1h", "app.login.failure-decay",
				"15m", "app.login.one-time-password-validity", "24h"));
		assertThat(properties).isEqualTo(new LoginProperties(3, 50, Duration.ofMinutes(2), Duration.ofHours(1),
				Duration.ofMinutes(15), Duration.ofHours(24)));
	}

}

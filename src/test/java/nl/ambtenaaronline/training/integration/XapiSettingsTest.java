package nl.ambtenaaronline.training.integration;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The xAPI settings refuse a wrong combination at start-up, with a message that says
 * what.
 */
class XapiSettingsTest {

	static IntegrationProperties.Xapi xapi(@Nullable String endpoint, @Nullable String username,
			@Nullable String password, @Nullable String tokenEndpoint, @Nullable String clientId,
			@Nullable String clientSecret) {
		return new IntegrationProperties.Xapi(true, endpoint, username, password, null, 50, 10, Duration.ofMinutes(1),
				Duration.ofHours(6), Duration.ofSeconds(30), tokenEndpoint, clientId, clientSecret, null);
	}

	@Test
	void basicAuthOrOauthClientCredentialsOrNeitherAreAccepted() {
		assertThat(xapi("https://lrs.example.nl/xapi", "u", "p", null, null, null).oauth()).isFalse();
		assertThat(xapi("https://lrs.example.nl/xapi", null, null, "https://login.example.nl/token", "ao", "geheim")
			.oauth()).isTrue();
		assertThat(xapi("https://lrs.example.nl/xapi", null, null, null, null, null).oauth()).isFalse();
		assertThat(xapi(null, null, null, null, null, null).lrsEndpoint()).as("recording for the export only").isNull();
	}

	@Test
	void wrongCombinationsAreRefusedWithTheSettingToFix() {
		assertThatThrownBy(() -> xapi("lrs.example.nl", null, null, null, null, null))
			.hasMessageContaining("lrs-endpoint must be an http(s) address");
		assertThatThrownBy(() -> xapi("https://lrs.example.nl/xapi", "u", null, null, null, null))
			.hasMessageContaining("username and password go together");
		assertThatThrownBy(
				() -> xapi("https://lrs.example.nl/xapi", null, null, "https://login.example.nl/token", "ao", null))
			.hasMessageContaining("token-endpoint needs client-id and client-secret");
		assertThatThrownBy(() -> xapi("https://lrs.example.nl/xapi", null, null, null, "ao", "geheim"))
			.hasMessageContaining("client-id and client-secret need token-endpoint");
		assertThatThrownBy(
				() -> xapi("https://lrs.example.nl/xapi", null, null, "login.example.nl/token", "ao", "geheim"))
			.hasMessageContaining("token-endpoint must be an http(s) address");
		assertThatThrownBy(
				() -> xapi("https://lrs.example.nl/xapi", "u", "p", "https://login.example.nl/token", "ao", "geheim"))
			.hasMessageContaining("not both");
	}

}

package nl.ambtenaaronline.training.shared;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicBaseUrlCheckTest {

	private static AppProperties app(String url) {
		return new AppProperties("Gemeente Amsterdam", url, Duration.ofMinutes(30), Duration.ofHours(10));
	}

	@Test
	void anInstallationWithTheLocalDefaultAddressRefusesToStartAndSaysWhatToSet() {
		assertThatThrownBy(() -> new PublicBaseUrlCheck(app("http://localhost:8080"), new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_PUBLIC_BASE_URL")
			.hasMessageContaining("http://localhost:8080");
		for (String local : new String[] { "http://127.0.0.1:18700", "https://[::1]/", "http://app.localhost", "",
				"training.example.nl", "ftp://training.example.nl" }) {
			assertThatThrownBy(() -> new PublicBaseUrlCheck(app(local), new MockEnvironment())).as(local)
				.isInstanceOf(IllegalStateException.class);
		}
	}

	@Test
	void aPublicAddressStartsAndTheDemoAndLoadTestStartOnLocalhost() {
		assertThatCode(() -> new PublicBaseUrlCheck(app("https://training.example.nl"), new MockEnvironment()))
			.doesNotThrowAnyException();
		assertThatCode(() -> new PublicBaseUrlCheck(app("http://10.1.2.3:8080"), new MockEnvironment()))
			.doesNotThrowAnyException();
		for (String profile : new String[] { "demo", "loadtest" }) {
			MockEnvironment environment = new MockEnvironment();
			environment.setActiveProfiles(profile);
			assertThatCode(() -> new PublicBaseUrlCheck(app("http://localhost:8080"), environment)).as(profile)
				.doesNotThrowAnyException();
		}
		assertThat(PublicBaseUrlCheck.isLocal("https://training.example.nl/")).isFalse();
	}

}

package nl.ambtenaaronline.training.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import nl.ambtenaaronline.training.shared.AppProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeFilterTest {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private final AppProperties properties = new AppProperties("Gemeente Amsterdam", "http://localhost:8080",
			Duration.ofMinutes(30), Duration.ofHours(10));

	@Test
	void aSessionEndsTenHoursAfterItStartedHoweverActiveItIs() throws Exception {
		MockHttpSession session = new MockHttpSession();
		request(session, NOW);
		request(session, NOW.plus(Duration.ofHours(9)).plusSeconds(3599));
		assertThat(session.isInvalid()).isFalse();
		request(session, NOW.plus(Duration.ofHours(10)).plusSeconds(1));
		assertThat(session.isInvalid()).isTrue();
	}

	private void request(MockHttpSession session, Instant at) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		new SessionLifetimeFilter(Clock.fixed(at, ZoneOffset.UTC), properties).doFilter(request,
				new MockHttpServletResponse(), new MockFilterChain());
	}

}

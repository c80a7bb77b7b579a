package nl.ambtenaaronline.training.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTest {

	@Test
	void aSecureRequestGetsStrictTransportSecurityAndAPlainOneDoesNot() throws Exception {
		MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/login");
		secure.setSecure(true);
		MockHttpServletResponse secureResponse = new MockHttpServletResponse();
		new SecurityHeadersFilter().doFilter(secure, secureResponse, new MockFilterChain());
		assertThat(secureResponse.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");

		MockHttpServletResponse plainResponse = new MockHttpServletResponse();
		new SecurityHeadersFilter().doFilter(new MockHttpServletRequest("GET", "/login"), plainResponse,
				new MockFilterChain());
		assertThat(plainResponse.getHeader("Strict-Transport-Security")).isNull();
		assertThat(plainResponse.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

}

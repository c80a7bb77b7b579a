package nl.ambtenaaronline.training.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ambtenaaronline.training.audit.AuditActor;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogContextTest {

	record Account(String auditId, String name) implements AuditActor {
	}

	@AfterEach
	void signOut() {
		SecurityContexts.strategy().clearContext();
	}

	@Test
	void everyLineOfARequestCarriesTheClientAddressAndTheAccountIdButNoName() throws Exception {
		var context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(new Account("account:42", "Noor van der Berg"), null, List.of()));
		SecurityContexts.strategy().setContext(context);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr("203.0.113.7");
		Map<String, String> during = new HashMap<>();

		new RequestLogContext().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> during.putAll(MDC.getCopyOfContextMap()));

		assertThat(during).containsEntry("client.address", "203.0.113.7").containsEntry("user.id", "account:42");
		assertThat(during.values()).noneMatch(value -> value.contains("Noor"));
		assertThat(MDC.get("client.address")).isNull();
		assertThat(MDC.get("user.id")).isNull();
	}

	@Test
	void anAnonymousRequestHasOnlyTheClientAddress() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.setRemoteAddr("198.51.100.3");
		Map<String, String> during = new HashMap<>();

		new RequestLogContext().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> during.putAll(MDC.getCopyOfContextMap()));

		assertThat(during).containsEntry("client.address", "198.51.100.3").doesNotContainKey("user.id");
	}

}

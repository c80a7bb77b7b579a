package nl.ambtenaaronline.training.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ambtenaaronline.training.audit.AuditActor;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's client address ({@code client.address}, behind the proxy the
 * forwarded one) and the signed-in account ({@code user.id}, e.g. {@code account:42};
 * never a name) into the log context (MDC) for every line logged while the request runs;
 * the JSON logs carry them as fields.
 */
class RequestLogContext extends OncePerRequestFilter {

	static final String CLIENT_ADDRESS = "client.address";

	static final String USER_ID = "user.id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MDC.put(CLIENT_ADDRESS, request.getRemoteAddr());
		Authentication authentication = SecurityContexts.authentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
			MDC.put(USER_ID, actor.auditId());
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(CLIENT_ADDRESS);
			MDC.remove(USER_ID);
		}
	}

}

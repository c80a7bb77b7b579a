package nl.ambtenaaronline.training.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.ambtenaaronline.training.security.account.AccountPrincipal;
import nl.ambtenaaronline.training.security.account.SessionRevocations;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose sign-in was revoked ({@link SessionRevocations}) before anything
 * else reads it: the session is invalidated, so the request goes on without a user and
 * the person signs in again, with the roles they hold now (a leaver cannot).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SessionRevocationFilter extends OncePerRequestFilter {

	private final SessionRevocations revocations;

	SessionRevocationFilter(SessionRevocations revocations) {
		this.revocations = revocations;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				if (session.getAttribute(
						HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
						&& context.getAuthentication() != null
						&& context.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
						&& revocations.revoked(principal)) {
					session.invalidate();
				}
			}
			catch (IllegalStateException alreadyInvalid) {
				// ended by another request meanwhile
			}
		}
		chain.doFilter(request, response);
	}

}

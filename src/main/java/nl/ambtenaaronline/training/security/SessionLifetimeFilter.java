package nl.ambtenaaronline.training.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.ambtenaaronline.training.shared.AppProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session after an absolute lifetime ({@code app.session-lifetime}, 10 hours),
 * however active it is: the first request of a session stamps it, and a request after the
 * lifetime finds the session invalidated before anything else reads it, so the user signs
 * in again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String STARTED = SessionLifetimeFilter.class.getName() + ".started";

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, AppProperties properties) {
		this.clock = clock;
		this.lifetime = properties.sessionLifetime();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant now = clock.instant();
			try {
				if (session.getAttribute(STARTED) instanceof Instant started) {
					if (started.plus(lifetime).isBefore(now)) {
						session.invalidate();
					}
				}
				else {
					session.setAttribute(STARTED, now);
				}
			}
			catch (IllegalStateException alreadyInvalid) {
				// ended by another request meanwhile
			}
		}
		chain.doFilter(request, response);
	}

}

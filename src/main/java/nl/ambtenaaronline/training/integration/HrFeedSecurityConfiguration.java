package nl.ambtenaaronline.training.integration;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.ambtenaaronline.training.shared.SecurityContexts;

/**
 * The HR feed endpoint ({@code /api/hr-feed/**}) for the HR system's clients only: a
 * bearer token per client, no session, no cookies (so no CSRF), read-only. No or an
 * unknown token: 401; a revoked token, or any method but GET: 403.
 */
@Configuration(proxyBeanMethods = false)
class HrFeedSecurityConfiguration {

	static final String PATH = "/api/hr-feed";

	@Bean
	@Order(9)
	SecurityFilterChain hrFeedSecurityFilterChain(HttpSecurity http, HrFeedService feed) throws Exception {
		http.securityMatcher(PATH, PATH + "/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PATH, PATH + "/**")
				.hasRole(HrFeedService.FEED_CLIENT)
				.anyRequest()
				.denyAll())
			.addFilterBefore(new TokenFilter(feed), BasicAuthenticationFilter.class)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			// the type options, frame options and the CSP come from the application's
			// filter for every response (as on the /verify chain); the chain keeps its
			// cache headers, so no page of the feed is cached
			.headers(headers -> headers.contentTypeOptions(options -> options.disable())
				.frameOptions(frame -> frame.disable()))
			.exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader("WWW-Authenticate", "Bearer realm=\"hr-feed\"");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}));
		return http.build();
	}

	/** Turns a client's bearer token into an authentication with the feed role only. */
	static final class TokenFilter extends OncePerRequestFilter {

		private final HrFeedService feed;

		TokenFilter(HrFeedService feed) {
			this.feed = feed;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				Optional<FeedClient> client = feed.clientOf(header.substring(7).strip());
				if (client.isPresent() && !client.get().active()) {
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
					return;
				}
				client
					.ifPresent(found -> SecurityContexts.strategy()
						.getContext()
						.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
								HrFeedService.principalOf(found), null,
								List.of(new SimpleGrantedAuthority("ROLE_" + HrFeedService.FEED_CLIENT)))));
			}
			chain.doFilter(request, response);
		}

	}

}

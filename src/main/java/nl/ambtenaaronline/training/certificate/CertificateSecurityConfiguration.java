package nl.ambtenaaronline.training.certificate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public verify page ({@code /verify}, {@code /verify/**}) for anyone, without a
 * login and without a session. The application's own chain denies paths that are not
 * Vaadin's, so this chain comes first and matches only the verify page. CSRF stays on:
 * the page only answers GET (the form too), so nothing needs a token. The response
 * headers are those of the application's chain.
 */
@Configuration(proxyBeanMethods = false)
class CertificateSecurityConfiguration {

	@Bean
	@Order(11)
	SecurityFilterChain verifySecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/verify", "/verify/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			// the chain's own headers (cache control where the page sets none,
			// X-XSS-Protection, HSTS) as on the application's chain; the type options,
			// frame options and the CSP come from SecurityHeadersFilter for every
			// response
			.headers(headers -> headers.contentTypeOptions(options -> options.disable())
				.frameOptions(frame -> frame.disable()));
		return http.build();
	}

}

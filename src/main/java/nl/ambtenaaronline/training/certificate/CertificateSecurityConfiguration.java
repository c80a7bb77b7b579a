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
 * the page only answers GET (the form too), so nothing needs a token.
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
			.headers(AbstractHttpConfigurer::disable);
		return http.build();
	}

}

package nl.ambtenaaronline.training.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web and method security. Views are denied unless annotated; service methods carry
 * {@code @RolesAllowed} or {@code @PermitAll} too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider authenticationProvider)
			throws Exception {
		http.authenticationProvider(authenticationProvider);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/images/**", "/styles/**", "/fonts/**")
			.permitAll());
		// X-Content-Type-Options, Referrer-Policy, X-Frame-Options and the CSP come from
		// SecurityHeadersFilter, for every response; the chain keeps its cache headers.
		http.headers(headers -> headers.contentTypeOptions(options -> options.disable())
			.frameOptions(frame -> frame.disable()));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(AccountUserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditService audit) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
		dao.setPasswordEncoder(passwordEncoder);
		return new ThrottlingAuthenticationProvider(dao, throttle, audit, passwordEncoder);
	}

}

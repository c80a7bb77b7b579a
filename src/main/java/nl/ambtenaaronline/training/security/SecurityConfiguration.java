package nl.ambtenaaronline.training.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.ui.LoginView;

import org.springframework.beans.factory.ObjectProvider;
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
 * {@code @RolesAllowed} or {@code @PermitAll} too. Local password login always; the
 * sign-in through the city's identity provider when {@code app.oidc.issuer-uri} is set
 * ({@link OidcConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider authenticationProvider,
			ObjectProvider<OidcConfiguration.OidcLogin> oidcLogin) throws Exception {
		http.authenticationProvider(authenticationProvider);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/images/**", "/styles/**", "/fonts/**")
			.permitAll()
			// the container's error dispatch renders the error page (a 500 stays a 500
			// instead of a redirect to the login); a request for /error itself is refused
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll());
		// X-Content-Type-Options, Referrer-Policy, X-Frame-Options and the CSP come from
		// SecurityHeadersFilter, for every response; the chain keeps its cache headers.
		http.headers(headers -> headers.contentTypeOptions(options -> options.disable())
			.frameOptions(frame -> frame.disable()));
		// Vaadin's configurer sets up one login: the password form of LoginView. The
		// sign-in
		// through the identity provider is added beside it (same login page), and its
		// logout
		// handler also ends the provider's session.
		OidcConfiguration.OidcLogin oidc = oidcLogin.getIfAvailable();
		if (oidc != null) {
			oidc.configure(http);
		}
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
			vaadin.loginView(LoginView.class);
			if (oidc != null) {
				vaadin.logoutSuccessHandler(oidc.logoutSuccessHandler());
			}
		});
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(AccountUserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditService audit, OidcProperties oidc,
			SecondFactors secondFactors) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
		dao.setPasswordEncoder(passwordEncoder);
		return new ThrottlingAuthenticationProvider(dao, throttle, audit, passwordEncoder, oidc, secondFactors);
	}

}

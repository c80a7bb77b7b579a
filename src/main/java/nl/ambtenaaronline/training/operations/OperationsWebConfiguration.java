package nl.ambtenaaronline.training.operations;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The metrics endpoint behind its own HTTP Basic user (nothing else of the application
 * accepts it), and the log context of every request.
 */
@Configuration(proxyBeanMethods = false)
class OperationsWebConfiguration {

	static final String METRICS = "METRICS";

	/** Before the application's chain, which matches every other request. */
	@Bean
	@Order(1)
	SecurityFilterChain metricsSecurity(HttpSecurity http, MetricsProperties properties) throws Exception {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<UserDetails> users = properties.password().length() < 16 ? List.of()
				: List.of(User.withUsername(properties.username())
					.password(encoder.encode(properties.password()))
					.authorities(METRICS)
					.build());
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
		provider.setPasswordEncoder(encoder);
		http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(METRICS))
			.httpBasic(Customizer.withDefaults())
			.authenticationManager(new ProviderManager(provider))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/** Right after Spring Security's filter, so that the signed-in account is known. */
	@Bean
	FilterRegistrationBean<RequestLogContext> requestLogContext() {
		FilterRegistrationBean<RequestLogContext> registration = new FilterRegistrationBean<>(new RequestLogContext());
		registration.setOrder(
				org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER
						+ 1);
		return registration;
	}

}

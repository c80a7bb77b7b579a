package nl.ambtenaaronline.training.security;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.DispatcherType;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.oidc.OidcConfiguration;
import nl.ambtenaaronline.training.security.oidc.OidcProperties;
import nl.ambtenaaronline.training.security.password.LoginThrottle;
import nl.ambtenaaronline.training.security.password.ThrottlingAuthenticationProvider;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactors;
import nl.ambtenaaronline.training.security.ui.LoginView;
import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
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
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll},
	 * {@code @DenyAll}) on every bean that is not a Vaadin component: the services. Views
	 * carry {@code @RolesAllowed} for Vaadin's navigation access control, which checks it
	 * on every navigation; with the default pointcut every view instance was also wrapped
	 * in a method-security proxy, which checked nothing the navigation had not and cost
	 * about 8% of the CPU under load (the proxy is built per view instance).
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor jsr250MethodSecurity(org.springframework.context.ApplicationContext context) {
		AuthorizationManagerBeforeMethodInterceptor interceptor = (AuthorizationManagerBeforeMethodInterceptor) jsr250MethodSecurity();
		// refusals become events, audited by AccessDeniedAudit
		interceptor.setAuthorizationEventPublisher(
				new org.springframework.security.authorization.SpringAuthorizationEventPublisher(context));
		return interceptor;
	}

	/** The advisor without events (for tests of its pointcut). */
	static Advisor jsr250MethodSecurity() {
		// @RolesAllowed, @PermitAll or @DenyAll on the class or on the method
		Pointcut annotated = Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
			.<Pointcut>flatMap(annotation -> Stream.of(new AnnotationMatchingPointcut(annotation, true),
					new AnnotationMatchingPointcut(null, annotation, true)))
			.reduce(Pointcuts::union)
			.orElseThrow();
		ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
				new ComposablePointcut(annotated).intersection(notAComponent), new Jsr250AuthorizationManager());
		interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
		interceptor.setSecurityContextHolderStrategy(SecurityContexts.strategy());
		return interceptor;
	}

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
			.permitAll()
			.requestMatchers("/error", "/error/**")
			.denyAll());
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
			// an address that is no route reaches Vaadin, which shows its "not found"
			// page in the layout (the default, deny, answered a bare 403)
			vaadin.anyRequest(request -> request.authenticated());
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
			SecondFactors secondFactors, AccountRepository accounts) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
		dao.setPasswordEncoder(passwordEncoder);
		return new ThrottlingAuthenticationProvider(dao, throttle, audit, passwordEncoder, oidc, secondFactors,
				accounts);
	}

}

package nl.ambtenaaronline.training.shared;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The one way to the current authentication. The application defines the
 * {@link SecurityContextHolderStrategy} itself — Vaadin's session-aware strategy, one
 * instance per JVM — so that method security, Vaadin, Spring Security's test support and
 * this class always read the same context, also when tests run several application
 * contexts in one JVM.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityContexts {

	private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

	@Bean
	SecurityContextHolderStrategy securityContextHolderStrategy() {
		return STRATEGY;
	}

	public static SecurityContextHolderStrategy strategy() {
		return STRATEGY;
	}

	public static @Nullable Authentication authentication() {
		return STRATEGY.getContext().getAuthentication();
	}

}

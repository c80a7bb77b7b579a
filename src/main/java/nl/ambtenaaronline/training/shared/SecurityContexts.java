package nl.ambtenaaronline.training.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The one way to the current authentication: through the same
 * {@link SecurityContextHolderStrategy} that method security uses (Vaadin's session-aware
 * strategy when present), so code that reads the user and the checks on service methods
 * always agree.
 */
@Component
public final class SecurityContexts {

	private static volatile SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextHolderStrategy own;

	SecurityContexts(ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.own = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		strategy = own;
	}

	/**
	 * Makes this application context's strategy the current one again. Only needed where
	 * one JVM runs several application contexts (tests with more than one Spring
	 * configuration): the last one started would otherwise win.
	 */
	public void activate() {
		strategy = own;
	}

	public static SecurityContextHolderStrategy strategy() {
		return strategy;
	}

	public static @Nullable Authentication authentication() {
		return strategy.getContext().getAuthentication();
	}

}

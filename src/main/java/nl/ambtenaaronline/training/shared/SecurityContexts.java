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

	SecurityContexts(ObjectProvider<SecurityContextHolderStrategy> strategies) {
		strategies.ifAvailable(available -> strategy = available);
	}

	public static SecurityContextHolderStrategy strategy() {
		return strategy;
	}

	public static @Nullable Authentication authentication() {
		return strategy.getContext().getAuthentication();
	}

}

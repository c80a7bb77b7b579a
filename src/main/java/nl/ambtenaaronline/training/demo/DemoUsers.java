package nl.ambtenaaronline.training.demo;

import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs the demo's and the load test's made-up activity as the person it belongs to, so
 * the services check and record it as that person's own.
 */
final class DemoUsers {

	private DemoUsers() {
	}

	/** Runs the work signed in as this user, then restores the context it found. */
	static void runAs(UserDetailsService users, String username, Runnable work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext previous = SecurityContexts.strategy().getContext();
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContexts.strategy().setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContexts.strategy().setContext(previous);
		}
	}

}

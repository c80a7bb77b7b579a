package nl.ambtenaaronline.training.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs work of the system itself (scheduled jobs, start-up seeding, event listeners) with
 * the rights of an administrator, under the audit actor {@code system}.
 */
public final class SystemAuthentication {

	public static final String SYSTEM = "system";

	private SystemAuthentication() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContextHolderStrategy holder = SecurityContexts.strategy();
		SecurityContext previous = holder.getContext();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, List
			.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority(Role.HR.authority()))));
		holder.setContext(context);
		try {
			return work.get();
		}
		finally {
			holder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}

package nl.ambtenaaronline.training.shared;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs work of the system itself (scheduled jobs, start-up seeding, event listeners) with
 * the rights of an administrator, under the audit actor {@code system}; also a bounded
 * check inside a person's request (e.g. whether someone is in a manager's team).
 * <p>
 * In a Vaadin request the {@link SecurityContexts#strategy() strategy} reads the
 * signed-in person's context from the Vaadin session before the thread's own, so setting
 * the thread's context alone would leave the work running as that person: the current
 * Vaadin session is set aside for the duration of the work and put back afterwards.
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
		VaadinSession session = VaadinSession.getCurrent();
		holder.setContext(context);
		if (session != null) {
			VaadinSession.setCurrent(null);
		}
		try {
			return work.get();
		}
		finally {
			if (session != null) {
				VaadinSession.setCurrent(session);
			}
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

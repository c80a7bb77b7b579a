package nl.ambtenaaronline.training.setup;

import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;

import nl.ambtenaaronline.training.audit.AuditActor;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The first-run set-up acting with the rights it needs (an administrator's, for this one
 * request), so that the audit trail and the role grant name {@code setup} as the actor.
 */
record SetupActor() implements AuditActor, Principal {

	static final String ID = "setup";

	@Override
	public String auditId() {
		return ID;
	}

	@Override
	public String getName() {
		return ID;
	}

	static <T> T call(Supplier<T> work) {
		SecurityContextHolderStrategy holder = SecurityContexts.strategy();
		SecurityContext previous = holder.getContext();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SetupActor(), null, List
			.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority(Role.HR.authority()))));
		holder.setContext(context);
		try {
			return work.get();
		}
		finally {
			holder.setContext(previous);
		}
	}

}

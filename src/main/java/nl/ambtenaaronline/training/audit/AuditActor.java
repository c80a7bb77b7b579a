package nl.ambtenaaronline.training.audit;

import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A principal that knows how it appears in the audit trail: an account or employee id,
 * never a copied name.
 */
public interface AuditActor {

	String auditId();

	/**
	 * Who acts now, as the audit trail names them: the signed-in principal's audit id,
	 * another principal's name, or "anonymous".
	 */
	static String current() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "anonymous";
		}
		if (authentication.getPrincipal() instanceof AuditActor actor) {
			return actor.auditId();
		}
		return authentication.getName();
	}

}

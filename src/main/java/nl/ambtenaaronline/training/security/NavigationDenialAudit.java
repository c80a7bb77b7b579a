package nl.ambtenaaronline.training.security;

import java.util.List;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Audits every navigation Vaadin's access control refuses to a signed-in person
 * ({@code access.denied}, {@code route=<path>}), as {@link AccessDeniedAudit} does for
 * service calls. Vaadin's own decision stays: the default resolver decides, this one only
 * records a refusal. Checks that are no navigation (which menu entries to show) and an
 * anonymous visitor sent to the login are not audited.
 */
@Configuration(proxyBeanMethods = false)
class NavigationDenialAudit {

	/**
	 * Vaadin's default (the annotation checker, switched on by the security configurer)
	 * with the auditing resolver.
	 */
	@Bean
	static NavigationAccessControlConfigurer navigationAccessControlConfigurer(ObjectProvider<AuditService> audit) {
		return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
			.withDecisionResolver(new AuditingResolver(audit))
			.disabled();
	}

	/** Vaadin's decision, and an audit event when it refuses a navigation. */
	static final class AuditingResolver implements AccessCheckDecisionResolver {

		private final AccessCheckDecisionResolver decisions = new DefaultAccessCheckDecisionResolver();

		private final transient @Nullable ObjectProvider<AuditService> audit;

		AuditingResolver(ObjectProvider<AuditService> audit) {
			this.audit = audit;
		}

		@Override
		public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
			AccessCheckResult result = decisions.resolve(results, context);
			if (result.decision() != AccessCheckDecision.ALLOW && context.isNavigating() && !context.isErrorHandling()
					&& context.getPrincipal() != null && audit != null) {
				audit.getObject()
					.record(AccessDeniedAudit.ACTION, "-", AuditResult.DENIED,
							"route=" + context.getLocation().getPath());
			}
			return result;
		}

	}

}

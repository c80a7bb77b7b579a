package nl.ambtenaaronline.training.security;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits every service call that method security refused ({@code access.denied}, with the
 * service and method, by the current user). The event is written after the caller's
 * transaction has ended, in one of its own: a refused call inside a read-only transaction
 * or one that holds the audit chain's lock neither fails nor waits on itself.
 */
@Component
class AccessDeniedAudit {

	static final String ACTION = "access.denied";

	private final AuditService audit;

	private final TransactionTemplate transactions;

	AccessDeniedAudit(AuditService audit, PlatformTransactionManager transactionManager) {
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		if (!(event.getSource() instanceof MethodInvocation invocation)) {
			// a refused web request (e.g. a page before signing in) is answered by the
			// login, not audited here
			return;
		}
		String what = "service=" + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
				+ invocation.getMethod().getName();
		Runnable record = () -> transactions
			.executeWithoutResult(status -> audit.record(ACTION, "-", AuditResult.DENIED, what));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					record.run();
				}
			});
		}
		else {
			record.run();
		}
	}

}

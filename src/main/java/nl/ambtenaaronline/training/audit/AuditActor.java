package nl.ambtenaaronline.training.audit;

/**
 * A principal that knows how it appears in the audit trail: an account or employee id,
 * never a copied name.
 */
public interface AuditActor {

	String auditId();

}

package nl.ambtenaaronline.training.audit;

/** The outcome of an audited action. */
public enum AuditResult {

	SUCCESS, DENIED, FAILED

}

package nl.ambtenaaronline.training.audit;

import org.jspecify.annotations.Nullable;

/**
 * Filters the audit trail; every part is optional and matched as "contains", case
 * insensitive.
 */
public record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subject) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null);
	}

}

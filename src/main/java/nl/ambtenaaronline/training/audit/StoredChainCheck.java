package nl.ambtenaaronline.training.audit;

import java.time.Instant;

/**
 * A stored check of the audit hash chain.
 *
 * @param trigger {@code scheduled} (the daily job) or {@code on-demand}
 */
public record StoredChainCheck(Instant checkedAt, String trigger, ChainCheck result) {

	public static final String SCHEDULED = "scheduled";

	public static final String ON_DEMAND = "on-demand";

}

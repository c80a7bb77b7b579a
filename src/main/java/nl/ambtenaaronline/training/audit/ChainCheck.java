package nl.ambtenaaronline.training.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit hash chain.
 *
 * @param intact whether every event is present and unchanged
 * @param checked how many events were checked
 * @param brokenAt the id of the first event where the chain breaks, if any
 * @param problem what is wrong there (a message key), if anything
 */
public record ChainCheck(boolean intact, long checked, @Nullable Long brokenAt, @Nullable String problem) {
}

package nl.ambtenaaronline.training.security;

import java.time.Instant;

/**
 * One break-glass sign-in, for administrators.
 *
 * @param account the account, as {@code account:<id>}
 * @param origin the client address
 */
public record BreakGlassUse(Instant at, String account, String origin) {
}

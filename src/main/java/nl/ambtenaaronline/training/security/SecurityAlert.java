package nl.ambtenaaronline.training.security;

import java.time.Instant;

/**
 * A sign-in event administrators must notice: a new link of an account to an identity of
 * the identity provider, a sign-in refused because the account is linked to another
 * identity, a lock of a break-glass or privileged account.
 *
 * @param action the audit action ({@code security-alert.*} or the link)
 * @param account the account, as {@code account:<id>}, or {@code -}
 * @param origin the client address
 * @param details what happened, without personal data
 */
public record SecurityAlert(Instant at, String action, String account, String origin, String details) {
}

package nl.ambtenaaronline.training.security;

import java.time.Instant;

import nl.ambtenaaronline.training.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * An entry raised when a privileged role was newly granted, for administrators.
 *
 * @param account the account's user name
 * @param grantedBy who granted it, or which groups gave it
 * @param seenAt when an administrator marked it as seen; {@code null} while new
 */
public record GrantNotice(long id, String account, Role role, GrantSource source, Instant grantedAt, String grantedBy,
		@Nullable Instant seenAt, @Nullable String seenBy) {
}

package nl.ambtenaaronline.training.security;

import java.time.Instant;
import java.util.Map;

import nl.ambtenaaronline.training.shared.Role;

/**
 * An account for the administrator's list.
 *
 * @param grants granted roles with when and by whom
 */
public record AccountSummary(long id, String username, long employeeId, String employeeNumber, String displayName,
		boolean enabled, boolean passwordChangeRequired, Map<Role, Grant> grants) {

	/** A granted role: when, by whom (audit id). */
	public record Grant(Instant grantedAt, String grantedBy) {
	}

}

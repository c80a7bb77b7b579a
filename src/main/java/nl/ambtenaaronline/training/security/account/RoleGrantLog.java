package nl.ambtenaaronline.training.security.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.ambtenaaronline.training.security.GrantSource;
import nl.ambtenaaronline.training.shared.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps since when each privileged role is held and raises an entry for administrators
 * whenever one is newly given: by an administrator's grant, or by the identity provider's
 * groups at a sign-in. Runs in the caller's transaction.
 */
@Component
public class RoleGrantLog {

	private final JdbcTemplate jdbc;

	public RoleGrantLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An administrator granted a role that the account did not hold. */
	public void granted(long accountId, Role role, Instant at, String by) {
		raise(accountId, role, GrantSource.GRANT, at, by);
	}

	/**
	 * A sign-in through the identity provider gave these roles: privileged roles that are
	 * new count from now and raise an entry; those the groups no longer give end.
	 */
	public void signedIn(long accountId, Set<Role> roles, String groups, Instant at) {
		Set<Role> privileged = EnumSet.noneOf(Role.class);
		roles.stream().filter(Role.GRANTABLE::contains).forEach(privileged::add);
		Set<Role> held = new HashSet<>(jdbc
			.queryForList("select role from account_external_role where account_id = ?", String.class, accountId)
			.stream()
			.map(Role::valueOf)
			.toList());
		String source = ("groups=" + groups);
		String shortSource = source.length() > 300 ? source.substring(0, 300) : source;
		for (Role role : privileged) {
			if (!held.contains(role)) {
				jdbc.update("insert into account_external_role (account_id, role, since, source) values (?, ?, ?, ?)",
						accountId, role.name(), at.atOffset(ZoneOffset.UTC), shortSource);
				raise(accountId, role, GrantSource.GROUPS, at, shortSource);
			}
		}
		for (Role role : held) {
			if (!privileged.contains(role)) {
				jdbc.update("delete from account_external_role where account_id = ? and role = ?", accountId,
						role.name());
			}
		}
	}

	private void raise(long accountId, Role role, GrantSource source, Instant at, String by) {
		jdbc.update(
				"insert into role_grant_notice (account_id, role, source, granted_at, granted_by) values (?, ?, ?, ?, ?)",
				accountId, role.name(), source.name(), at.atOffset(ZoneOffset.UTC), by);
	}

}

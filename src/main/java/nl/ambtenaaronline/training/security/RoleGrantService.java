package nl.ambtenaaronline.training.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.account.AccountPrincipal;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a privileged role and which roles were newly granted: what the accounts know,
 * for the access review (governance), which adds the people's names and the quarterly
 * sign-off. Administrators mark new grants as seen; auditors read.
 */
@Service
public class RoleGrantService {

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	RoleGrantService(JdbcTemplate jdbc, AuditService audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every holding of HR, ADMIN or AUDITOR: granted on an account, or given by the
	 * groups.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<PrivilegedRole> privilegedRoles() {
		List<PrivilegedRole> held = jdbc.query(
				"""
						select a.id, a.username, a.employee_id, a.enabled, r.role, r.granted_at as since, r.granted_by as granted_by, 'GRANT' as source
						  from account_role r join account a on a.id = r.account_id where r.role in ('HR', 'ADMIN', 'AUDITOR')
						union all
						select a.id, a.username, a.employee_id, a.enabled, x.role, x.since, x.source, 'GROUPS'
						  from account_external_role x join account a on a.id = x.account_id
						""",
				(rs, row) -> new PrivilegedRole(rs.getLong("id"), rs.getString("username"), rs.getLong("employee_id"),
						Role.valueOf(rs.getString("role")), instant(rs, "since"), rs.getString("granted_by"),
						GrantSource.valueOf(rs.getString("source")), rs.getBoolean("enabled")));
		Map<String, String> names = names(held.stream().map(PrivilegedRole::grantedBy).toList());
		return held.stream()
			.map(role -> new PrivilegedRole(role.accountId(), role.username(), role.employeeId(), role.role(),
					role.since(), names.getOrDefault(role.grantedBy(), role.grantedBy()), role.source(),
					role.enabled()))
			.toList();
	}

	/** Entries for newly granted privileged roles, newest first. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<GrantNotice> grantNotices(boolean unseenOnly, int limit) {
		List<GrantNotice> notices = jdbc
			.query("select n.*, a.username from role_grant_notice n join account a on a.id = n.account_id"
					+ (unseenOnly ? " where n.seen_at is null" : "") + " order by n.granted_at desc, n.id desc limit ?",
					(rs, row) -> new GrantNotice(rs.getLong("id"), rs.getString("username"),
							Role.valueOf(rs.getString("role")), GrantSource.valueOf(rs.getString("source")),
							instant(rs, "granted_at"), rs.getString("granted_by"),
							rs.getObject("seen_at", OffsetDateTime.class) == null ? null : instant(rs, "seen_at"),
							rs.getString("seen_by")),
					limit);
		List<String> ids = new ArrayList<>();
		notices.forEach(notice -> {
			ids.add(notice.grantedBy());
			if (notice.seenBy() != null) {
				ids.add(notice.seenBy());
			}
		});
		Map<String, String> names = names(ids);
		return notices.stream()
			.map(notice -> new GrantNotice(notice.id(), notice.account(), notice.role(), notice.source(),
					notice.grantedAt(), names.getOrDefault(notice.grantedBy(), notice.grantedBy()), notice.seenAt(),
					notice.seenBy() == null ? null : names.getOrDefault(notice.seenBy(), notice.seenBy())))
			.toList();
	}

	/** How many entries no administrator has marked as seen. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public int unseenGrantCount() {
		Integer count = jdbc.queryForObject("select count(*) from role_grant_notice where seen_at is null",
				Integer.class);
		return count == null ? 0 : count;
	}

	/** Marks every new entry as seen by the current administrator; audited. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public int markGrantsSeen() {
		int marked = jdbc.update("update role_grant_notice set seen_at = ?, seen_by = ? where seen_at is null",
				clock.instant().atOffset(ZoneOffset.UTC), AccountPrincipal.currentAuditId());
		if (marked > 0) {
			audit.record("access-review.grants-seen", "access-review", AuditResult.SUCCESS, "entries=" + marked);
		}
		return marked;
	}

	/**
	 * An audit id {@code account:<id>} as that account's user name; any other text (or an
	 * unknown account) as it is.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public String accountName(String auditId) {
		if (auditId.startsWith("account:")) {
			try {
				long id = Long.parseLong(auditId.substring("account:".length()));
				List<String> names = jdbc.queryForList("select username from account where id = ?", String.class, id);
				return names.isEmpty() ? auditId : names.getFirst();
			}
			catch (NumberFormatException ex) {
				return auditId;
			}
		}
		return auditId;
	}

	/**
	 * The user names of the accounts among these audit ids, in one query; other texts and
	 * unknown accounts are not in the map.
	 */
	private Map<String, String> names(Collection<String> auditIds) {
		Map<Long, String> byId = new HashMap<>();
		for (String auditId : auditIds) {
			if (auditId.startsWith("account:")) {
				try {
					byId.put(Long.parseLong(auditId.substring("account:".length())), auditId);
				}
				catch (NumberFormatException ex) {
					// not an account reference: shown as it is
				}
			}
		}
		if (byId.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		String marks = String.join(",", Collections.nCopies(byId.size(), "?"));
		RowCallbackHandler name = rs -> names.put(byId.get(rs.getLong("id")), rs.getString("username"));
		jdbc.query("select id, username from account where id in (" + marks + ")", name, byId.keySet().toArray());
		return names;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}

package nl.ambtenaaronline.training.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditActor;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.GrantNotice;
import nl.ambtenaaronline.training.security.PrivilegedRole;
import nl.ambtenaaronline.training.security.RoleGrantService;
import nl.ambtenaaronline.training.security.account.AccountPrincipal;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access review (BIO): who holds HR, ADMIN and AUDITOR, since when and granted by
 * whom; a "reviewed" sign-off per quarter that the system asks administrators for; and
 * the entries raised when a privileged role is newly granted. Administrators sign off and
 * mark entries as seen; auditors read.
 */
@Service
public class AccessReviewService {

	/** Longest remark of a sign-off. */
	public static final int MAX_REMARK = 1000;

	private final JdbcTemplate jdbc;

	private final RoleGrantService grants;

	private final EmployeeService employees;

	private final AuditService audit;

	private final Clock clock;

	AccessReviewService(JdbcTemplate jdbc, RoleGrantService grants, EmployeeService employees, AuditService audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.employees = employees;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every holding of HR, ADMIN or AUDITOR: granted on an account, or given by the
	 * groups at the last sign-in. Reading the report is audited.
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional
	public List<RoleHolding> holdings() {
		List<RoleHolding> holdings = readHoldings();
		audit.record("access-review.viewed", "access-review", AuditResult.SUCCESS, "holdings=" + holdings.size());
		return holdings;
	}

	/** Whether the current quarter has been signed off, and every sign-off. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public AccessReviewStatus status() {
		return statusAt(clock.instant());
	}

	AccessReviewStatus statusAt(Instant now) {
		Quarter quarter = Quarter.of(now);
		List<AccessReviewSignOff> signOffs = jdbc.query(
				"select quarter, reviewed_at, reviewed_by, remark, holdings from access_review order by reviewed_at desc, id desc",
				(rs, row) -> new AccessReviewSignOff(rs.getString("quarter"), instant(rs, "reviewed_at"),
						actorName(rs.getString("reviewed_by")), rs.getString("remark"), rs.getInt("holdings")));
		boolean done = signOffs.stream().anyMatch(signOff -> signOff.quarter().equals(quarter.toString()));
		return new AccessReviewStatus(quarter, !done, signOffs);
	}

	/**
	 * Signs the current quarter's review off as done, with an optional remark; audited.
	 * @throws IllegalArgumentException with a message key when the remark is too long
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public AccessReviewSignOff signOff(String remark) {
		String text = remark.strip();
		if (text.length() > MAX_REMARK) {
			throw new IllegalArgumentException("access-review.remark-too-long");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Quarter quarter = Quarter.of(now);
		int holdings = readHoldings().size();
		String reviewer = AuditActor.current();
		jdbc.update(
				"insert into access_review (quarter, reviewed_at, reviewed_by, remark, holdings) values (?, ?, ?, ?, ?)",
				quarter.toString(), now.atOffset(ZoneOffset.UTC), reviewer, text, holdings);
		audit.record("access-review.signed-off", "access-review:" + quarter, AuditResult.SUCCESS,
				"holdings=" + holdings);
		return new AccessReviewSignOff(quarter.toString(), now, actorName(reviewer), text, holdings);
	}

	/** Entries for newly granted privileged roles, newest first. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public List<GrantNotice> grantNotices(boolean unseenOnly, int limit) {
		return grants.grantNotices(unseenOnly, limit);
	}

	/** How many entries no administrator has marked as seen. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
	@Transactional(readOnly = true)
	public int unseenGrantCount() {
		return grants.unseenGrantCount();
	}

	/** Marks every new entry as seen by the current administrator; audited. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public int markGrantsSeen() {
		return grants.markGrantsSeen();
	}

	private List<RoleHolding> readHoldings() {
		Map<Long, Optional<EmployeeSummary>> people = new HashMap<>();
		List<RoleHolding> holdings = new ArrayList<>();
		for (PrivilegedRole held : grants.privilegedRoles()) {
			Optional<EmployeeSummary> person = people.computeIfAbsent(held.employeeId(), employees::findById);
			holdings.add(new RoleHolding(held.accountId(), held.username(),
					person.map(EmployeeSummary::employeeNumber).orElse("-"),
					person.map(EmployeeSummary::displayName).orElse("-"), held.role(), held.since(), held.grantedBy(),
					held.source(), held.enabled()));
		}
		holdings.sort(Comparator.comparing(RoleHolding::role)
			.thenComparing(RoleHolding::username)
			.thenComparing(RoleHolding::source));
		return holdings;
	}

	/** An audit id {@code account:<id>} shown as that account's user name. */
	private String actorName(String auditId) {
		return grants.accountName(auditId);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}

package nl.ambtenaaronline.training.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactors;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's account, for their own copy of their data: user name, language, roles
 * with when and by whom, sign-in facts and the audit events about the account. Never the
 * password hash, the TOTP secret or recovery codes — only whether they exist.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

	private final AccountRepository accounts;

	private final SecondFactors secondFactors;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	AccountPersonalData(AccountRepository accounts, SecondFactors secondFactors, AuditService audit,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.audit = audit;
	}

	/**
	 * The account tables; of the second factor ({@code account_totp},
	 * {@code account_recovery_code}) only whether it exists is exported, never the
	 * secret.
	 */
	@Override
	public Set<String> tables() {
		return Set.of("account", "account_role", "account_external_role", "account_totp", "account_recovery_code",
				"role_grant_notice");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		var found = accounts.findByEmployeeId(employeeId);
		if (found.isEmpty()) {
			return List.of(new PersonalDataSection("account", List.of()),
					new PersonalDataSection("account-roles", List.of()),
					new PersonalDataSection("account-external-roles", List.of()),
					new PersonalDataSection("account-grant-notices", List.of()),
					new PersonalDataSection("account-events", List.of()));
		}
		Account account = found.get();
		Map<String, String> row = new LinkedHashMap<>();
		row.put("accountId", Long.toString(account.id()));
		row.put("username", account.username());
		row.put("language", account.locale());
		row.put("enabled", Boolean.toString(account.enabled()));
		row.put("localPassword", Boolean.toString(account.hasLocalPassword()));
		row.put("secondFactor", Boolean.toString(secondFactors.confirmed(account.id())));
		row.put("identityProviderRoles", Objects.requireNonNullElse(account.externalRoles(), ""));
		row.put("identityProviderSignInAt",
				account.externalSignInAt() == null ? "" : account.externalSignInAt().toString());
		List<Map<String, String>> roles = new ArrayList<>();
		account.roles().forEach((role, grant) -> {
			Map<String, String> granted = new LinkedHashMap<>();
			granted.put("role", role.name());
			granted.put("grantedAt", grant.grantedAt().toString());
			granted.put("grantedBy", grant.grantedBy());
			roles.add(granted);
		});
		return List.of(new PersonalDataSection("account", List.of(row)),
				new PersonalDataSection("account-roles", roles),
				PersonalDataSection.ofColumns("account-external-roles", jdbc.queryForList(
						"select role, since, source from account_external_role where account_id = ? order by role",
						account.id())),
				PersonalDataSection.ofColumns("account-grant-notices", jdbc.queryForList(
						"select role, source, granted_at, granted_by, seen_at from role_grant_notice where account_id = ? order by id",
						account.id())),
				new PersonalDataSection("account-events",
						audit.about(List.of("account:" + account.id()))
							.stream()
							.map(AuditEntry::asPersonalRow)
							.toList()));
	}

}

package nl.ambtenaaronline.training.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

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

	AccountPersonalData(AccountRepository accounts, SecondFactors secondFactors, AuditService audit) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		var found = accounts.findByEmployeeId(employeeId);
		if (found.isEmpty()) {
			return List.of(new PersonalDataSection("account", List.of()),
					new PersonalDataSection("account-roles", List.of()),
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
		return List.of(new PersonalDataSection("account", List
			.of(row)), new PersonalDataSection("account-roles", roles), new PersonalDataSection("account-events",
					audit.about(List.of("account:" + account.id())).stream().map(AuditEntry::asPersonalRow).toList()));
	}

}

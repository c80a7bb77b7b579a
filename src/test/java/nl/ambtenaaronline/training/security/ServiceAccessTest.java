package nl.ambtenaaronline.training.security;

import java.util.Set;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Service methods check the caller's roles too, not only the views. */
@IntegrationTest
class ServiceAccessTest {

	@Autowired
	AuditService audit;

	@Autowired
	AccountService accounts;

	@Autowired
	EmployeeService employees;

	@Autowired
	SettingsService settings;

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeCannotReadTheAuditLogNorManageAccountsNorSettingsNorTheRoster() {
		assertThatThrownBy(() -> audit.search(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.list(0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.grantRole(1, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> settings.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> employees.findById(1)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorReadsTheAuditLogButChangesNothing() {
		assertThat(audit.count(AuditFilter.none())).isPositive();
		assertThatThrownBy(() -> settings.update("contact.support", "x")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.createAccount(1, "x", "een-lang-wachtwoord", Set.of()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("hr")
	void hrChangesOnlySettingsMarkedForHr() {
		assertThat(settings.list()).allMatch(value -> value.definition().hrEditable());
		assertThatThrownBy(() -> settings.update("source.gedragscode-url", "https://example.org/code"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorCannotRevokeTheirOwnAdminRole() {
		long own = accounts.current().orElseThrow().accountId();
		assertThatThrownBy(() -> accounts.revokeRole(own, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("manager")
	void theManagerRoleFollowsFromTheRoster() {
		assertThat(accounts.current().orElseThrow().roles()).contains(Role.EMPLOYEE, Role.MANAGER)
			.doesNotContain(Role.HR, Role.ADMIN);
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeWithoutReportsIsNoManager() {
		assertThat(accounts.current().orElseThrow().roles()).containsExactly(Role.EMPLOYEE);
	}

}

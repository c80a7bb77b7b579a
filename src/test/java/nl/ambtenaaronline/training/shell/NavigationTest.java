package nl.ambtenaaronline.training.shell;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The navigation shows each role exactly what it may open. */
@IntegrationTest
class NavigationTest extends SpringBrowserlessTest {

	private List<String> menu() {
		return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeSeesOnlyTheLearnerMenu() {
		assertThat(menu()).containsExactly("", "certificates", "my-data");
	}

	@Test
	@WithUserDetails("hr")
	void hrSeesSettingsButNotAccountsOrTheAuditLog() {
		assertThat(menu()).contains("", "settings")
			.doesNotContain("admin/accounts", "audit", "admin/destruction-records");
	}

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorSeesAccountsSettingsAndTheAuditLog() {
		assertThat(menu()).contains("", "admin/accounts", "settings", "audit", "admin/destruction-records");
	}

	@Test
	@WithUserDetails("auditor")
	void anAuditorSeesTheAuditLogButNoScreenThatChangesAnything() {
		assertThat(menu()).contains("", "audit", "admin/destruction-records")
			.doesNotContain("admin/accounts", "settings");
	}

}

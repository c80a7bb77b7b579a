package nl.ambtenaaronline.training.security;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A page refused to a signed-in person is audited with its route; the menu is not. */
@IntegrationTest
@WithUserDetails("medewerker")
class NavigationDenialAuditTest extends SpringBrowserlessTest {

	@Autowired
	AuditService audit;

	@Autowired
	AccountService accounts;

	@Test
	void aRefusedPageIsAuditedAsAccessDeniedWithTheRouteAndTheCaller() {
		String actor = "account:" + accounts.current().orElseThrow().accountId();
		long before = denials(actor).size();
		UI.getCurrent().navigate("");
		assertThat(denials(actor)).as("the start page and its menu refuse nothing").hasSize((int) before);

		UI.getCurrent().navigate("admin/accounts");
		assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("AccountsView");
		List<AuditEntry> denied = denials(actor);
		assertThat(denied).hasSize((int) before + 1);
		assertThat(denied.getFirst().details()).isEqualTo("route=admin/accounts");
		assertThat(denied.getFirst().result()).isEqualTo(AuditResult.DENIED);
	}

	private List<AuditEntry> denials(String actor) {
		return SystemAuthentication.call(() -> {
			audit.flush();
			return audit.search(new AuditFilter(AccessDeniedAudit.ACTION, actor, null), 0, 100);
		});
	}

}

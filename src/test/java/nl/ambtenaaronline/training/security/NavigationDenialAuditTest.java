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
		long before = newest(actor);
		UI.getCurrent().navigate("");
		assertThat(denialsAfter(actor, before)).as("the start page and its menu refuse nothing").isEmpty();

		UI.getCurrent().navigate("admin/accounts");
		assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("AccountsView");
		List<AuditEntry> denied = denialsAfter(actor, before);
		assertThat(denied).hasSize(1);
		assertThat(denied.getFirst().details()).isEqualTo("route=admin/accounts");
		assertThat(denied.getFirst().result()).isEqualTo(AuditResult.DENIED);
	}

	/** The id of the newest refusal of the actor so far (0 for none). */
	private long newest(String actor) {
		return denials(actor).stream().mapToLong(AuditEntry::id).max().orElse(0);
	}

	/** The actor's refusals recorded after the one with that id, newest first. */
	private List<AuditEntry> denialsAfter(String actor, long id) {
		return denials(actor).stream().filter(entry -> entry.id() > id).toList();
	}

	private List<AuditEntry> denials(String actor) {
		return SystemAuthentication.call(() -> {
			audit.flush();
			return audit.search(new AuditFilter(AccessDeniedAudit.ACTION, actor, null), 0, 100);
		});
	}

}

package nl.ambtenaaronline.training.setup;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first-run set-up where an administrator exists (the demo city): no token is
 * printed, the service refuses and audits, and {@code /setup} does not exist. The way
 * from an empty database is {@code FirstRunPostgresTest}.
 */
@IntegrationTest
class FirstRunServiceTest extends SpringBrowserlessTest {

	@Autowired
	FirstRunService firstRun;

	@Autowired
	AuditService audit;

	@Test
	void withAnAdministratorNoTokenIsPrintedAndTheSetUpIsClosed() {
		try (SetupLog log = new SetupLog()) {
			firstRun.announce();
			assertThat(log.messages()).isEmpty();
		}
		assertThat(firstRun.open()).isFalse();
	}

	@Test
	void withAnAdministratorEveryAttemptIsRefusedAndAudited() {
		long before = refusals();
		assertThatThrownBy(() -> firstRun.createFirstAdministrator("abcde-fghjk-mnpqr-stuvw-xyz23",
				new FirstAdministrator("9999", "Test", "Beheerder", "ICT", "eerste-beheerder")))
			.isInstanceOf(SetupRefusedException.class)
			.hasMessage("setup.closed");
		assertThat(refusals()).isEqualTo(before + 1);
		AuditEntry last = SystemAuthentication
			.call(() -> audit.search(new AuditFilter("setup.refused", null, null), 0, 1))
			.get(0);
		assertThat(last.actor()).isEqualTo("setup");
		assertThat(last.details()).isEqualTo("no-token");
	}

	@Test
	void theSetUpPageDoesNotExistOnceThereIsAnAdministrator() {
		UI.getCurrent().navigate("setup");
		assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("SetupView");
	}

	private long refusals() {
		return SystemAuthentication.call(() -> audit.search(new AuditFilter("setup.refused", null, null), 0, 1000))
			.size();
	}

}

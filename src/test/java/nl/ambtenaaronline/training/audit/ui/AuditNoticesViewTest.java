package nl.ambtenaaronline.training.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.audit.StoredChainCheck;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken audit chain is announced on every page to administrators and auditors, and to
 * nobody else; the audit log page offers the exports and the new filters. Each test
 * tampers inside a transaction that is rolled back.
 */
class AuditNoticesViewTest {

	abstract static class Tampered extends SpringBrowserlessTest {

		@Autowired
		AuditService audit;

		@Autowired
		JdbcTemplate jdbc;

		void breakTheChain() {
			SystemAuthentication.run(() -> {
				audit.record("test.banner", "employee:61");
				Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
				audit.record("test.banner", "employee:62");
				jdbc.update("update audit_event set subject = 'employee:0' where id = ?", id);
				audit.checkChain(StoredChainCheck.SCHEDULED);
			});
		}

		boolean bannerShown() {
			return $(Div.class).withId("notice-audit-chain-broken").exists();
		}

	}

	@Nested
	@IntegrationTest
	@Transactional
	@WithUserDetails("beheerder")
	class Administrator extends Tampered {

		@Test
		void seesTheBreakOnEveryPageWithALinkToTheAuditLog() {
			UI.getCurrent().navigate("");
			assertThat(bannerShown()).isFalse();
			breakTheChain();
			UI.getCurrent().navigate("");
			assertThat(bannerShown()).isTrue();
			Div banner = $(Div.class).id("notice-audit-chain-broken");
			assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
			assertThat(banner.getElement().getTextRecursively()).contains("hashketen", "verbroken");
			assertThat($(Anchor.class).withText("Bekijken").first().getHref()).isEqualTo("audit");
			UI.getCurrent().navigate("certificates");
			assertThat(bannerShown()).isTrue();
		}

		@Test
		void findsExportsAndDateFiltersOnTheAuditLog() {
			navigate(AuditLogView.class);
			assertThat($(Anchor.class).id("export-jsonl").getHref()).isNotBlank();
			assertThat($(Anchor.class).id("export-csv").getHref()).isNotBlank();
			assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class).id("audit-from").getLabel())
				.isEqualTo("Vanaf datum");
		}

		@Test
		void aCheckOnDemandIsStoredAndShowsTheBreak() {
			breakTheChain();
			navigate(AuditLogView.class);
			test($(com.vaadin.flow.component.button.Button.class).id("check-chain")).click();
			assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("chain-result").getText())
				.contains("verbroken");
			assertThat(SystemAuthentication
				.call(() -> audit.search(new AuditFilter("audit.chain-checked", null, null), 0, 1))
				.getFirst()
				.details()).contains("trigger=on-demand");
			assertThat(bannerShown()).isTrue();
		}

	}

	@Nested
	@IntegrationTest
	@Transactional
	@WithUserDetails("auditor")
	class Auditor extends Tampered {

		@Test
		void seesTheBreak() {
			breakTheChain();
			UI.getCurrent().navigate("");
			assertThat(bannerShown()).isTrue();
		}

	}

	@Nested
	@IntegrationTest
	@Transactional
	@WithUserDetails("hr")
	class Hr extends Tampered {

		@Test
		void doesNotSeeIt() {
			breakTheChain();
			UI.getCurrent().navigate("");
			assertThat(bannerShown()).isFalse();
		}

	}

	@Nested
	@IntegrationTest
	@Transactional
	@WithUserDetails("medewerker")
	class Employee extends Tampered {

		@Test
		void doesNotSeeIt() {
			breakTheChain();
			UI.getCurrent().navigate("");
			assertThat(bannerShown()).isFalse();
		}

	}

}

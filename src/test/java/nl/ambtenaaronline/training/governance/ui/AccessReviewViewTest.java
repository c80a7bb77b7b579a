package nl.ambtenaaronline.training.governance.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.governance.RoleHolding;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The access review screen without a browser; every test is rolled back. */
class AccessReviewViewTest {

	@Nested
	@IntegrationTest
	@Transactional
	@WithUserDetails("beheerder")
	class Administrator extends SpringBrowserlessTest {

		@Autowired
		AccountService accounts;

		@Test
		@SuppressWarnings("unchecked")
		void listsTheHoldersAndSignsTheQuarterOff() {
			navigate(AccessReviewView.class);
			Grid<RoleHolding> holdings = $(Grid.class).id("holdings");
			assertThat(test(holdings).size()).isGreaterThanOrEqualTo(3);
			assertThat($(Paragraph.class).id("review-state").getText()).contains("nog niet afgetekend");
			assertThat($(Div.class).id("notice-access-review-due").getElement().getTextRecursively())
				.contains("nog niet afgetekend");

			test($(TextArea.class).id("review-remark")).setValue("Alles klopt");
			test($(Button.class).id("review-sign-off")).click();

			assertThat($(Paragraph.class).id("review-state").getText()).contains("afgetekend door beheerder");
			assertThat(test($(Grid.class).id("review-history")).getCellText(0, 4)).isEqualTo("Alles klopt");
			UI.getCurrent().navigate("");
			assertThat($(Div.class).withId("notice-access-review-due").exists()).isFalse();
		}

		@Test
		void showsANewGrantWithABadgeAndOnEveryPageUntilSeen() {
			long account = accounts.list(0, 100)
				.stream()
				.filter(a -> a.username().equals("manager"))
				.findFirst()
				.orElseThrow()
				.id();
			navigate(AccessReviewView.class);
			if ($(Button.class).withId("grants-seen").exists()) {
				test($(Button.class).id("grants-seen")).click();
			}
			accounts.grantRole(account, Role.HR);

			UI.getCurrent().navigate("");
			assertThat($(Div.class).id("notice-new-role-grants").getElement().getTextRecursively())
				.contains("1 nieuwe");
			navigate(AccessReviewView.class);
			assertThat($(Span.class).id("grant-badge").getText()).isEqualTo("1 nog niet gezien");
			assertThat(test($(Grid.class).id("grant-list")).getCellText(0, 2)).isEqualTo("manager");

			test($(Button.class).id("grants-seen")).click();
			assertThat($(Span.class).id("grant-badge").getText()).isEqualTo("0 nog niet gezien");
			UI.getCurrent().navigate("");
			assertThat($(Div.class).withId("notice-new-role-grants").exists()).isFalse();
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class Auditor extends SpringBrowserlessTest {

		@Test
		void readsTheReportButCannotSignOff() {
			navigate(AccessReviewView.class);
			assertThat($(Grid.class).withId("holdings").exists()).isTrue();
			assertThat($(Button.class).withId("review-sign-off").exists()).isFalse();
			assertThat($(Button.class).withId("grants-seen").exists()).isFalse();
		}

		@Test
		@SuppressWarnings("unchecked")
		void rolesAndWhoGrantedThemReadAsWordsAndThePageSaysWhoSignsOff() {
			navigate(AccessReviewView.class);
			assertThat($(Paragraph.class).id("review-owner").getText()).startsWith("Aftekenen doet een beheerder")
				.contains("Auditors lezen mee");
			Grid<RoleHolding> holdings = $(Grid.class).id("holdings");
			int rows = test(holdings).size();
			assertThat(rows).isGreaterThanOrEqualTo(3);
			for (int row = 0; row < rows; row++) {
				RoleHolding holding = test(holdings).getRow(row);
				assertThat(test(holdings).getCellText(row, 0)).as("role in words, code beside it")
					.isEqualTo(switch (holding.role()) {
						case HR -> "HR-medewerker";
						case ADMIN -> "Beheerder";
						case AUDITOR -> "Auditor";
						default -> throw new AssertionError("not a reviewed role: " + holding.role());
					});
				String by = test(holdings).getCellText(row, 5);
				assertThat(by).as("who granted it").isNotEqualTo("system").doesNotStartWith("groups=");
				if (holding.grantedBy().equals("system")) {
					assertThat(by).isEqualTo("Systeem (bij de installatie, zonder persoon)");
				}
			}
		}

	}

}

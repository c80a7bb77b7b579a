package nl.ambtenaaronline.training.governance.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy pack page without a browser. */
class PrivacyPackViewTest {

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class Auditor extends SpringBrowserlessTest {

		@Test
		void showsEverySectionFromTheLiveConfigurationAndOffersThePdf() {
			navigate(PrivacyPackView.class);
			assertThat($(H1.class).single().getText())
				.isEqualTo("Privacydossier Ambtenaar Online – Gemeente Amsterdam");
			assertThat($(NativeTable.class).id("table-register").getElement().getTextRecursively())
				.contains("Verwerkingsverantwoordelijke", "Gemeente Amsterdam");
			// periods and roles in words; the setting's key only beside it, for the
			// administrator
			assertThat($(NativeTable.class).id("table-retention").getElement().getTextRecursively())
				.contains("Bewaartermijn losse antwoorden", "retention.answers.months");
			assertThat($(NativeTable.class).id("table-register").getElement().getTextRecursively())
				.contains("Leidinggevende, HR, Beheerder, Auditor")
				.doesNotContain("retention.");
			assertThat($(NativeTable.class).id("table-routes").getElement().getTextRecursively()).contains(
					"/admin/access-review", "Beheerder, Auditor", "iedereen, ook zonder inloggen",
					"alleen zolang er nog geen beheerder is");
			assertThat($(NativeTable.class).id("table-categories").getElement().getTextRecursively())
				.contains("Antwoorden en keuzes", "eigen team, alleen status");
			assertThat($(NativeTable.class).id("table-inventory").getElement().getTextRecursively())
				.contains("employee.email", "Contact (werk-e-mail)");
			assertThat($(Paragraph.class).withId("purposes-missing").exists()).isFalse();
			assertThat($(Anchor.class).id("privacy-pack-pdf").getHref()).isNotBlank();
		}

	}

}

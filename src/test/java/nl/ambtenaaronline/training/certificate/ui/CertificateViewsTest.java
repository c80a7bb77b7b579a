package nl.ambtenaaronline.training.certificate.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.certificate.CertificateFilter;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.CertifiedCourse;
import nl.ambtenaaronline.training.certificate.Passers;
import nl.ambtenaaronline.training.learning.CompletionSummary;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate screens without a browser, on the demo city's certificates. */
class CertificateViewsTest {

	@Nested
	@IntegrationTest
	@WithUserDetails("manager")
	class ManagersOwnCertificates extends SpringBrowserlessTest {

		@Autowired
		CertificateService certificates;

		@Test
		void showTheValidCertificateWithItsDetailsAndADownloadLink() {
			navigate(MyCertificatesView.class);
			assertThat($(H1.class).single().getText()).isEqualTo("Mijn certificaten");
			CertificateSummary own = certificates.myCertificates().getFirst();
			Section card = $(Section.class).id("certificate-" + own.number());
			assertThat(card.getElement().getTextRecursively()).contains(own.number(), own.verificationCode(),
					own.courseTitle().nl(), "Geldig");
			// the stripe says it too: green for a valid one
			assertThat(card.getClassNames()).contains("ao-certificate-valid");
			// a certificate carried over from before the application (the demo's are)
			// names
			// no version of the course; one earned here names it
			List<CertificateSummary> mine = certificates.myCertificates();
			assertThat(mine).as("the demo manager's certificate is carried over")
				.anyMatch(CertificateSummary::carriedOver);
			for (CertificateSummary certificate : mine) {
				String text = $(Section.class).id("certificate-" + certificate.number())
					.getElement()
					.getTextRecursively();
				assertThat(text).contains(certificate.carriedOver() ? "(klassikaal of eerder vastgelegd door HR)"
						: "(versie " + certificate.courseVersion() + ")");
			}
			Anchor download = $(Anchor.class).id("download-" + own.number());
			assertThat(download.getHref()).isNotBlank();
			assertThat(download.getElement().getAttribute("aria-label")).contains(own.number());
			assertThat($(Anchor.class).withId("next-step-" + own.number()).exists()).as("valid: nothing to do")
				.isFalse();
			assertThat($(Section.class).withId("earlier-certificates").exists()).isFalse();
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("beheerder")
	class AdministratorsOwnCertificates extends SpringBrowserlessTest {

		@Test
		void showTheSupersededOneUnderEarlierCertificates() {
			navigate(MyCertificatesView.class);
			Section earlier = $(Section.class).id("earlier-certificates");
			assertThat(earlier.getElement().getTextRecursively()).contains("Eerdere certificaten",
					"Vervangen door een nieuwer certificaat");
			assertThat($(Section.class).id("current-certificates").getElement().getTextRecursively())
				.contains("Geldig");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class AuditorsOwnRevokedCertificate extends SpringBrowserlessTest {

		@Autowired
		CertificateService certificates;

		@Test
		void standsUnderRevokedNotUnderCurrentAndHasNoDownload() {
			navigate(MyCertificatesView.class);
			CertificateSummary revoked = certificates.myCertificates()
				.stream()
				.filter(certificate -> certificate.status() == CertificateStatus.REVOKED)
				.findFirst()
				.orElseThrow();
			Section section = $(Section.class).id("revoked-certificates");
			assertThat(section.getElement().getTextRecursively()).contains("Ingetrokken certificaten", revoked.number(),
					"niet meer geldig");
			assertThat($(Section.class).withId("current-certificates").exists()
					&& $(Section.class).id("current-certificates")
						.getElement()
						.getTextRecursively()
						.contains(revoked.number()))
				.isFalse();
			assertThat($(Anchor.class).withId("download-" + revoked.number()).exists()).isFalse();
			assertThat($(Span.class).id("no-download-" + revoked.number()).getText()).contains("Ingetrokken");
			// and what to do now, with the way to the training
			Anchor next = $(Anchor.class).id("next-step-" + revoked.number());
			assertThat(next.getHref()).isEmpty();
			assertThat(next.getParent().orElseThrow().getElement().getTextRecursively())
				.startsWith("Wat nu: moet je de training opnieuw doen");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("medewerker")
	class EmployeeWithoutCertificates extends SpringBrowserlessTest {

		@Test
		void isToldHowToGetOne() {
			navigate(MyCertificatesView.class);
			assertThat($(Paragraph.class).id("no-certificates").getText()).contains("zodra je een training");
			assertThat($(Anchor.class).id("no-certificates-training").getText()).isEqualTo("Naar je training");
		}

	}

	@Nested
	@IntegrationTest
	class LearnerWhoJustPassed extends SpringBrowserlessTest {

		@Autowired
		Passers passers;

		@Autowired
		CertificateService certificates;

		@Autowired
		JdbcTemplate jdbc;

		/**
		 * The certificate is issued by a listener after the completion is stored: until
		 * it is there, the page says it is being made (never "no certificate yet") and
		 * asks again by itself; then the certificate stands there.
		 */
		@Test
		void isToldTheCertificateIsBeingMadeUntilItIsThere() {
			String me = passers.create("pending", "Wacht");
			long employee = passers.employeeId(me);
			CompletionSummary passed = passers.pass(me);
			CertificateSummary issued = Passers.awaitCertificate(certificates, employee);
			// as before the listener ran: no certificate for the completion yet
			jdbc.update("update certificate set completion_id = null where completion_id = ?", passed.id());
			passers.run(me, () -> {
				try {
					navigate(MyCertificatesView.class);
					assertThat($(Paragraph.class).withClassName("ao-certificate-pending").single().getText())
						.contains("wordt nu gemaakt");
					assertThat($(Paragraph.class).withId("no-certificates").exists()).isFalse();
					assertThat(UI.getCurrent().getPollInterval()).isEqualTo(MyCertificatesView.POLL_MILLIS);
				}
				finally {
					// the listener has run
					jdbc.update("update certificate set completion_id = ? where id = ?", passed.id(), issued.id());
				}
				// the page's next poll finds it
				ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
				assertThat($(Paragraph.class).withClassName("ao-certificate-pending").exists()).isFalse();
				assertThat($(Section.class).withId("certificate-" + issued.number()).exists()).isTrue();
				assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
			});
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("hr")
	@Transactional
	class HrRegister extends SpringBrowserlessTest {

		@Autowired
		CertificateService certificates;

		@SuppressWarnings("unchecked")
		Grid<CertificateSummary> grid() {
			return $(Grid.class).id("certificates");
		}

		Button revokeButton() {
			return (Button) test(grid()).getCellComponent(0, 7)
				.getChildren()
				.filter(child -> child instanceof Button)
				.findFirst()
				.orElseThrow();
		}

		@Test
		void listsEveryCertificateAndFindsOneByNumber() {
			navigate(CertificateRegisterView.class);
			int all = (int) certificates.count("");
			// the first rows of the list, the total above it, the next rows a click away
			assertThat(test(grid()).size()).isEqualTo(Math.min(all, ListTotal.PAGE));
			assertThat(total()).isEqualTo(
					all > ListTotal.PAGE ? all + " resultaten · de eerste 50 staan hieronder" : all + " resultaten");
			CertificateSummary first = certificates.search("", 0, 1).getFirst();
			test($(TextField.class).id("certificate-search")).setValue(first.number());
			assertThat(test(grid()).size()).isOne();
			assertThat(test(grid()).getRow(0).number()).isEqualTo(first.number());
			assertThat(total()).as("the total follows the search").isEqualTo("1 resultaat");
			test($(TextField.class).id("certificate-search")).setValue("ZZ-geen-nummer");
			assertThat(total()).isEqualTo("Niets gevonden.");
		}

		@Test
		@SuppressWarnings("unchecked")
		void filtersByTrainingAndStatusAndCountsEachStatusOfTheTraining() {
			navigate(CertificateRegisterView.class);
			ComboBox<CertifiedCourse> course = $(ComboBox.class).id("certificate-course");
			CertifiedCourse first = certificates.certifiedCourses().getFirst();
			test(course).selectItem(first.title().in(java.util.Locale.forLanguageTag("nl")));
			assertThat(grid().getGenericDataView().getItems()).isNotEmpty()
				.allMatch(certificate -> certificate.courseId().equals(first.id()));
			Map<CertificateStatus, Long> counts = certificates
				.countByStatus(new CertificateFilter("", first.id(), null));
			assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
				.as("the counts per status add up to the training's list")
				.isEqualTo(grid().getGenericDataView().getItems().count());
			assertThat($(Paragraph.class).id("certificate-status-counts").getText()).startsWith("Geldig: "
					+ counts.get(CertificateStatus.VALID) + " · Verlopen: " + counts.get(CertificateStatus.EXPIRED));

			ComboBox<CertificateStatus> status = $(ComboBox.class).id("certificate-status-filter");
			test(status).selectItem("Geldig");
			assertThat(test(grid()).size())
				.isEqualTo(Math.min(ListTotal.PAGE, counts.get(CertificateStatus.VALID).intValue()));
			assertThat(grid().getGenericDataView().getItems()).isNotEmpty()
				.allMatch(certificate -> certificate.status() == CertificateStatus.VALID);
			test(status).selectItem("Verlopen");
			assertThat(test(grid()).size())
				.isEqualTo(Math.min(ListTotal.PAGE, counts.get(CertificateStatus.EXPIRED).intValue()));
			assertThat(grid().getGenericDataView().getItems())
				.allMatch(certificate -> certificate.status() == CertificateStatus.EXPIRED);
		}

		private String total() {
			return $(com.vaadin.flow.component.html.Paragraph.class).withClassName("ao-list-total").single().getText();
		}

		@Test
		void revokesWithAReasonAfterRefusingAnEmptyOne() {
			CertificateSummary valid = certificates.search("", 0, 1000)
				.stream()
				.filter(certificate -> certificate.status() == CertificateStatus.VALID)
				.findFirst()
				.orElseThrow();
			navigate(CertificateRegisterView.class);
			test($(TextField.class).id("certificate-search")).setValue(valid.number());
			test(revokeButton()).click();
			RevokeDialog dialog = $(RevokeDialog.class).single();
			// before anything happens the dialog says whose certificate, for what, and
			// that
			// it cannot be undone
			assertThat($(Paragraph.class).id("revoke-explain").getText()).contains(valid.holderName(),
					valid.courseTitle().in(java.util.Locale.forLanguageTag("nl")), "kan niet ongedaan worden gemaakt");
			test(dialog.confirm).click();
			assertThat(dialog.reason.isInvalid()).isTrue();
			assertThat(dialog.reason.getErrorMessage()).isEqualTo("Geef een reden op van hooguit 1000 tekens.");

			test(dialog.reason).setValue("Dubbel uitgereikt");
			test(dialog.confirm).click();
			assertThat($(Paragraph.class).id("certificate-status").getText())
				.isEqualTo("Certificaat " + valid.number() + " is ingetrokken.");
			assertThat(test(grid()).getRow(0).status()).isEqualTo(CertificateStatus.REVOKED);
			assertThat(certificates.certificatesOf(valid.employeeId())
				.stream()
				.filter(c -> c.id() == valid.id())
				.findFirst()
				.orElseThrow()
				.revocationReason()).isEqualTo("Dubbel uitgereikt");
			assertThat(test(grid()).getCellComponent(0, 7).getChildren())
				.noneMatch(child -> child.getId().orElse("").startsWith("revoke-"))
				.noneMatch(child -> child.getId().orElse("").startsWith("download-"));
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class AuditorRegister extends SpringBrowserlessTest {

		@Autowired
		CertificateService certificates;

		@Test
		void seesEveryStatusAndTheRevocationReasonButNoDownloadOrRevoke() {
			navigate(CertificateRegisterView.class);
			@SuppressWarnings("unchecked")
			Grid<CertificateSummary> grid = $(Grid.class).id("certificates");
			assertThat(grid.getColumns()).hasSize(7);
			CertificateSummary revoked = SystemAuthentication.call(() -> certificates.search("", 0, 1000))
				.stream()
				.filter(certificate -> certificate.status() == CertificateStatus.REVOKED
						&& certificate.revocationReason() != null && certificate.revocationReason().startsWith("Demo"))
				.findFirst()
				.orElseThrow();
			test($(TextField.class).id("certificate-search")).setValue(revoked.number());
			assertThat(test(grid).size()).isOne();
			assertThat(test(grid).getCellComponent(0, 2).getElement().getTextRecursively()).contains("Ingetrokken",
					"Demo: uitgereikt aan de verkeerde persoon.");
			assertThat($(Button.class).all()).noneMatch(button -> button.getId().orElse("").startsWith("revoke-"));
			assertThat($(Anchor.class).all()).noneMatch(anchor -> anchor.getId().orElse("").startsWith("download-"));
			assertThat($(Span.class).all()).isNotEmpty();
		}

	}

}

package nl.ambtenaaronline.training.governance;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.settings.SettingsService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The privacy pack from the live configuration of the demo city: who sees what from the
 * views' annotations, retention from the settings, the inventory from the database, the
 * register entry; it follows a changed setting; its PDF is valid PDF/A-2u. Rolled back.
 */
@IntegrationTest
@Transactional
@WithUserDetails("beheerder")
class PrivacyPackServiceTest {

	@Autowired
	PrivacyPackService service;

	@Autowired
	SettingsService settings;

	@BeforeAll
	static void validator() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void whoSeesWhatComesFromTheViewsAnnotations() {
		PrivacyPack pack = service.pack();
		assertThat(pack.routes()).contains(
				new RouteAccess("audit", "menu.audit", RouteAccess.Audience.ROLES, List.of("ADMIN", "AUDITOR")),
				new RouteAccess("admin/access-review", "menu.access-review", RouteAccess.Audience.ROLES,
						List.of("ADMIN", "AUDITOR")),
				new RouteAccess("governance/privacy-pack", "menu.privacy-pack", RouteAccess.Audience.ROLES,
						List.of("ADMIN", "AUDITOR", "HR")));
		assertThat(pack.routes()).extracting(RouteAccess::route).contains("login", "certificates", "roster");
		assertThat(pack.routes().stream().filter(r -> r.route().equals("login")).findFirst().orElseThrow().audience())
			.isEqualTo(RouteAccess.Audience.ANYONE);
		assertThat(pack.categories()).extracting(CategoryAccess::category).contains("answers", "audit-trail");
		CategoryAccess answers = category(pack, "answers");
		assertThat(answers.access()).containsExactly("own", "none", "none", "none", "none");
	}

	@Test
	void whatTheAuditorReadsOnTheReportsIsNotClaimedHiddenFromThem() {
		PrivacyPack pack = service.pack();
		assertThat(pack.routes().stream().filter(r -> r.route().equals("reports")).findFirst().orElseThrow().roles())
			.contains("AUDITOR");
		// the reports show everyone's name, department, status and deadline; the
		// certificate register and the audit log are read only for the auditor
		for (String category : List.of("identity", "organisation", "training-progress", "assignments", "certificates",
				"audit-trail")) {
			CategoryAccess access = category(pack, category);
			assertThat(access.access().get(4)).as("the auditor's column for %s", category).isEqualTo("all-read");
		}
	}

	@Test
	void anEmployeeReadsTheAuditLinesAboutThemselvesAsMyDataShowsThem() {
		CategoryAccess audit = category(service.pack(), "audit-trail");
		assertThat(audit.access().getFirst()).isEqualTo("own");
		assertThat(audit.access().get(2)).as("HR has no audit log").isEqualTo("none");
	}

	@Test
	void theAuditorReadsTheRoleHoldersAccountsAsTheAccessReviewShowsThem() {
		CategoryAccess account = category(service.pack(), "account");
		assertThat(account.access().get(4)).isEqualTo("privileged-read");
		assertThat(service.pack().routes().stream().filter(r -> r.route().equals("admin/access-review")).findFirst())
			.hasValueSatisfying(route -> assertThat(route.roles()).contains("AUDITOR"));
	}

	@Test
	void thePackDescribesTheTeamConversation() {
		PrivacyPack pack = service.pack();
		RouteAccess route = pack.routes()
			.stream()
			.filter(r -> r.route().equals("analytics/team-conversation"))
			.findFirst()
			.orElseThrow();
		assertThat(route.titleKey()).isEqualTo("menu.team-conversation");
		assertThat(route.roles()).containsExactlyInAnyOrder("MANAGER", "HR", "ADMIN");
		CategoryAccess aggregates = category(pack, "answer-aggregates");
		assertThat(aggregates.access()).containsExactly("none", "team-aggregate", "aggregate", "aggregate", "none");
	}

	@Test
	void theRegisterEntryAndRetentionComeFromTheSettings() {
		PrivacyPack pack = service.pack();
		ProcessingRegister register = pack.register();
		assertThat(register.controller()).isEqualTo("Gemeente Amsterdam");
		// the one privacy contact, that of the privacy statement (a dash while none is
		// set)
		String contact = settings.text("privacy.contact");
		assertThat(register.contact()).isEqualTo(contact.isBlank() ? "–" : contact);
		assertThat(register.personalDataCategories()).contains("identity", "answers", "certificates")
			.doesNotContain("technical", "none");
		assertThat(register.purposes()).contains("training", "proof");
		assertThat(register.recipientRoles()).containsExactly("MANAGER", "HR", "ADMIN", "AUDITOR");
		assertThat(pack.retention()).extracting(RetentionRow::key)
			.startsWith(PrivacyPackService.RETENTION_KEYS.toArray(String[]::new));
		pack.retention().forEach(row -> {
			boolean defined = settings.keys("retention.").contains(row.key());
			assertThat(row.configured()).as(row.key()).isEqualTo(defined);
		});
		assertThat(pack.inventory()).anyMatch(row -> row.qualifiedName().equals("employee.email")
				&& "contact".equals(row.category()) && "planning".equals(row.purpose()));
		assertThat(pack.missingPurposes()).isEmpty();
	}

	@Test
	void aRetentionSettingBeyondTheKnownOnesIsListedAfterThemAndAKnownOneNoFeatureDefinesIsEmpty() {
		List<RetentionRow> rows = PrivacyPackService.retention(
				List.of("retention.answers.months", "retention.extra.months"),
				key -> key.equals("retention.answers.months") ? "12" : "7");
		assertThat(rows).extracting(RetentionRow::key)
			.containsExactly("retention.answers.months", "retention.attempts.months", "retention.certificates.months",
					"retention.reminders.months", "retention.audit.months", "retention.extra.months");
		assertThat(rows).contains(new RetentionRow("retention.answers.months", "12"),
				new RetentionRow("retention.attempts.months", null), new RetentionRow("retention.extra.months", "7"));
	}

	@Test
	void thePackChangesWhenTheConfigurationChanges() throws Exception {
		String key = "retention.reminders.months";
		String before = settings.text(key);
		String contactBefore = settings.text("privacy.contact");
		try {
			settings.update(key, "36");
			settings.update("privacy.contact", "FG, fg@amsterdam.example");
			PrivacyPack pack = service.pack();
			assertThat(pack.retention()).contains(new RetentionRow(key, "36"));
			assertThat(pack.register().contact()).isEqualTo("FG, fg@amsterdam.example");
			// the period in words, as the settings screen names it
			assertThat(text(service.pdf(Locale.of("nl"))).replaceAll("\\s+", " "))
				.contains("Bewaartermijn herinneringen (maanden): 36", "FG, fg@amsterdam.example");

			settings.update(key, "48");
			assertThat(service.pack().retention()).contains(new RetentionRow(key, "48"));
			assertThat(text(service.pdf(Locale.of("nl"))).replaceAll("\\s+", " "))
				.contains("Bewaartermijn herinneringen (maanden): 48")
				.doesNotContain("Bewaartermijn herinneringen (maanden): 36");
		}
		finally {
			settings.update(key, before);
			settings.update("privacy.contact", contactBefore);
		}
	}

	@Test
	void thePdfIsPdfA2uAndPdfUa1AndHoldsEverySection() throws Exception {
		byte[] pdf = service.pdf(Locale.of("nl"));
		assertThat(violations(pdf)).isEmpty();
		assertThat(nl.ambtenaaronline.training.PdfA.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		String text = text(pdf);
		assertThat(text).contains("Privacydossier Ambtenaar Online", "Concept voor het verwerkingsregister",
				"Bewaartermijnen", "Wie ziet wat", "/admin/access-review", "employee.email", "Gemeente Amsterdam");
		assertThat(text(service.pdf(Locale.ENGLISH))).contains("Privacy pack", "Data inventory");
	}

	@Test
	@WithUserDetails("hr")
	void hrMayReadThePack() {
		assertThat(service.pack().routes()).isNotEmpty();
	}

	@Test
	@WithUserDetails("manager")
	void aManagerMayNot() {
		assertThatThrownBy(service::pack).isInstanceOf(AccessDeniedException.class);
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<String> violations(byte[] pdf) throws Exception {
		List<String> failed = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_U);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
			ValidationResult result = validator.validate(parser);
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
							+ assertion.getMessage());
				}
			}
			if (!result.isCompliant() && failed.isEmpty()) {
				failed.add("not compliant");
			}
		}
		return failed;
	}

	private static CategoryAccess category(PrivacyPack pack, String category) {
		return pack.categories().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
	}

}

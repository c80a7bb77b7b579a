package nl.ambtenaaronline.training.content;

import java.util.Locale;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ContentServiceTest {

	@Autowired
	SettingsService settings;

	@Autowired
	ContentService content;

	@Autowired
	AuditService audit;

	@Test
	@WithUserDetails("medewerker")
	void learnersReadTheShippedCourseAndItsVersion() {
		Course current = content.current("social-media").orElseThrow();

		assertThat(current.version()).isEqualTo(CourseFixtures.shippedVersion());
		assertThat(content.version("social-media", CourseFixtures.shippedVersion())).contains(current);
		assertThat(content.version("social-media", SemanticVersion.parse("0.9.0"))).isEmpty();
		assertThat(content.courses()).extracting(Course::id).containsExactly("social-media");
		assertThat(content.current("privacy")).isEmpty();
		assertThat(content.loadedVersions()).extracting(LoadedVersion::courseId).containsExactly("social-media");
	}

	@Test
	@WithUserDetails("medewerker")
	void placeholdersAreResolvedFromTheSourceSettings() {
		assertThat(content.resolvePlaceholders("Zie {{gedragscode-url}}.", Locale.of("nl")))
			.isEqualTo("Zie https://gemeente.example/gedragscode.");
		String contact = SystemAuthentication.call(() -> settings.text("source.huisstijl-contact"));
		assertThat(content.resolvePlaceholders("Mail {{huisstijl-contact}}", Locale.ENGLISH))
			.isEqualTo("Mail " + contact);
		// a contact not filled in reads as such, in the sentence, without brackets of its
		// own
		SystemAuthentication.run(() -> settings.update("source.huisstijl-contact", ""));
		try {
			assertThat(content.resolvePlaceholders("Mail {{huisstijl-contact}}", Locale.ENGLISH))
				.isEqualTo("Mail address not filled in yet");
		}
		finally {
			SystemAuthentication.run(() -> settings.update("source.huisstijl-contact", contact));
		}
		assertThat(content.resolvePlaceholders(new LocalizedText("{{handreiking-url}}", "{{handreiking-url}}")).en())
			.isEqualTo("https://gemeente.example/handreiking-ambtenaar-2-0");
		assertThat(content.resolvePlaceholdersInHtml("<p>Zie {{gedragscode-url}}</p>", Locale.of("nl")))
			.isEqualTo("<p>Zie <a href=\"https://gemeente.example/gedragscode\" rel=\"noopener noreferrer\">"
					+ "https://gemeente.example/gedragscode</a></p>");
		assertThat(content.resolvePlaceholders("{{onbekend}}", Locale.of("nl"))).isEqualTo("{{onbekend}}");
	}

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorReloadsAndTheReloadIsAudited() {
		ReloadResult result = content.reload();

		assertThat(result.success()).isTrue();
		assertThat(result.changes()).isEmpty();
		AuditEntry entry = audit.search(new AuditFilter("content.reload", null, null), 0, 1).getFirst();
		assertThat(entry.result()).isEqualTo(AuditResult.SUCCESS);
		assertThat(entry.details()).isEqualTo("unchanged");
		assertThat(entry.subject()).isEqualTo("content");
	}

	@Test
	@WithUserDetails("hr")
	void onlyAnAdministratorMayReload() {
		assertThatThrownBy(() -> content.reload()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> content.source()).isInstanceOf(AccessDeniedException.class);
	}

}

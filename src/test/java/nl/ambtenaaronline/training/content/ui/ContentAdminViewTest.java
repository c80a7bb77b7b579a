package nl.ambtenaaronline.training.content.ui;

import java.nio.file.Path;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.ContentTestSupport;
import nl.ambtenaaronline.training.content.CourseFixtures;
import nl.ambtenaaronline.training.content.LoadedVersion;
import nl.ambtenaaronline.training.content.SemanticVersion;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContentAdminViewTest extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ContentService content;

	@Autowired
	AuditService audit;

	@TempDir
	Path root;

	@Test
	@WithUserDetails("beheerder")
	void anAdministratorSeesTheLoadedVersionsAndReloads() {
		navigate(ContentAdminView.class);
		@SuppressWarnings("unchecked")
		Grid<LoadedVersion> versions = $(Grid.class).id("content-versions");
		assertThat(test(versions).size()).isEqualTo(1);
		assertThat(test(versions).getRow(0).version()).isEqualTo(CourseFixtures.shippedVersion());

		test($(Button.class).id("reload-content")).click();

		Paragraph status = $(Paragraph.class).id("reload-status");
		assertThat(status.getText()).isEqualTo("Alles is gecontroleerd. Er is niets veranderd.");
		assertThat(status.getElement().getAttribute("role")).isEqualTo("status");
		assertThat($(ListItem.class).exists()).isFalse();
		assertThat(SystemAuthentication.call(() -> audit.search(new AuditFilter("content.reload", null, null), 0, 1)))
			.first()
			.satisfies(entry -> assertThat(entry.result()).isEqualTo(AuditResult.SUCCESS));
	}

	@Test
	@WithUserDetails("beheerder")
	void invalidContentShowsEveryProblemAndKeepsTheCurrentContent() throws Exception {
		Path course = CourseFixtures.copy(CourseFixtures.SHIPPED, root, "social-media");
		CourseFixtures.edit(course.resolve("course.yaml"), "version: " + CourseFixtures.shippedVersion(),
				"version: 9.0.0");
		CourseFixtures.edit(course.resolve("scenarios/buurtapp.yaml"), "rules: [OFF-1]\n        score: 0",
				"rules: [OFF-99]\n        score: 0");
		CourseFixtures.edit(course.resolve("course.yaml"), "passMark: 80", "passMark: 180");

		try (AutoCloseable readFrom = ContentTestSupport.readFrom(context, root)) {
			navigate(ContentAdminView.class);
			test($(Button.class).id("reload-content")).click();

			assertThat($(Paragraph.class).id("reload-status").getText())
				.isEqualTo("De nieuwe inhoud heeft 2 fout(en). De huidige inhoud blijft in gebruik.");
			assertThat($(ListItem.class).all()).extracting(ListItem::getText)
				.containsExactly(
						"social-media/course.yaml:47:13: Cesuur \"passMark\" is 180, maar moet liggen tussen 1 en 100 procent.",
						"social-media/scenarios/buurtapp.yaml:19:17: Onbekend regel-id \"OFF-99\". De regels staan in rules.yaml.");
		}
		assertThat(content.current("social-media").orElseThrow().version()).isEqualTo(CourseFixtures.shippedVersion());
		assertThat(SystemAuthentication.call(() -> audit.search(new AuditFilter("content.reload", null, null), 0, 1)))
			.first()
			.satisfies(entry -> {
				assertThat(entry.result()).isEqualTo(AuditResult.FAILED);
				assertThat(entry.details()).isEqualTo("problems: 2");
			});
	}

}

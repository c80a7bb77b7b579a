package nl.ambtenaaronline.training.content;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The reload's audit and events, without the application around it. */
class ContentServiceEventsTest {

	@TempDir
	Path root;

	private final List<Object> events = new ArrayList<>();

	private final AuditService audit = mock(AuditService.class);

	private ContentService service(ContentStore store) {
		return new ContentService(store, mock(SettingsService.class), audit, events::add, new StaticMessageSource(),
				mock(TransactionTemplate.class));
	}

	@Test
	void aNewMajorVersionIsPublishedAsMajorAndAudited() {
		Path privacy = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService service = service(new ContentStore(root, Clock.systemUTC()));
		CourseFixtures.edit(privacy.resolve("course.yaml"), "version: 2.1.0", "version: 3.0.0");

		service.reload();

		assertThat(events).containsExactly(new CourseVersionPublished("privacy", SemanticVersion.parse("3.0.0"),
				SemanticVersion.parse("2.1.0"), true));
		verify(audit).record("content.reload", "content", AuditResult.SUCCESS, "privacy 2.1.0 -> 3.0.0");
	}

	@Test
	void aMinorVersionIsNotMajor() {
		Path privacy = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService service = service(new ContentStore(root, Clock.systemUTC()));
		CourseFixtures.edit(privacy.resolve("course.yaml"), "version: 2.1.0", "version: 2.2.0");

		service.reload();

		assertThat(events).containsExactly(new CourseVersionPublished("privacy", SemanticVersion.parse("2.2.0"),
				SemanticVersion.parse("2.1.0"), false));
	}

	@Test
	void aRefusedReloadPublishesNothingAndIsAuditedAsFailed() {
		Path privacy = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService service = service(new ContentStore(root, Clock.systemUTC()));
		CourseFixtures.edit(privacy.resolve("course.yaml"), "passMark: 75", "passMark: 0");

		ReloadResult result = service.reload();

		assertThat(result.success()).isFalse();
		assertThat(events).isEmpty();
		verify(audit).record("content.reload", "content", AuditResult.FAILED, "problems: 1");
	}

}

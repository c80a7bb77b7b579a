package nl.ambtenaaronline.training.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Two nodes on one shared content folder: the administrator's reload on one node reaches
 * the other through {@link ContentService#follow()}.
 */
class ContentFollowTest {

	@TempDir
	Path root;

	private final List<Object> eventsOfB = new ArrayList<>();

	private final AuditService auditOfB = mock(AuditService.class);

	private ContentService node(AuditService audit, List<Object> events) {
		return new ContentService(new ContentStore(root, Clock.systemUTC()), mock(SettingsService.class), audit,
				events::add, new StaticMessageSource(), mock(TransactionTemplate.class));
	}

	@Test
	void aReloadOnOneNodeReachesTheOtherWhenItFollowsTheFolder() {
		Path privacy = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService a = node(mock(AuditService.class), new ArrayList<>());
		ContentService b = node(auditOfB, eventsOfB);
		CourseFixtures.edit(privacy.resolve("course.yaml"), "version: 2.1.0", "version: 2.2.0");

		a.reload();
		assertThat(b.current("privacy").orElseThrow().version()).hasToString("2.1.0");
		b.follow();

		assertThat(b.current("privacy").orElseThrow().version()).hasToString("2.2.0");
		assertThat(eventsOfB).containsExactly(new CourseVersionPublished("privacy", SemanticVersion.parse("2.2.0"),
				SemanticVersion.parse("2.1.0"), false));
		verify(auditOfB).record("content.reload", "content", AuditResult.SUCCESS,
				"privacy 2.1.0 -> 2.2.0 (followed the content folder)");
	}

	@Test
	void followingAnUnchangedFolderAuditsAndPublishesNothing() {
		CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService b = node(auditOfB, eventsOfB);

		assertThat(b.follow().changes()).isEmpty();

		assertThat(eventsOfB).isEmpty();
		verify(auditOfB, never()).record(anyString(), anyString(), eq(AuditResult.SUCCESS), anyString());
	}

	@Test
	void brokenContentInTheFolderIsNotFollowedAndTheOldVersionStays() {
		Path privacy = CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService b = node(auditOfB, eventsOfB);
		CourseFixtures.edit(privacy.resolve("course.yaml"), "passMark: 75", "passMark: 0");

		assertThat(b.follow().success()).isFalse();
		assertThat(b.follow().success()).isFalse();

		assertThat(b.current("privacy").orElseThrow().version()).hasToString("2.1.0");
		assertThat(eventsOfB).isEmpty();
	}

	@Test
	void everyNodeSchedulesTheFollowOnlyWhenAnIntervalIsSet() {
		CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		ContentService b = node(auditOfB, eventsOfB);
		ScheduledTaskRegistrar off = new ScheduledTaskRegistrar();
		new ContentFollower(b, new ContentProperties(root.toString(), Duration.ZERO, "")).configureTasks(off);
		ScheduledTaskRegistrar on = new ScheduledTaskRegistrar();
		new ContentFollower(b, new ContentProperties(root.toString(), Duration.ofMinutes(1), "")).configureTasks(on);

		assertThat(off.getFixedDelayTaskList()).isEmpty();
		assertThat(on.getFixedDelayTaskList()).singleElement()
			.satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(1)));
	}

}

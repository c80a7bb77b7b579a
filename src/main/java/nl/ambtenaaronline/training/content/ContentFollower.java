package nl.ambtenaaronline.training.content;

import java.time.Duration;

import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code app.content.check-interval} (off when 0) this node follows the shared
 * content folder ({@link ContentService#follow()}). Deliberately without ShedLock: every
 * node holds its own copy in memory, so every node must check.
 */
@Component
class ContentFollower implements SchedulingConfigurer {

	private final ContentService contents;

	private final Duration interval;

	ContentFollower(ContentService contents, ContentProperties properties) {
		this.contents = contents;
		this.interval = properties.checkInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (interval.isPositive()) {
			registrar.addFixedDelayTask(() -> SystemAuthentication.run(contents::follow), interval);
		}
	}

}

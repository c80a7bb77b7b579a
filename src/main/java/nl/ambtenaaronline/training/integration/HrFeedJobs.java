package nl.ambtenaaronline.training.integration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/** Writes yesterday's feed file once a day, on one node at a time (ShedLock). */
@Component
class HrFeedJobs {

	private static final Logger log = LoggerFactory.getLogger(HrFeedJobs.class);

	private final HrFeedService feed;

	private final Clock clock;

	HrFeedJobs(HrFeedService feed, Clock clock) {
		this.feed = feed;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.integration.hr-feed.csv-cron:0 15 1 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "hr-feed-file", lockAtMostFor = "PT1H")
	void writeYesterday() {
		LocalDate yesterday = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).minusDays(1);
		Optional<Path> file = SystemAuthentication.call(() -> feed.writeFile(yesterday));
		file.ifPresent(path -> log.info("HR feed file written: {}", path));
	}

}

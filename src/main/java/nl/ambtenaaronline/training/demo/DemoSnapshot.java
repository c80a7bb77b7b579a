package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.LocalDate;

import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One compliance snapshot of today, made last, after every other part of the demo has
 * recorded its history (the activity, the certificates from before the system, the
 * completion trend): a snapshot counts what was recorded by the moment it is made, so one
 * made earlier would miss completions the reports show. Once.
 */
@Component
@Profile("demo")
@Order(50)
class DemoSnapshot implements ApplicationRunner {

	static final String COURSE = "social-media";

	private static final Logger log = LoggerFactory.getLogger(DemoSnapshot.class);

	private final SnapshotService snapshots;

	private final AssignmentService assignments;

	private final Clock clock;

	DemoSnapshot(SnapshotService snapshots, AssignmentService assignments, Clock clock) {
		this.snapshots = snapshots;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			if (!snapshots.list().isEmpty()) {
				return;
			}
			assignments.reconcileAll();
			snapshots.create(COURSE, LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
			log.info("Demo compliance snapshot of today, made after the rest of the demo's history");
		});
	}

}

package nl.ambtenaaronline.training.reporting;

import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ambtenaaronline.training.assignment.AssignmentsChanged;
import nl.ambtenaaronline.training.learning.AttemptsChanged;
import nl.ambtenaaronline.training.learning.CourseStarted;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What keeps the read model current: assignment changes (which follow every roster change
 * and completion), started runs and changed test attempts (submitted, or an extra one
 * granted), through the event publication registry; a full rebuild at start-up when it is
 * empty and every night on one node.
 */
@Component
@Order(30)
class ReportingTriggers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportingTriggers.class);

	private final ReadModel readModel;

	ReportingTriggers(ReadModel readModel) {
		this.readModel = readModel;
	}

	// outside a transaction of its own, so that a refresh refused by a passing database
	// failure can run again in a new one

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AssignmentsChanged event) {
		TransientRetry.run("report read model on AssignmentsChanged",
				() -> SystemAuthentication.run(() -> readModel.refresh(event.employeeIds())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CourseStarted event) {
		TransientRetry.run("report read model on CourseStarted",
				() -> SystemAuthentication.run(() -> readModel.refresh(Set.of(event.employeeId()))));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttemptsChanged event) {
		TransientRetry.run("report read model on AttemptsChanged",
				() -> SystemAuthentication.run(() -> readModel.refresh(Set.of(event.employeeId()))));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (readModel.size() == 0) {
			int rows = SystemAuthentication.call(readModel::rebuild);
			log.info("Report read model built: {} rows", rows);
		}
	}

	@Scheduled(cron = "${app.reporting.nightly-cron:0 45 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "reporting-nightly", lockAtMostFor = "PT2H")
	void nightly() {
		int rows = TransientRetry.call("nightly report rebuild", () -> SystemAuthentication.call(readModel::rebuild));
		log.info("Nightly report rebuild: {} rows", rows);
	}

}

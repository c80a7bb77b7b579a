package nl.ambtenaaronline.training.assignment;

import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.ambtenaaronline.training.content.CourseVersionPublished;
import nl.ambtenaaronline.training.employee.RosterChanged;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What keeps assignments up to date: roster changes, completions and new course versions
 * (through the event publication registry, so nothing is lost on a crash), and a nightly
 * run for everyone that only one node performs.
 */
@Component
class AssignmentTriggers {

	private static final Logger log = LoggerFactory.getLogger(AssignmentTriggers.class);

	private final AssignmentService assignments;

	AssignmentTriggers(AssignmentService assignments) {
		this.assignments = assignments;
	}

	// Each listener runs outside a transaction of its own (propagation NOT_SUPPORTED), so
	// that
	// the service's transaction can be run again after a passing database failure.

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RosterChanged event) {
		TransientRetry.run("assignments on RosterChanged",
				() -> SystemAuthentication.run(() -> assignments.reconcile(event.employeeIds())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CoursePassed event) {
		TransientRetry.run("assignments on CoursePassed",
				() -> SystemAuthentication.run(() -> assignments.reconcile(Set.of(event.employeeId()))));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CourseVersionPublished event) {
		if (event.previous() != null && event.major()) {
			SystemAuthentication.run(assignments::reconcileAll);
		}
	}

	@Scheduled(cron = "${app.assignment.nightly-cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "assignment-nightly", lockAtMostFor = "PT2H", lockAtLeastFor = "PT30S")
	void nightly() {
		int changes = SystemAuthentication.call(assignments::reconcileAll);
		log.info("Nightly assignment run: {} changes", changes);
	}

}

package nl.ambtenaaronline.training.integration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.ambtenaaronline.training.learning.AnswerRecorded;
import nl.ambtenaaronline.training.learning.AttemptSubmitted;
import nl.ambtenaaronline.training.learning.CoursePassed;
import nl.ambtenaaronline.training.learning.LessonRead;
import nl.ambtenaaronline.training.learning.ScenarioChoiceRecorded;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TransientRetry;

/**
 * Each learning decision (a lesson read, a scenario choice, a question answered, an
 * attempt submitted, a completed course) becomes a statement in the outbox after its
 * commit, from the event publication registry, so nothing is lost on a crash. Only there
 * while {@code app.integration.xapi.enabled} is on at start-up: switched off, the
 * decisions write no publication rows for xAPI at all (the answer path stays at its three
 * statements, {@code AnswerPathTest}).
 */
@Component
@ConditionalOnBooleanProperty("app.integration.xapi.enabled")
class XapiListeners {

	private final XapiService xapi;

	XapiListeners(XapiService xapi) {
		this.xapi = xapi;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CoursePassed passed) {
		TransientRetry.run("xAPI on CoursePassed", () -> SystemAuthentication.run(() -> xapi.record(passed)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LessonRead read) {
		TransientRetry.run("xAPI on LessonRead", () -> SystemAuthentication.run(() -> xapi.record(read)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ScenarioChoiceRecorded choice) {
		TransientRetry.run("xAPI on ScenarioChoiceRecorded", () -> SystemAuthentication.run(() -> xapi.record(choice)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AnswerRecorded answer) {
		TransientRetry.run("xAPI on AnswerRecorded", () -> SystemAuthentication.run(() -> xapi.record(answer)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttemptSubmitted attempt) {
		TransientRetry.run("xAPI on AttemptSubmitted", () -> SystemAuthentication.run(() -> xapi.record(attempt)));
	}

}

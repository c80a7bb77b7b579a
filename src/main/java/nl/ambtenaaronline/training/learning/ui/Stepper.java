package nl.ambtenaaronline.training.learning.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import nl.ambtenaaronline.training.learning.CourseProgress;
import nl.ambtenaaronline.training.learning.NextStep;

/**
 * Where the learner is and how long the rest takes, on every lesson and scenario page:
 * "Les 2 van 6 · nog ± 38 min", "Situatie 4 van 13 · nog ± 25 min" (the scenarios the run
 * requires), "Verdieping · nog ± 25 min" for an optional one.
 */
final class Stepper {

	private Stepper() {
	}

	static Paragraph lesson(Paragraph into, CourseProgress progress, String lessonId) {
		List<String> lessons = progress.lessons().stream().map(CourseProgress.LessonProgress::id).toList();
		into.setText(into.getTranslation("learning.stepper.lesson", lessons.indexOf(lessonId) + 1, lessons.size(),
				progress.minutesLeft()));
		return styled(into);
	}

	static Paragraph scenario(Paragraph into, CourseProgress progress, String scenarioId) {
		List<String> required = progress.scenarios()
			.stream()
			.filter(scenario -> !scenario.optional())
			.map(CourseProgress.ScenarioProgress::id)
			.toList();
		int index = required.indexOf(scenarioId);
		into.setText(index < 0 ? into.getTranslation("learning.stepper.deepening", progress.minutesLeft())
				: into.getTranslation("learning.stepper.scenario", index + 1, required.size(), progress.minutesLeft()));
		return styled(into);
	}

	/** The route of the step the learner continues with. */
	static String next(String courseId, NextStep next) {
		return switch (next.kind()) {
			case LESSON -> CourseRoutes.lesson(courseId, next.id());
			case SCENARIO -> CourseRoutes.scenario(courseId, next.id());
			case ASSESSMENT, ACKNOWLEDGE -> CourseRoutes.assessment(courseId);
			case DONE -> CourseRoutes.course(courseId);
		};
	}

	private static Paragraph styled(Paragraph stepper) {
		stepper.setId("stepper");
		stepper.addClassName("ao-stepper");
		return stepper;
	}

}

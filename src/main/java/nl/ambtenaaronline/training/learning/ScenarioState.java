package nl.ambtenaaronline.training.learning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A play of a scenario as stored: the choices made so far and where it stands.
 *
 * @param playNo which play of this scenario in the run
 * @param choices the choices made, in order
 * @param currentStep the step to answer next, or {@code null} when an ending is reached
 * @param ending the ending reached, if any
 * @param percent score so far: points scored of the best points possible on the visited
 * steps
 * @param passed whether the finished play meets the pass mark
 */
public record ScenarioState(String scenarioId, int playNo, List<MadeChoice> choices, @Nullable String currentStep,
		@Nullable String ending, int percent, boolean passed) {

	public boolean finished() {
		return ending != null;
	}

	/** One stored choice. */
	public record MadeChoice(String stepId, int choiceIndex, int score, int bestScore, String next) {
	}

}

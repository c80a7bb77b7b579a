package nl.ambtenaaronline.training.learning;

import java.util.List;
import java.util.Map;

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
 * @param choiceOrders per step the order its choices are shown in, drawn for this play
 * (choice ids: the choices' indexes in the file of the run's course version)
 */
public record ScenarioState(String scenarioId, int playNo, List<MadeChoice> choices, @Nullable String currentStep,
		@Nullable String ending, int percent, boolean passed, Map<String, List<Integer>> choiceOrders) {

	public ScenarioState {
		choiceOrders = Map.copyOf(choiceOrders);
	}

	/** The choice ids of a step with {@code size} choices, in the order shown. */
	public List<Integer> orderOf(String stepId, int size) {
		return OptionOrders.orderOf(choiceOrders, stepId, size);
	}

	public boolean finished() {
		return ending != null;
	}

	/**
	 * One stored choice; {@code choiceIndex} is the choice's id, not where it was shown.
	 */
	public record MadeChoice(String stepId, int choiceIndex, int score, int bestScore, String next) {
	}

}

package nl.ambtenaaronline.training.content;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps left in a branching scenario, on a made-up graph:
 *
 * <pre>
 * a -> b, c, einde-kort
 * b -> c, einde-kort, einde-lang
 * c -> einde-lang (three choices)
 * </pre>
 */
class ScenarioStepsLeftTest {

	private final Scenario scenario = new Scenario("verzonnen", text("Verzonnen"), List.of("OFF-1"),
			OptionalInt.empty(), "a",
			List.of(step("a", "b", "c", "einde-kort"), step("b", "c", "einde-kort", "einde-lang"),
					step("c", "einde-lang", "einde-lang", "einde-lang")),
			List.of(new ScenarioEnding("einde-kort", text("kort")), new ScenarioEnding("einde-lang", text("lang"))),
			false);

	@Test
	void fromTheStartTheLongestRouteTakesEveryStepAndTheShortestOne() {
		// a, b, c, ending: three steps to answer; a straight to an ending: one
		assertThat(scenario.stepsLeft("a")).isEqualTo(new Scenario.StepsLeft(1, 3));
		assertThat(scenario.stepsLeft("a").exact()).isFalse();
	}

	@Test
	void furtherOnFewerStepsAreLeftAndTheLastStepIsExact() {
		assertThat(scenario.stepsLeft("b")).isEqualTo(new Scenario.StepsLeft(1, 2));
		assertThat(scenario.stepsLeft("c")).isEqualTo(new Scenario.StepsLeft(1, 1));
		assertThat(scenario.stepsLeft("c").exact()).isTrue();
	}

	@Test
	void atAnEndingNoStepIsLeft() {
		assertThat(scenario.stepsLeft("einde-lang")).isEqualTo(new Scenario.StepsLeft(0, 0));
	}

	@Test
	void aChoiceThatLeadsBackIsNoRouteToAnEnding() {
		Scenario loop = new Scenario("lus", text("Lus"), List.of("OFF-1"), OptionalInt.empty(), "a",
				List.of(step("a", "b", "b", "einde"), step("b", "a", "einde", "einde")),
				List.of(new ScenarioEnding("einde", text("einde"))), false);
		assertThat(loop.stepsLeft("a")).isEqualTo(new Scenario.StepsLeft(1, 2));
		assertThat(loop.stepsLeft("b")).isEqualTo(new Scenario.StepsLeft(1, 2));
	}

	private static ScenarioStep step(String id, String... next) {
		return new ScenarioStep(id, text("situatie " + id), Arrays.stream(next)
			.map(target -> new ScenarioChoice(text("naar " + target), text("omdat"), List.of("OFF-1"), 1, target))
			.toList());
	}

	private static LocalizedText text(String nl) {
		return new LocalizedText(nl, nl);
	}

}

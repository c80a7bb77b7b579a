package nl.ambtenaaronline.training.content;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioStepTest {

	private static ScenarioChoice choice(int score) {
		return new ScenarioChoice(new LocalizedText("keuze " + score, "choice " + score),
				new LocalizedText("terugkoppeling", "feedback"), List.of(), score, "einde");
	}

	private static ScenarioStep step(int... scores) {
		return new ScenarioStep("stap", new LocalizedText("situatie", "situation"),
				Arrays.stream(scores).mapToObj(ScenarioStepTest::choice).toList());
	}

	@Test
	void theBestIndexIsThePositionOfTheHighestScoreWhereverItStands() {
		assertThat(step(2, 0, 1).bestIndex()).isZero();
		assertThat(step(0, 1, 2).bestIndex()).isEqualTo(2);
		assertThat(step(1, 2, 0).bestIndex()).isEqualTo(1);
	}

	@Test
	void ofTwoChoicesWithTheHighestScoreTheFirstInFileOrderIsTheBest() {
		ScenarioStep tie = step(0, 2, 1, 2);
		assertThat(tie.bestIndex()).isEqualTo(1);
		assertThat(tie.choices().get(tie.bestIndex()).score()).isEqualTo(tie.bestScore());
	}

	@Test
	void theStepTestsEveryRuleItsChoicesNameOnceInFileOrder() {
		ScenarioStep step = new ScenarioStep("stap", new LocalizedText("situatie", "situation"),
				List.of(named("OFF-3", "OFF-7"), named(), named("ROL-2", "OFF-3")));
		assertThat(step.rules()).containsExactly("OFF-3", "OFF-7", "ROL-2");
	}

	private static ScenarioChoice named(String... rules) {
		return new ScenarioChoice(new LocalizedText("keuze", "choice"), new LocalizedText("terugkoppeling", "feedback"),
				List.of(rules), 1, "einde");
	}

}

package nl.ambtenaaronline.training.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.content.QuestionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

	static final LocalizedText TEXT = new LocalizedText("t", "t");

	static Question question(String id, String group, QuestionType type, boolean... correct) {
		List<QuestionOption> options = new java.util.ArrayList<>();
		for (boolean right : correct) {
			options.add(new QuestionOption(TEXT, right, TEXT));
		}
		return new Question(id, type, List.of("OFF-1"), group, TEXT, options);
	}

	static final Map<String, Question> QUESTIONS = Map.of("a1", question("a1", "A", QuestionType.SINGLE, true, false),
			"a2", question("a2", "A", QuestionType.SINGLE, false, true), "b1",
			question("b1", "B", QuestionType.MULTIPLE, true, true, false), "b2",
			question("b2", "B", QuestionType.TRUEFALSE, true, false));

	static AttemptResult score(List<AttemptRow.Answer> answers) {
		return Scoring.score(id -> Optional.ofNullable(QUESTIONS.get(id)), 75, 9, 2, List.of("a1", "a2", "b1", "b2"),
				answers);
	}

	@Test
	void aMultipleChoiceAnswerIsRightOnlyWithExactlyTheCorrectOptions() {
		Question multiple = QUESTIONS.get("b1");
		assertThat(Scoring.isCorrect(multiple, Set.of(0, 1))).isTrue();
		assertThat(Scoring.isCorrect(multiple, Set.of(0))).isFalse();
		assertThat(Scoring.isCorrect(multiple, Set.of(0, 1, 2))).isFalse();
		assertThat(Scoring.isCorrect(multiple, Set.of())).isFalse();
	}

	@Test
	void theScoreIsTheShareOfDrawnQuestionsRightRoundedDownPerGroupToo() {
		AttemptResult result = score(List.of(new AttemptRow.Answer("a1", Set.of(0)),
				new AttemptRow.Answer("a2", Set.of(0)), new AttemptRow.Answer("b1", Set.of(0, 1))));
		assertThat(result.scorePercent()).isEqualTo(50);
		assertThat(result.passed()).isFalse();
		assertThat(result.passMark()).isEqualTo(75);
		assertThat(result.attemptId()).isEqualTo(9);
		assertThat(result.attemptNo()).isEqualTo(2);
		assertThat(result.groupPercent()).containsExactly(Map.entry("A", 50), Map.entry("B", 50));
		// the unanswered question counts as wrong, with nothing chosen
		assertThat(result.wrong()).containsExactly(new AttemptResult.WrongAnswer("a2", Set.of(0)),
				new AttemptResult.WrongAnswer("b2", Set.of()));
	}

	@Test
	void reachingThePassMarkPasses() {
		AttemptResult result = score(
				List.of(new AttemptRow.Answer("a1", Set.of(0)), new AttemptRow.Answer("a2", Set.of(1)),
						new AttemptRow.Answer("b1", Set.of(0, 1)), new AttemptRow.Answer("b2", Set.of(1))));
		assertThat(result.scorePercent()).isEqualTo(75);
		assertThat(result.passed()).isTrue();
	}

	@Test
	void theResultPerGroupKeptOnTheAttemptReadsBack() {
		Map<String, Integer> groups = new java.util.LinkedHashMap<>();
		groups.put("A", 50);
		groups.put("B", 100);
		assertThat(Scoring.keep(groups)).isEqualTo("A=50;B=100");
		assertThat(Scoring.kept("A=50;B=100")).containsExactly(Map.entry("A", 50), Map.entry("B", 100));
		assertThat(Scoring.kept("")).isEmpty();
	}

}
